import { EventRepository } from '@convene/events';
import type { Language } from '@convene/i18n';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

/** A registration as a mail about it needs it. */
export interface RegistrationContact {
  id: string;
  eventId: string;
  email: string;
  name: string;
  status: string;
  /** The registration's language: its mails and invites are in it. */
  language: Language;
}

/** A delegate with the workshops they hold a seat in. */
export interface SeatedDelegate {
  id: string;
  email: string;
  name: string;
  language: Language;
  sessionIds: string[];
}

/** Someone checked in, as the minutes' Present list prints them. */
export interface CheckedInDelegate {
  name: string;
  jobTitle: string | null;
  organisation: string | null;
  category: string;
}

/** Someone to mail about a meeting they attended (or sent apologies for), once per lower-cased address. */
export interface AttendeeContact {
  email: string;
  name: string;
  registrationId: string | null;
  personId: string | null;
}

/** Registrations and people the minutes recorded as present by hand. */
export interface RecordedPresent {
  registrationIds: string[];
  personIds: string[];
}

/** A confirmed delegate the minute-taker may record as present. */
export interface ConfirmedDelegate {
  registrationId: string;
  personId: string | null;
  name: string;
  jobTitle: string | null;
  organisation: string | null;
  category: string;
}

/**
 * Everyone present ($1 the event; $2, $3 the registrations and people recorded by hand), one row
 * each with a lower-cased address: checked in first (rank 0), then recorded by hand.
 */
const PRESENT_SQL = `
  SELECT lower(email) AS email, name, id AS "registrationId", person_id AS "personId", 0 AS rank FROM registrations
   WHERE event_id = $1 AND status = 'confirmed' AND checked_in_at IS NOT NULL AND email IS NOT NULL -- walk-ins may have none
  UNION ALL
  SELECT lower(email), name, id, person_id, 1 FROM registrations
   WHERE event_id = $1 AND id = ANY($2::uuid[]) AND status <> 'cancelled' AND email IS NOT NULL
  UNION ALL
  SELECT lower(email), name, NULL, id, 2 FROM people
   WHERE id = ANY($3::uuid[]) AND erased_at IS NULL AND email IS NOT NULL`;

/**
 * What other libs read of registrations (the calendar's fan-outs, the minutes' attendance): the
 * queries live here, beside the table, each reading a batch in one statement. Plain SQL: a
 * fan-out reads thousands of rows.
 */
@Injectable()
export class RegistrationReads {
  constructor(
    private readonly dataSource: DataSource,
    private readonly events: EventRepository,
  ) {}

