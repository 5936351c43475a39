import { Injectable } from '@nestjs/common';
import { likePattern } from '@convene/core';
import { DataSource, EntityManager } from 'typeorm';
import { ActionItem, ActionStatus } from '../actions/action-item.entity';
import { AttendanceCandidateView } from '../dto/minutes.views';
import type { AttendeeRecord } from './draft-content';
import { MatterArising, MinutesContent } from './minutes-content';
import { Minutes, MinutesRevision } from './minutes.entity';

export interface MailRecipient {
  email: string;
  name: string;
  registrationId: string | null;
  personId: string | null;
}

/** Those the minute-taker recorded as present by hand, as the minutes' content points at them. */
export interface PresentRefs {
  registrationIds: string[];
  personIds: string[];
}

/**
 * Everyone present ($1 the event; $2, $3 the registrations and people recorded by hand), one row
 * each with a lower-cased address: checked in first (rank 0), then recorded by hand.
 */
export function presentRefs(content: MinutesContent): PresentRefs {
  const people = (content.present ?? []).flatMap((group) => group.people);
  return {
    registrationIds: people.map((person) => person.registrationId).filter((id): id is string => Boolean(id)),
    personIds: people.map((person) => person.personId).filter((id): id is string => Boolean(id)),
  };
}

const PRESENT_SQL = `
  SELECT lower(email) AS email, name, id AS "registrationId", person_id AS "personId", 0 AS rank FROM registrations
   WHERE event_id = $1 AND status = 'confirmed' AND checked_in_at IS NOT NULL AND email IS NOT NULL -- walk-ins may have none
  UNION ALL
  SELECT lower(email), name, id, person_id, 1 FROM registrations
   WHERE event_id = $1 AND id = ANY($2::uuid[]) AND status <> 'cancelled' AND email IS NOT NULL
  UNION ALL
  SELECT lower(email), name, NULL, id, 2 FROM people
   WHERE id = ANY($3::uuid[]) AND erased_at IS NULL AND email IS NOT NULL`;

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
  publicationRecipients(tx: EntityManager, eventId: string, present: PresentRefs): Promise<MailRecipient[]> {
    return tx.query(
      `SELECT DISTINCT ON (email) email, name, "registrationId", "personId" FROM (
         ${PRESENT_SQL}
         UNION ALL
         SELECT lower(email), name, NULL, person_id, 9 FROM apologies WHERE event_id = $1 AND email IS NOT NULL -- none once the sender is erased
       ) r ORDER BY email, rank`,
      [eventId, present.registrationIds, present.personIds],
    );
  }

  /** Those present (checked in, or recorded by hand in the minutes), for circulating the draft. */
  presentRecipients(tx: EntityManager, eventId: string, present: PresentRefs): Promise<MailRecipient[]> {
    return tx.query(
      `SELECT DISTINCT ON (email) email, name, "registrationId", "personId" FROM (${PRESENT_SQL}) r ORDER BY email, rank`,
      [eventId, present.registrationIds, present.personIds],
    );
  }

  /** Checked in, or recorded as present by hand (by registration or as a person). */
  async wasPresent(eventId: string, personId: string, email: string | null, present: PresentRefs): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      `SELECT 1 FROM (${PRESENT_SQL}) r WHERE r."personId" = $4 OR r.email = lower($5) LIMIT 1`,
      [eventId, present.registrationIds, present.personIds, personId, email ?? ''],
    );
    return rows.length > 0;
  }

  /** Confirmed registrations of the event and people of the network whose name or organisation matches: whom the minute-taker may record as present. */
  async attendanceCandidates(eventId: string, q: string, limit: number): Promise<AttendanceCandidateView[]> {
    const pattern = likePattern(q);
    const registrations: AttendanceCandidateView[] = await this.dataSource.query(
      `SELECT id AS "registrationId", person_id AS "personId", name, job_title AS "jobTitle", organisation_name AS organisation, category::text AS category
         FROM registrations
        WHERE event_id = $1 AND status = 'confirmed' AND (name ILIKE $2 OR organisation_name ILIKE $2)
        ORDER BY name, id LIMIT $3`,
      [eventId, pattern, limit],
    );
    const people: AttendanceCandidateView[] = await this.dataSource.query(
      `SELECT NULL AS "registrationId", p.id AS "personId", p.name, p.job_title AS "jobTitle", o.name AS organisation, NULL AS category
         FROM people p LEFT JOIN organisations o ON o.id = p.organisation_id
        WHERE p.erased_at IS NULL AND (p.name ILIKE $1 OR o.name ILIKE $1)
          AND NOT EXISTS (SELECT 1 FROM registrations r WHERE r.event_id = $2 AND r.status = 'confirmed' AND r.person_id = p.id)
        ORDER BY p.name, p.id LIMIT $3`,
      [pattern, eventId, limit],
    );
    return [...registrations, ...people].slice(0, limit);
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

  /** A circulation link for the recipient, unless they have one for these minutes already (then false: they were mailed before). */
  async addReaderLink(tx: EntityManager, link: { minutesId: string; tokenHash: string; email: string; name: string; personId: string | null; registrationId: string | null }): Promise<boolean> {
    const rows: unknown[] = await tx.query(
      `INSERT INTO minutes_reader_links (minutes_id, token_hash, email, name, person_id, registration_id) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (minutes_id, email) DO NOTHING RETURNING id`,
      [link.minutesId, link.tokenHash, link.email, link.name, link.personId, link.registrationId],
    );
    return rows.length > 0;
  }

  actionsOf(minutesId: string, tx: EntityManager = this.dataSource.manager): Promise<ActionItem[]> {
    return tx.getRepository(ActionItem).find({ where: { minutesId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }
}
