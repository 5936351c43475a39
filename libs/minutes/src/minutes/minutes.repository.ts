import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { ActionItem, ActionStatus } from '../actions/action-item.entity';
import type { AttendeeRecord } from './draft-content';
import { MatterArising } from './minutes-content';
import { Minutes, MinutesRevision } from './minutes.entity';

export interface MailRecipient {
  email: string;
  name: string;
}

@Injectable()
export class MinutesRepository {
  constructor(private readonly dataSource: DataSource) {}

  findById(id: string, tx: EntityManager = this.dataSource.manager): Promise<Minutes | null> {
    return tx.getRepository(Minutes).findOneBy({ id });
  }

  lockById(tx: EntityManager, id: string): Promise<Minutes | null> {
    return tx.getRepository(Minutes).createQueryBuilder('m').setLock('pessimistic_write').where('m.id = :id', { id }).getOne();
  }

  ofEvent(eventId: string): Promise<Minutes[]> {
    return this.dataSource.getRepository(Minutes).find({ where: { eventId }, order: { createdAt: 'ASC' } });
  }

  save(tx: EntityManager, minutes: Partial<Minutes>): Promise<Minutes> {
    return tx.getRepository(Minutes).save(tx.getRepository(Minutes).create(minutes));
  }

  async addRevision(tx: EntityManager, revision: Pick<MinutesRevision, 'minutesId' | 'version' | 'content' | 'savedBy' | 'reason'>): Promise<void> {
    await tx.getRepository(MinutesRevision).insert(revision);
  }

  revisions(minutesId: string): Promise<Array<Pick<MinutesRevision, 'version' | 'savedBy' | 'reason' | 'savedAt'> & { savedByName: string | null }>> {
    return this.dataSource.query(
      `SELECT r.version, r.saved_by AS "savedBy", p.name AS "savedByName", r.reason, r.saved_at AS "savedAt"
         FROM minutes_revisions r LEFT JOIN people p ON p.id = r.saved_by
        WHERE r.minutes_id = $1 ORDER BY r.version DESC LIMIT 1000`,
      [minutesId],
    );
  }

  revision(minutesId: string, version: number): Promise<MinutesRevision | null> {
    return this.dataSource.getRepository(MinutesRevision).findOneBy({ minutesId, version });
  }

  /** Confirmed registrations that were checked in: who was present. */
  present(eventId: string): Promise<AttendeeRecord[]> {
    return this.dataSource.query(
      `SELECT name, job_title AS "jobTitle", organisation_name AS organisation, category::text AS category
         FROM registrations
        WHERE event_id = $1 AND status = 'confirmed' AND checked_in_at IS NOT NULL
        ORDER BY name, id`,
      [eventId],
    );
  }

  /** Those present and those who sent apologies, once per address: whom publication mails. */
  publicationRecipients(tx: EntityManager, eventId: string): Promise<MailRecipient[]> {
    return tx.query(
      `SELECT DISTINCT ON (email) email, name FROM (
         SELECT lower(email) AS email, name, 0 AS rank FROM registrations
          WHERE event_id = $1 AND status = 'confirmed' AND checked_in_at IS NOT NULL AND email IS NOT NULL
         UNION ALL
         SELECT lower(email), name, 1 FROM apologies WHERE event_id = $1 AND email IS NOT NULL -- none once the sender is erased
       ) r ORDER BY email, rank`,
      [eventId],
    );
  }

  /** Those present, for circulating the draft. */
  presentRecipients(tx: EntityManager, eventId: string): Promise<MailRecipient[]> {
    return tx.query(
      `SELECT DISTINCT ON (lower(email)) lower(email) AS email, name FROM registrations
        WHERE event_id = $1 AND status = 'confirmed' AND checked_in_at IS NOT NULL AND email IS NOT NULL -- walk-ins may have none
        ORDER BY lower(email)`,
      [eventId],
    );
  }

  async wasPresent(eventId: string, personId: string, email: string | null): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      `SELECT 1 FROM registrations WHERE event_id = $1 AND status = 'confirmed' AND checked_in_at IS NOT NULL
          AND (person_id = $2 OR lower(email) = lower($3)) LIMIT 1`,
      [eventId, personId, email ?? ''],
    );
    return rows.length > 0;
  }

  /** Chairs a session of the event (any, or the given one). */
  async chairs(eventId: string, personId: string, sessionId: string | null): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      `SELECT 1 FROM session_speakers sp JOIN agenda_sessions s ON s.id = sp.session_id
        WHERE s.event_id = $1 AND sp.person_id = $2 AND sp.role = 'chair' AND sp.status = 'confirmed'
          AND ($3::uuid IS NULL OR s.id = $3::uuid) LIMIT 1`,
      [eventId, personId, sessionId],
    );
    return rows.length > 0;
  }

  /** Takes notes at or chairs the session. */
  async takesNotesOrChairs(sessionId: string, personId: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      `SELECT 1 FROM session_speakers WHERE session_id = $1 AND person_id = $2
          AND role IN ('chair', 'note-taker') AND status = 'confirmed' LIMIT 1`,
      [sessionId, personId],
    );
    return rows.length > 0;
  }

  /** Open actions from the series' earlier meetings, oldest meeting first. */
  async openActionsOfSeriesBefore(series: string, startsAt: Date, eventId: string, timeZone: string): Promise<MatterArising[]> {
    const rows: Array<{ id: string; description: string; owner: string | null; dueDate: string | null; title: string; startsAt: Date }> =
      await this.dataSource.query(
        `SELECT a.id, a.description, a.owner_name AS owner, to_char(a.due_date, 'YYYY-MM-DD') AS "dueDate", e.title, e.starts_at AS "startsAt"
           FROM minutes_actions a
           JOIN minutes m ON m.id = a.minutes_id
           JOIN events e ON e.id = m.event_id
          WHERE e.series = $1 AND e.starts_at < $2 AND e.id <> $3 AND a.status = $4
          ORDER BY e.starts_at, a.created_at, a.id
          LIMIT 500`,
        [series, startsAt, eventId, ActionStatus.Open],
      );
    const day = new Intl.DateTimeFormat('en-GB', { timeZone, day: 'numeric', month: 'long', year: 'numeric' });
    return rows.map((row) => ({
      actionId: row.id,
      description: row.description,
      owner: row.owner,
      dueDate: row.dueDate,
      fromMeeting: `${row.title}, ${day.format(new Date(row.startsAt))}`,
    }));
  }

  actionsOf(minutesId: string, tx: EntityManager = this.dataSource.manager): Promise<ActionItem[]> {
    return tx.getRepository(ActionItem).find({ where: { minutesId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }
}