  async contactsByIds(ids: string[]): Promise<Map<string, RegistrationContact>> {
    const rows: RegistrationContact[] = await this.dataSource.query(
      `SELECT id, event_id AS "eventId", email, name, status, language FROM registrations WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    return new Map(rows.map((row) => [row.id, row]));
  }

  /** Workshops each registration chose; with `seated`, only those it holds a seat in. */
  async workshopsByRegistration(registrationIds: string[], seated: boolean): Promise<Map<string, string[]>> {
    const rows: { registrationId: string; sessionId: string }[] = await this.dataSource.query(
      `SELECT registration_id AS "registrationId", session_id AS "sessionId" FROM workshop_choices
        WHERE registration_id = ANY($1::uuid[]) AND ($2::boolean IS FALSE OR status = 'confirmed')`,
      [registrationIds, seated],
    );
    const byRegistration = new Map<string, string[]>();
    for (const row of rows) byRegistration.set(row.registrationId, [...(byRegistration.get(row.registrationId) ?? []), row.sessionId]);
    return byRegistration;
  }

  /** Confirmed delegates of the event who have an address, with the workshops they hold seats in. */
  confirmedWithSeats(tx: EntityManager, eventId: string): Promise<SeatedDelegate[]> {
    return tx.query(
      `SELECT r.id, r.email, r.name, r.language,
              COALESCE(array_agg(c.session_id) FILTER (WHERE c.session_id IS NOT NULL), '{}') AS "sessionIds"
         FROM registrations r
         LEFT JOIN workshop_choices c ON c.registration_id = r.id AND c.status = 'confirmed'
        WHERE r.event_id = $1 AND r.status = 'confirmed' AND r.email IS NOT NULL -- walk-ins may have no address
        GROUP BY r.id
        ORDER BY r.id`,
      [eventId],
    );
  }

  /** Those waiting for a place at the event (waiting list, offered, awaiting approval) who have an address, in line order. */
  waiting(tx: EntityManager, eventId: string): Promise<SeatedDelegate[]> {
    return tx.query(
      `SELECT id, email, name, '{}'::uuid[] AS "sessionIds" FROM registrations
        WHERE event_id = $1 AND status IN ('waitlisted', 'offered', 'pending') AND email IS NOT NULL ORDER BY queue_seq`,
      [eventId],
    );
  }

  /**
   * Confirmed registrations of an address at published (or cancelled) events, soonest first, with
   * seated workshops (at most 500). The events lib puts the address's events in order; that order
   * travels with their ids (WITH ORDINALITY), so the limit cuts where it did when this joined events.
   */
  async confirmedOfAddress(email: string): Promise<Array<{ id: string; eventId: string; sessionIds: string[] }>> {
    const held: Array<{ eventId: string }> = await this.dataSource.query(
      `SELECT DISTINCT event_id AS "eventId" FROM registrations WHERE email = $1 AND status = 'confirmed'`,
      [email],
    );
    const events = await this.events.announcedInStartOrder(held.map((row) => row.eventId));
    if (!events.length) return [];
    return this.dataSource.query(
      `SELECT r.id, r.event_id AS "eventId",
              COALESCE(array_agg(c.session_id) FILTER (WHERE c.session_id IS NOT NULL), '{}') AS "sessionIds"
         FROM registrations r
         JOIN unnest($2::uuid[]) WITH ORDINALITY AS announced(id, n) ON announced.id = r.event_id
         LEFT JOIN workshop_choices c ON c.registration_id = r.id AND c.status = 'confirmed'
        WHERE r.email = $1 AND r.status = 'confirmed'
        GROUP BY r.id, announced.n
        ORDER BY announced.n, r.id
        LIMIT 500`,
      [email, events],
    );
  }

  /** The events the person registered for or sent apologies to, by account or by (lower-cased) address, in the caller's transaction. */
  async eventIdsOfPerson(manager: EntityManager, personId: string, email: string | null): Promise<string[]> {
    const rows: Array<{ eventId: string }> = await manager.query(
      `SELECT event_id AS "eventId" FROM registrations WHERE person_id = $1 OR ($2::text IS NOT NULL AND email = $2)
       UNION SELECT event_id FROM apologies WHERE person_id = $1 OR ($2::text IS NOT NULL AND email = $2)`,
      [personId, email],
    );
    return rows.map((row) => row.eventId);
  }

  /** Confirmed registrations that were checked in, by name: who was present. */
  checkedIn(eventId: string): Promise<CheckedInDelegate[]> {
    return this.dataSource.query(
      `SELECT name, job_title AS "jobTitle", organisation_name AS organisation, category::text AS category
         FROM registrations
        WHERE event_id = $1 AND status = 'confirmed' AND checked_in_at IS NOT NULL
        ORDER BY name, id`,
      [eventId],
    );
  }

  /** Those present (checked in, or recorded by hand), once per address; with `apologies`, those who sent apologies too. */
  presentContacts(manager: EntityManager, eventId: string, recorded: RecordedPresent, apologies = false): Promise<AttendeeContact[]> {
    // An apology has no address once its sender is erased.
    const apologised = apologies ? `UNION ALL SELECT lower(email), name, NULL, person_id, 9 FROM apologies WHERE event_id = $1 AND email IS NOT NULL` : '';
    return manager.query(
      `SELECT DISTINCT ON (email) email, name, "registrationId", "personId" FROM (${PRESENT_SQL}
 ${apologised}) r ORDER BY email, rank`,
      [eventId, recorded.registrationIds, recorded.personIds],
    );
  }

  /** Checked in, or recorded as present by hand (by registration or as a person). */
  async wasPresent(eventId: string, personId: string, email: string | null, recorded: RecordedPresent): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      `SELECT 1 FROM (${PRESENT_SQL}) r WHERE r."personId" = $4 OR r.email = lower($5) LIMIT 1`,
      [eventId, recorded.registrationIds, recorded.personIds, personId, email ?? ''],
    );
    return rows.length > 0;
  }

  /** Confirmed delegates of the event whose name or organisation matches the ILIKE pattern, by name. */
  confirmedMatching(eventId: string, pattern: string, limit: number): Promise<ConfirmedDelegate[]> {
    return this.dataSource.query(
      `SELECT id AS "registrationId", person_id AS "personId", name, job_title AS "jobTitle", organisation_name AS organisation, category::text AS category
         FROM registrations
        WHERE event_id = $1 AND status = 'confirmed' AND (name ILIKE $2 OR organisation_name ILIKE $2)
        ORDER BY name, id LIMIT $3`,
      [eventId, pattern, limit],
    );
  }

  /** The people of the network who hold a confirmed place at the event. */
  async confirmedPersonIds(eventId: string): Promise<string[]> {
    const rows: Array<{ personId: string }> = await this.dataSource.query(
      `SELECT person_id AS "personId" FROM registrations WHERE event_id = $1 AND status = 'confirmed' AND person_id IS NOT NULL`,
      [eventId],
    );
    return rows.map((row) => row.personId);
  }
}
