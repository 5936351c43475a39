import { Injectable } from '@nestjs/common';
import { definedOnly } from '@convene/core';
import { AgendaService, AgendaSession } from '@convene/events';
import { DataSource, EntityManager } from 'typeorm';
import { UpdateQaSettingsDto } from '../dto/question.dto';
import { QaNotEnabled } from '../qa.errors';
import { DEFAULT_QA_SETTINGS, QaModeration, QaSettings } from './qa-settings.entity';

export interface QaSettingsView {
  moderation: QaModeration;
  open: boolean;
  anonymousAllowed: boolean;
  wordFilter: boolean;
  speakerSeconds: number;
}

/** A session's Q&A switches; a session that never changed them runs on the defaults. */
@Injectable()
export class QaSettingsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly agenda: AgendaService,
  ) {}

  /** The session, if its Q&A is switched on (the agenda's `liveQa` flag). */
  async sessionWithQa(sessionId: string): Promise<AgendaSession> {
    const session = await this.agenda.getSession(sessionId);
    if (!session.liveQa) throw new QaNotEnabled();
    return session;
  }

  async get(sessionId: string, manager: EntityManager = this.dataSource.manager): Promise<QaSettingsView> {
    const row = await manager.getRepository(QaSettings).findOneBy({ sessionId });
    return view(row);
  }

  /** Changes the settings inside the caller's transaction; returns them as they now are. */
  async update(tx: EntityManager, sessionId: string, input: UpdateQaSettingsDto): Promise<QaSettingsView> {
    const current = await this.get(sessionId, tx);
    const next = { ...current, ...definedOnly(input as Partial<QaSettingsView>) };
    await tx.getRepository(QaSettings).upsert({ sessionId, ...next }, ['sessionId']);
    return next;
  }
}

function view(row: QaSettings | null): QaSettingsView {
  if (!row) return { ...DEFAULT_QA_SETTINGS };
  return {
    moderation: row.moderation,
    open: row.open,
    anonymousAllowed: row.anonymousAllowed,
    wordFilter: row.wordFilter,
    speakerSeconds: row.speakerSeconds,
  };
}
