import { Injectable } from '@nestjs/common';
import { definedOnly } from '@convene/core';
import { AgendaService, AgendaSession } from '@convene/events';
import { randomInt } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { ModeratorQaSettings, QaSettingsView } from '../dto/qa.views';
import { UpdateQaSettingsDto } from '../dto/question.dto';
import { QaNotEnabled, RoomCodeNeeded, SignInToTakePart } from '../qa.errors';
import { DEFAULT_QA_SETTINGS, QaSettings, QaTakePart } from './qa-settings.entity';

/** Six digits, easy to read out and type on a phone; changed each time the chair asks for a code. */
const newRoomCode = () => String(randomInt(0, 1_000_000)).padStart(6, '0');

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
    return forRoom(await this.withCode(sessionId, manager));
  }

  async withCode(sessionId: string, manager: EntityManager = this.dataSource.manager): Promise<ModeratorQaSettings> {
    const row = await manager.getRepository(QaSettings).findOneBy({ sessionId });
    return view(row);
  }

  /** Whether anyone chose this session's settings (a session that never did runs on the defaults). */
  async chosen(sessionId: string): Promise<boolean> {
    return this.dataSource.getRepository(QaSettings).existsBy({ sessionId });
  }

  /**
   * Changes the settings inside the caller's transaction; returns them as they now are. Asking
   * for the room's code (takePart room-code) makes a new one, so a code read out earlier stops.
   */
  async update(tx: EntityManager, sessionId: string, input: UpdateQaSettingsDto): Promise<ModeratorQaSettings> {
    const current = await this.withCode(sessionId, tx);
    const next = { ...current, ...definedOnly(input as Partial<QaSettingsView>) };
    next.roomCode = next.takePart === QaTakePart.RoomCode ? (input.takePart === QaTakePart.RoomCode || !current.roomCode ? newRoomCode() : current.roomCode) : null;
    await tx.getRepository(QaSettings).upsert({ sessionId, ...next }, ['sessionId']);
    return next;
  }
}

/** Who is taking part, as the chair's choice of who votes and asks (takePart) looks at them. */
export interface TakingPart {
  personId: string | null;
  roomCode?: string;
}

/** The chair's choice of who votes and asks: signed-in people always may; others as the setting says. */
export function assertMayTakePart(settings: Pick<ModeratorQaSettings, 'takePart' | 'roomCode'>, participant: TakingPart): void {
  if (participant.personId || settings.takePart === QaTakePart.Anyone) return;
  if (settings.takePart === QaTakePart.SignedIn) throw new SignInToTakePart();
  if (!settings.roomCode || participant.roomCode !== settings.roomCode) throw new RoomCodeNeeded();
}

/**
 * The same rule as assertMayTakePart, for a statement that acts only when it holds (votes):
 * `settings` names a row with take_part and room_code; `signedIn` and `roomCode` are the caller's
 * values as SQL (a vote group's columns, from `takingPartParams`). Keep the two in step.
 */
export function mayTakePartSql(settings: string, signedIn: string, roomCode: string): string {
  return `(${signedIn} OR ${settings}.take_part = '${QaTakePart.Anyone}'
          OR (${settings}.take_part = '${QaTakePart.RoomCode}' AND ${settings}.room_code IS NOT NULL AND ${settings}.room_code = ${roomCode}))`;
}

export const takingPartParams = (participant: TakingPart): [signedIn: boolean, roomCode: string | null] => [Boolean(participant.personId), participant.roomCode ?? null];

export function forRoom(settings: ModeratorQaSettings): QaSettingsView {
  const { roomCode: _code, ...shown } = settings;
  return shown;
}

function view(row: QaSettings | null): ModeratorQaSettings {
  if (!row) return { ...DEFAULT_QA_SETTINGS, roomCode: null };
  return {
    moderation: row.moderation,
    open: row.open,
    anonymousAllowed: row.anonymousAllowed,
    wordFilter: row.wordFilter,
    speakerSeconds: row.speakerSeconds,
    takePart: row.takePart,
    roomCode: row.roomCode,
  };
}
