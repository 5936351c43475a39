import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { AgendaSession, SessionKind } from './agenda-session.entity';
import { SpeakerRole } from './session-speaker.entity';
import { withTitles } from '../personal-data/with-titles';

/** Someone confirmed on a session's programme, with their public profile. */
export interface ProgrammePerson {
  personId: string;
  name: string;
  role: SpeakerRole;
  organisation: string | null;
  jobTitle: string | null;
}

/** The programme's order, which every list of sessions keeps: by start, then title. */
const PROGRAMME_ORDER = { startsAt: 'ASC', title: 'ASC', id: 'ASC' } as const;

/**
 * What libs above this one read of the agenda (registration's workshops, the liveblogs of an
 * event, who chairs for the minutes, who is on a live session's programme), so that
 * `agenda_sessions` and `session_speakers` are read only here. Each query reads a batch in one
 * statement; those given a transaction's manager read inside it.
 */
@Injectable()
export class AgendaReads {
  constructor(private readonly dataSource: DataSource) {}

  /** The sessions with these ids (those that exist), in the programme's order. */
  sessionsByIds(ids: string[], manager: EntityManager = this.dataSource.manager): Promise<AgendaSession[]> {
    if (!ids.length) return Promise.resolve([]);
    return manager.getRepository(AgendaSession).find({ where: { id: In([...new Set(ids)]) }, order: PROGRAMME_ORDER });
  }

  /** The rows, each with its session's title (see withTitles): how a person's export names a session. One read for them all. */
  async withSessionTitles<T extends { sessionId: string }>(rows: T[], manager: EntityManager = this.dataSource.manager): Promise<Array<T & { sessionTitle: string }>> {
    const sessions = await this.sessionsByIds(rows.map((row) => row.sessionId), manager);
    return withTitles(rows, new Map(sessions.map((session) => [session.id, session.title])), 'sessionId', 'sessionTitle');
  }

  /** The event's workshops, in the programme's order. */
  workshopsOfEvent(eventId: string): Promise<AgendaSession[]> {
    return this.dataSource.getRepository(AgendaSession).find({ where: { eventId, kind: SessionKind.Workshop }, order: PROGRAMME_ORDER });
  }

  /** The event's sessions that have a liveblog, by start, then room. */
  liveblogSessionsOfEvent(eventId: string): Promise<AgendaSession[]> {
    return this.dataSource.getRepository(AgendaSession).find({ where: { eventId, liveblog: true }, order: { startsAt: 'ASC', room: 'ASC' } });
  }

  /** Whether the person holds one of these roles, confirmed, at the session. */
  async holdsRoleAt(sessionId: string, personId: string, roles: SpeakerRole[]): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      `SELECT 1 FROM session_speakers WHERE session_id = $1 AND person_id = $2 AND role = ANY($3::speaker_role[]) AND status = 'confirmed' LIMIT 1`,
      [sessionId, personId, roles],
    );
    return rows.length > 0;
  }

  /** The ids of the sessions not yet over of published events: those a reminder may still be due for. */
  async unendedSessionIdsOfPublishedEvents(): Promise<string[]> {
    const rows: Array<{ id: string }> = await this.dataSource.query(
      `SELECT s.id FROM agenda_sessions s JOIN events e ON e.id = s.event_id AND e.status = 'published' WHERE s.ends_at > now()`,
    );
    return rows.map((row) => row.id);
  }

  /** The events of these sessions, and of every session the person is on the programme of (whatever their answer), in the caller's transaction. */
  async eventIdsOf(manager: EntityManager, sessionIds: string[], personId: string): Promise<string[]> {
    const rows: Array<{ eventId: string }> = await manager.query(
      `SELECT event_id AS "eventId" FROM agenda_sessions WHERE id = ANY($1::uuid[])
       UNION SELECT a.event_id FROM session_speakers s JOIN agenda_sessions a ON a.id = s.session_id WHERE s.person_id = $2`,
      [sessionIds, personId],
    );
    return rows.map((row) => row.eventId);
  }

  /** Whether the person is on the session's programme: confirmed, in any role. */
  async isOnProgramme(sessionId: string, personId: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      `SELECT 1 FROM session_speakers WHERE session_id = $1 AND person_id = $2 AND status = 'confirmed' LIMIT 1`,
      [sessionId, personId],
    );
    return rows.length > 0;
  }

  /** The session's confirmed programme people, chair first, then by role and name. */
  confirmedProgrammeOf(sessionId: string): Promise<ProgrammePerson[]> {
    return this.dataSource.query(
      `SELECT p.id AS "personId", p.name, sp.role, o.name AS organisation, p.job_title AS "jobTitle"
         FROM session_speakers sp JOIN people p ON p.id = sp.person_id LEFT JOIN organisations o ON o.id = p.organisation_id
        WHERE sp.session_id = $1 AND sp.status = 'confirmed'
        ORDER BY sp.role = 'chair' DESC, sp.role, p.name`,
      [sessionId],
    );
  }

  /** Whether the person chairs (confirmed) a session of the event: the given one, or with null any. */
  async chairsIn(eventId: string, personId: string, sessionId: string | null): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      `SELECT 1 FROM session_speakers sp JOIN agenda_sessions s ON s.id = sp.session_id
        WHERE s.event_id = $1 AND sp.person_id = $2 AND sp.role = 'chair' AND sp.status = 'confirmed'
          AND ($3::uuid IS NULL OR s.id = $3::uuid) LIMIT 1`,
      [eventId, personId, sessionId],
    );
    return rows.length > 0;
  }
}
