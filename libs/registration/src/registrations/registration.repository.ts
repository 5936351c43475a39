import { AgendaReads, EventRepository, NetworkEvent, type AgendaSession } from '@convene/events';
import type { MailsInStatement } from '@convene/notifications';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, In, Repository } from 'typeorm';
import { DelegateCategory, Registration, RegistrationStatus } from './registration.entity';
import { PlaceCounts } from './place-decision';
import { WorkshopChoice, WorkshopChoiceStatus } from './workshop-choice.entity';

export interface ChoiceWithTitle extends WorkshopChoice {
  title: string;
  /** The title in Welsh, where given (the mails of a Welsh registration name it so). */
  titleCy?: string | null;
}

export interface RegisteredWorkshop {
  registrationId: string;
  sessionId: string;
  status: WorkshopChoiceStatus;
  title: string;
  room: string | null;
  titleCy?: string | null;
  roomCy?: string | null;
}

/** A workshop as the list on its door shows it. */
export interface WorkshopList {
  id: string;
  title: string;
  room: string | null;
  startsAt: Date;
  endsAt: Date;
  capacity: number | null;
  waiting: number;
  people: Array<{ name: string; organisationName: string | null }>;
}

/** A registration as its holder's list shows it (see ofAddress). */
export interface AddressRegistration {
  id: string;
  eventId: string;
  status: RegistrationStatus;
  offerExpiresAt: Date | null;
  confirmBy: Date | null;
  checkedInAt: Date | null;
  waitlistPosition: number | null;
}

/** What a new registration is written with (the rest takes its defaults). */
export type NewRegistration = Pick<
  Registration,
  | 'id' | 'eventId' | 'personId' | 'email' | 'name' | 'organisationId' | 'organisationName' | 'organisationKey' | 'jobTitle' | 'category'
  | 'dietaryNeeds' | 'accessNeeds' | 'showOnAttendeeList' | 'language' | 'manageTokenHash' | 'checkInCodeHash' | 'confirmBy' | 'status'
>;

export interface GroupPlaceState {
  counts: PlaceCounts;
  /** By address: the existing registration of each address of the group that has one. */
  existing: Map<string, Registration | null>;
  /** By organisation key: the places (and places in line) each holds. */
  organisationHeld: Map<string, number>;
}

export interface PlaceState {
  counts: PlaceCounts;
  existing: Registration | null;
  organisationHeld: number;
}

const GROUP_COUNTS = `count(*) FILTER (WHERE status = 'confirmed')::int AS confirmed,
  count(*) FILTER (WHERE status IN ('waitlisted', 'offered', 'pending'))::int AS waiting,
  count(*) FILTER (WHERE status = 'confirmed' AND checked_in_at IS NOT NULL)::int AS "checkedIn"`;

/** Each item beside its session, in the sessions' (the programme's) order; items of no session are left out, as a join would. */
function inProgrammeOrder<T extends { sessionId: string }>(items: T[], sessions: AgendaSession[]): { item: T; session: AgendaSession }[] {
  return sessions.flatMap((session) => items.filter((item) => item.sessionId === session.id).map((item) => ({ item, session })));
}

const HOLDING = [RegistrationStatus.Confirmed, RegistrationStatus.Pending, RegistrationStatus.Waitlisted, RegistrationStatus.Offered];

@Injectable()
export class RegistrationRepository {
  constructor(
    @InjectRepository(Registration) private readonly registrations: Repository<Registration>,
    private readonly agenda: AgendaReads,
    private readonly events: EventRepository,
  ) {}

  findById(id: string, tx?: EntityManager): Promise<Registration | null> {
    return (tx ?? this.registrations.manager).getRepository(Registration).findOneBy({ id });
  }

  findByEventAndEmail(tx: EntityManager, eventId: string, email: string): Promise<Registration | null> {
    return tx.getRepository(Registration).findOneBy({ eventId, email });
  }

  findByCheckInCode(codeHash: string): Promise<Registration | null> {
    return this.registrations.findOneBy({ checkInCodeHash: codeHash });
  }

  async setCheckInCode(tx: EntityManager, id: string, codeHash: string): Promise<void> {
    await tx.query('UPDATE registrations SET check_in_code_hash = $2 WHERE id = $1', [id, codeHash]);
  }

  /** Checks a confirmed registration in; false when it already was (the first time is kept). */
  async markCheckedIn(id: string): Promise<boolean> {
    const [, affected]: [unknown, number] = await this.registrations.query(
      `UPDATE registrations SET checked_in_at = now(), updated_at = now() WHERE id = $1 AND status = 'confirmed' AND checked_in_at IS NULL`,
      [id],
    );
    return affected > 0;
  }

  async insert(tx: EntityManager, registration: Partial<Registration>): Promise<Registration> {
    const result = await tx.createQueryBuilder().insert().into(Registration).values(registration).returning('*').execute();
    return tx.getRepository(Registration).create(result.generatedMaps[0] as Registration);
  }

  /**
   * Locks the event's place counters (event_places) and reads what a registration decision needs:
   * the counts, the address's existing registration and the places the organisation holds
   * (counted only when a key is given). Every place decision takes this lock first, so the state
   * read is the one the decision applies to. Two statements: a statement that waited for the lock
   * still reads other tables as they were when it began, so the rest is read after it.
   */
  async lockPlaces(tx: EntityManager, eventId: string, email: string | null = null, organisationKey: string | null = null): Promise<PlaceState> {
    const locked: PlaceCounts[] = await tx.query('SELECT places, taken, waiting FROM event_places WHERE event_id = $1 FOR UPDATE', [eventId]);
    if (!locked.length) throw new Error(`No place counters for event ${eventId}`);
    if (email === null && organisationKey === null) return { counts: locked[0], existing: null, organisationHeld: 0 };
    const [row]: Array<{ existingId: string | null; organisationHeld: number }> = await tx.query(
      `SELECT (SELECT id FROM registrations WHERE event_id = $1 AND email = $2) AS "existingId",
              CASE WHEN $3::text IS NULL THEN 0
                   ELSE (SELECT count(*)::int FROM registrations WHERE event_id = $1 AND organisation_key = $3 AND status = ANY($4)) END AS "organisationHeld"`,
      [eventId, email, organisationKey, HOLDING],
    );
    const existing = row.existingId ? await tx.getRepository(Registration).findOneBy({ id: row.existingId }) : null;
    return { counts: locked[0], existing, organisationHeld: row.organisationHeld };
  }

  /**
   * lockPlaces for a group of registrations, in the statement that reads the event (one round
   * trip): the event as the statement began, as if read just before the lock; the counters as
   * every earlier decision left them. Null when there is no such event.
   */
  async lockPlacesReadingEvent(tx: EntityManager, eventId: string): Promise<{ event: NetworkEvent; counts: PlaceCounts } | null> {
    const found = await this.events.findLockingPlaceCounters(tx, eventId);
    if (found) return found;
    if (await this.events.findById(eventId, tx)) throw new Error(`No place counters for event ${eventId}`);
    return null;
  }

  /**
   * With the counters locked (a statement after the lock's, so it sees every earlier decision):
   * the group's addresses' existing registrations and the places each of the organisations holds.
   */
  async heldBy(tx: EntityManager, eventId: string, emails: string[], organisationKeys: string[]): Promise<Omit<GroupPlaceState, 'counts'>> {
    const existing = new Map<string, Registration | null>();
    const rows = await tx.getRepository(Registration).findBy({ eventId, email: In([...new Set(emails)]) });
    for (const row of rows) existing.set(row.email as string, row);
    const held: Array<{ key: string; n: number }> = organisationKeys.length
      ? await tx.query(
          `SELECT organisation_key AS key, count(*)::int AS n FROM registrations
            WHERE event_id = $1 AND organisation_key = ANY($2::text[]) AND status = ANY($3) GROUP BY organisation_key`,
          [eventId, [...new Set(organisationKeys)], HOLDING],
        )
      : [];
    return { existing, organisationHeld: new Map(held.map((row) => [row.key, row.n])) };
  }

  /**
   * Inserts new registrations and records their mails in one statement (one round trip), the
   * registrations in the order given (their queue_seq follows it, as the set-returning function
   * yields the rows in order); returns them in that order, and the new outbox rows' ids. Plain
   * SQL over JSON parameters: building a many-row insert through the query builder cost more
   * than the registrations' own work under a burst.
   *
   * With `unlessRegistered`, nothing at all is written if any of their addresses is registered
   * at the event already (read by this statement, after the caller's lock): null then.
   */
  async insertManyWithMails(
    tx: EntityManager,
    registrations: NewRegistration[],
    mails: MailsInStatement,
    unlessRegistered: boolean,
  ): Promise<{ registrations: Registration[]; outboxIds: string[] } | null> {
    const fresh = 'NOT EXISTS (SELECT 1 FROM registered)';
    const rows: Array<{ what: 'registration' | 'mail'; id: string; queueSeq: string | null; createdAt: Date | null; updatedAt: Date | null }> = await tx.query(
      `WITH registered AS (SELECT 1 FROM registrations WHERE event_id = $3 AND email = ANY($4::text[]) LIMIT 1),
       inserted AS (
         INSERT INTO registrations (id, event_id, person_id, email, name, organisation_id, organisation_name, organisation_key, job_title, category,
                                    dietary_needs, access_needs, show_on_attendee_list, language, manage_token_hash, check_in_code_hash, confirm_by, status)
         SELECT r.id, r."eventId", r."personId", r.email, r.name, r."organisationId", r."organisationName", r."organisationKey", r."jobTitle",
                r.category::delegate_category, r."dietaryNeeds", r."accessNeeds", r."showOnAttendeeList", r.language, r."manageTokenHash",
                r."checkInCodeHash", r."confirmBy", r.status::registration_status
           FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, "eventId" uuid, "personId" uuid, email text, name text, "organisationId" uuid,
                "organisationName" text, "organisationKey" text, "jobTitle" text, category text, "dietaryNeeds" text, "accessNeeds" text,
                "showOnAttendeeList" boolean, language text, "manageTokenHash" text, "checkInCodeHash" text, "confirmBy" timestamptz, status text)
          WHERE ${fresh}
         RETURNING id, queue_seq, created_at, updated_at),
       mails AS (${mails.sql(2, fresh)})
       SELECT 'registration' AS what, id, queue_seq AS "queueSeq", created_at AS "createdAt", updated_at AS "updatedAt" FROM inserted
       UNION ALL
       SELECT 'mail', id, NULL, NULL, NULL FROM mails`,
      [JSON.stringify(registrations), mails.param, registrations[0]?.eventId ?? null, unlessRegistered ? registrations.map((registration) => registration.email) : []],
    );
    const written = new Map(rows.filter((row) => row.what === 'registration').map((row) => [row.id, row]));
    if (registrations.length && !written.size) return null;
    return {
      registrations: registrations.map((registration) => {
        const { queueSeq, createdAt, updatedAt } = written.get(registration.id) as (typeof rows)[number];
        return Object.assign(new Registration(), {
          ...registration,
          queueSeq,
          createdAt,
          updatedAt,
          reserved: false,
          walkIn: false,
          checkedInAt: null,
          offerExpiresAt: null,
          offerTokenHash: null,
        });
      }),
      outboxIds: rows.filter((row) => row.what === 'mail').map((row) => row.id),
    };
  }

  /** The event's place counters as this transaction sees them (after its own changes). */
  async placeCounts(tx: EntityManager, eventId: string): Promise<PlaceCounts> {
    const [row]: PlaceCounts[] = await tx.query('SELECT places, taken, waiting FROM event_places WHERE event_id = $1', [eventId]);
    return row;
  }

  /** Sets the status; a registration joining the waiting list goes to its end; an open offer ends. */
  async setStatus(tx: EntityManager, id: string, status: RegistrationStatus): Promise<void> {
    await tx.query(
      `UPDATE registrations SET status = $2::registration_status, updated_at = now(), offer_expires_at = NULL,
              queue_seq = CASE WHEN $2::text = 'waitlisted' AND status <> 'waitlisted' THEN nextval('registration_queue_seq') ELSE queue_seq END
        WHERE id = $1`,
      [id, status],
    );
  }

  /** Holds a place for the first in line until `expiresAt`; its place in the line (queue_seq) is kept. */
  async offer(tx: EntityManager, id: string, tokenHash: string, expiresAt: Date): Promise<void> {
    await tx.query(
      `UPDATE registrations SET status = 'offered', offer_token_hash = $2, offer_expires_at = $3, updated_at = now() WHERE id = $1`,
      [id, tokenHash, expiresAt],
    );
  }

  /** Unconfirmed registrations whose time to confirm is up lapse (cancelled; confirm_by stays to say why). */
  async lapseUnconfirmed(): Promise<number> {
    const [, affected]: [unknown, number] = await this.registrations.query(
      `UPDATE registrations SET status = 'cancelled', updated_at = now() WHERE status = 'unconfirmed' AND confirm_by <= now()`,
    );
    return affected;
  }

  async eventsWithExpiredOffers(): Promise<string[]> {
    const rows: { eventId: string }[] = await this.registrations.query(
      `SELECT DISTINCT event_id AS "eventId" FROM registrations WHERE status = 'offered' AND offer_expires_at <= now()`,
    );
    return rows.map((row) => row.eventId);
  }

  /** Offers of the event whose time is up; read with the event's place counters locked. */
  expiredOffers(tx: EntityManager, eventId: string): Promise<Registration[]> {
    return tx
      .getRepository(Registration)
      .createQueryBuilder('r')
      .where(`r.event_id = :eventId AND r.status = 'offered' AND r.offer_expires_at <= now()`, { eventId })
      .orderBy('r.queue_seq', 'ASC')
      .getMany();
  }

  async update(tx: EntityManager, id: string, fields: Partial<Registration>): Promise<void> {
    await tx.getRepository(Registration).update(id, fields);
  }

  /** Places taken from the public capacity: confirmed, and held by an open offer (reserved places are apart). */
  async confirmedPublicPlaces(tx: EntityManager | undefined, eventId: string): Promise<number> {
    const rows: { n: number }[] = await (tx ?? this.registrations.manager).query(
      `SELECT count(*)::int AS n FROM registrations WHERE event_id = $1 AND status IN ('confirmed', 'offered') AND NOT reserved`,
      [eventId],
    );
    return rows[0].n;
  }

  /** Confirmed public places only (an offer being accepted must still fit among these). */
  async confirmedOnlyPublicPlaces(tx: EntityManager, eventId: string): Promise<number> {
    const rows: { n: number }[] = await tx.query(
      `SELECT count(*)::int AS n FROM registrations WHERE event_id = $1 AND status = 'confirmed' AND NOT reserved`,
      [eventId],
    );
    return rows[0].n;
  }

  async placesTakenByEvent(eventIds: string[]): Promise<Map<string, number>> {
    if (!eventIds.length) return new Map();
    const rows: { eventId: string; n: number }[] = await this.registrations.query(
      `SELECT event_id AS "eventId", count(*)::int AS n FROM registrations
        WHERE event_id = ANY($1) AND status IN ('confirmed', 'offered') AND NOT reserved GROUP BY event_id`,
      [eventIds],
    );
    return new Map(rows.map((row) => [row.eventId, row.n]));
  }

  /** The first `count` on the waiting list, in arrival order. */
  nextInLine(tx: EntityManager, eventId: string, count: number): Promise<Registration[]> {
    return tx.getRepository(Registration).find({
      where: { eventId, status: RegistrationStatus.Waitlisted },
      order: { queueSeq: 'ASC' },
      take: count,
    });
  }

  async waitlistPosition(registration: Pick<Registration, 'eventId' | 'queueSeq'>): Promise<number> {
    const rows: { n: number }[] = await this.registrations.query(
      `SELECT count(*)::int AS n FROM registrations WHERE event_id = $1 AND status = 'waitlisted' AND queue_seq <= $2`,
      [registration.eventId, registration.queueSeq],
    );
    return rows[0].n;
  }

  /**
   * The registrations made with an address, across events, newest first (at most `limit`), each
   * with its place in the event's line while it waits there. The list its holder sees signed in.
   */
  ofAddress(email: string, limit: number): Promise<AddressRegistration[]> {
    return this.registrations.query(
      `SELECT r.id, r.event_id AS "eventId", r.status, r.offer_expires_at AS "offerExpiresAt", r.confirm_by AS "confirmBy", r.checked_in_at AS "checkedInAt",
              CASE WHEN r.status = 'waitlisted' THEN (
                SELECT count(*)::int FROM registrations w WHERE w.event_id = r.event_id AND w.status = 'waitlisted' AND w.queue_seq <= r.queue_seq
              ) END AS "waitlistPosition"
         FROM registrations r
        WHERE r.email = $1
        ORDER BY r.created_at DESC, r.id
        LIMIT $2`,
      [email, limit],
    );
  }

  async listOfEvent(eventId: string, q: string | undefined, limit: number, offset: number): Promise<[Registration[], number]> {
    const query = this.registrations
      .createQueryBuilder('r')
      .where('r.event_id = :eventId', { eventId })
      .orderBy('r.status', 'ASC')
      .addOrderBy('r.queue_seq', 'ASC')
      .take(limit)
      .skip(offset);
    if (q) query.andWhere('(r.name ILIKE :q OR r.email ILIKE :q OR r.organisation_name ILIKE :q)', { q: `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` });
    return query.getManyAndCount();
  }

  /**
   * Clears dietary and access needs of events that ended more than `days` ago; returns how many.
   * The events lib says which of the events with needs kept have ended, in the clearing's transaction.
   */
  eraseNeedsOfEventsEndedBefore(days: number): Promise<number> {
    return this.registrations.manager.transaction(async (tx) => {
      const withNeeds: { eventId: string }[] = await tx.query(
        `SELECT DISTINCT event_id AS "eventId" FROM registrations WHERE dietary_needs IS NOT NULL OR access_needs IS NOT NULL`,
      );
      const ended = await this.events.endedMoreThanDaysAgo(tx, withNeeds.map((row) => row.eventId), days);
      if (!ended.length) return 0;
      const [, affected]: [unknown, number] = await tx.query(
        `UPDATE registrations SET dietary_needs = NULL, access_needs = NULL, updated_at = now()
          WHERE event_id = ANY($1::uuid[]) AND (dietary_needs IS NOT NULL OR access_needs IS NOT NULL)`,
        [ended],
      );
      return affected;
    });
  }

  /** Confirmed delegates who chose to appear on the public attendee list. */
  publicAttendees(eventId: string): Promise<{ name: string; organisationName: string | null }[]> {
    return this.registrations.query(
      `SELECT name, organisation_name AS "organisationName" FROM registrations
        WHERE event_id = $1 AND status = 'confirmed' AND show_on_attendee_list ORDER BY name`,
      [eventId],
    );
  }

  /** The confirmed places of the event in name order: one badge each. */
  confirmedOfEvent(eventId: string): Promise<Registration[]> {
    return this.registrations.find({ where: { eventId, status: RegistrationStatus.Confirmed }, order: { name: 'ASC', id: 'ASC' } });
  }

  /** Each registration's workshops (those not given up), in the programme's order. */
  async workshopsOfEvent(eventId: string): Promise<RegisteredWorkshop[]> {
    const choices: Pick<RegisteredWorkshop, 'registrationId' | 'sessionId' | 'status'>[] = await this.registrations.query(
      `SELECT c.registration_id AS "registrationId", c.session_id AS "sessionId", c.status
         FROM workshop_choices c JOIN registrations r ON r.id = c.registration_id
        WHERE r.event_id = $1 AND c.status <> 'cancelled'`,
      [eventId],
    );
    const sessions = await this.agenda.sessionsByIds(choices.map((choice) => choice.sessionId));
    return inProgrammeOrder(choices, sessions).map(({ item, session }) => ({ ...item, title: session.title, room: session.room, titleCy: session.titleCy, roomCy: session.roomCy }));
  }

  /** The workshops of the event, in the programme's order, with who has a place in each (by name) and how many wait. */
  async workshopListsOfEvent(eventId: string): Promise<WorkshopList[]> {
    const [sessions, people]: [AgendaSession[], Array<{ sessionId: string; name: string; organisationName: string | null }>] = await Promise.all([
      this.agenda.workshopsOfEvent(eventId),
      this.registrations.query(
        `SELECT c.session_id AS "sessionId", r.name, r.organisation_name AS "organisationName"
           FROM workshop_choices c JOIN registrations r ON r.id = c.registration_id
          WHERE r.event_id = $1 AND r.status = 'confirmed' AND c.status = 'confirmed' ORDER BY r.name, r.id`,
        [eventId],
      ),
    ]);
    const lines = await this.workshopLines(sessions.map((session) => session.id));
    return sessions.map(({ id, title, room, startsAt, endsAt, capacity }) => ({
      id, title, room, startsAt, endsAt, capacity,
      waiting: lines.get(id)?.waiting ?? 0,
      people: people.filter((person) => person.sessionId === id),
    }));
  }

  /** The workshops with these ids, in the programme's order, with how many hold a seat in each and how many wait. */
  async workshopsWithLines(tx: EntityManager, sessionIds: string[]): Promise<Array<{ session: AgendaSession; seated: number; waiting: number }>> {
    const sessions = await this.agenda.sessionsByIds(sessionIds, tx);
    const lines = sessions.length ? await this.workshopLines(sessionIds, tx) : new Map<string, { seated: number; waiting: number }>();
    return sessions.map((session) => ({ session, seated: lines.get(session.id)?.seated ?? 0, waiting: lines.get(session.id)?.waiting ?? 0 }));
  }

  /** How many hold a seat in each workshop and how many wait in its line (workshops nobody chose are absent). */
  private async workshopLines(sessionIds: string[], manager: EntityManager = this.registrations.manager): Promise<Map<string, { seated: number; waiting: number }>> {
    const rows: { sessionId: string; seated: number; waiting: number }[] = await manager.query(
      `SELECT session_id AS "sessionId", count(*) FILTER (WHERE status = 'confirmed')::int AS seated, count(*) FILTER (WHERE status = 'waitlisted')::int AS waiting
         FROM workshop_choices WHERE session_id = ANY($1::uuid[]) GROUP BY session_id`,
      [sessionIds],
    );
    return new Map(rows.map(({ sessionId, seated, waiting }) => [sessionId, { seated, waiting }]));
  }

  allOfEvent(eventId: string): Promise<Registration[]> {
    return this.registrations.find({ where: { eventId }, order: { status: 'ASC', queueSeq: 'ASC' } });
  }

  async countsByStatus(eventId: string): Promise<Record<string, number>> {
    const rows: { status: string; n: number }[] = await this.registrations.query(
      `SELECT status, count(*)::int AS n FROM registrations WHERE event_id = $1 GROUP BY status`,
      [eventId],
    );
    return Object.fromEntries(rows.map((row) => [row.status, row.n]));
  }

  /** Which of these people are checked in at the event: a confirmed registration of theirs (by id, or by their address) with a check-in. */
  async checkedInAmong(eventId: string, people: Array<{ personId: string; email: string | null }>, tx?: EntityManager): Promise<Set<string>> {
    if (!people.length) return new Set();
    const rows: Array<{ personId: string }> = await (tx ?? this.registrations.manager).query(
      `SELECT p.person_id AS "personId" FROM unnest($2::uuid[], $3::text[]) AS p(person_id, email)
        WHERE EXISTS (SELECT 1 FROM registrations r
                       WHERE r.event_id = $1 AND r.status = 'confirmed' AND r.checked_in_at IS NOT NULL
                         AND (r.person_id = p.person_id OR (p.email IS NOT NULL AND lower(r.email) = lower(p.email))))`,
      [eventId, people.map((person) => person.personId), people.map((person) => person.email)],
    );
    return new Set(rows.map((row) => row.personId));
  }

  async checkedInCount(eventId: string): Promise<number> {
    const rows: { n: number }[] = await this.registrations.query(
      `SELECT count(*)::int AS n FROM registrations WHERE event_id = $1 AND status = 'confirmed' AND checked_in_at IS NOT NULL`,
      [eventId],
    );
    return rows[0].n;
  }

  /** Apologies of the event, but not of those checked in after all (Present wins). */
  async apologiesCount(eventId: string): Promise<number> {
    const rows: { n: number }[] = await this.registrations.query(
      `SELECT count(*)::int AS n FROM apologies a WHERE a.event_id = $1
          AND NOT EXISTS (SELECT 1 FROM registrations r WHERE r.event_id = a.event_id AND r.checked_in_at IS NOT NULL AND r.status = 'confirmed'
                           AND (r.email = a.email OR (a.person_id IS NOT NULL AND r.person_id = a.person_id)))`,
      [eventId],
    );
    return rows[0].n;
  }

  countsByCategory(eventId: string): Promise<{ category: DelegateCategory; confirmed: number; waiting: number; checkedIn: number }[]> {
    return this.registrations.query(
      `SELECT category, ${GROUP_COUNTS} FROM registrations
        WHERE event_id = $1 AND status NOT IN ('cancelled', 'declined', 'unconfirmed') GROUP BY category ORDER BY category`,
      [eventId],
    );
  }

  /** Grouped by the organisation as written (any case; shown as first written), most confirmed first. */
  countsByOrganisation(eventId: string): Promise<{ organisation: string | null; confirmed: number; waiting: number; checkedIn: number }[]> {
    return this.registrations.query(
      `SELECT (array_agg(btrim(organisation_name) ORDER BY queue_seq))[1] AS organisation, ${GROUP_COUNTS} FROM registrations
        WHERE event_id = $1 AND status NOT IN ('cancelled', 'declined', 'unconfirmed')
        GROUP BY lower(btrim(organisation_name)) ORDER BY 2 DESC, 1 ASC NULLS LAST LIMIT 500`,
      [eventId],
    );
  }

  /** Each stated need of confirmed registrations with how many state it (the same words in any case together, shown as first written). */
  needsCount(eventId: string, which: 'dietary' | 'access'): Promise<{ need: string; count: number }[]> {
    const column = which === 'dietary' ? 'dietary_needs' : 'access_needs';
    return this.registrations.query(
      `SELECT (array_agg(btrim(${column}) ORDER BY queue_seq))[1] AS need, count(*)::int AS count FROM registrations
        WHERE event_id = $1 AND status = 'confirmed' AND btrim(coalesce(${column}, '')) <> ''
        GROUP BY lower(btrim(${column})) ORDER BY 2 DESC, 1 ASC LIMIT 500`,
      [eventId],
    );
  }

  /** Registrants of the given statuses who have an address, for a message from the organisers. */
  mailableOfEvent(tx: EntityManager, eventId: string, statuses: RegistrationStatus[]): Promise<{ id: string; email: string; name: string }[]> {
    return tx.query(
      `SELECT id, email, name FROM registrations WHERE event_id = $1 AND status::text = ANY($2) AND email IS NOT NULL ORDER BY queue_seq`,
      [eventId, statuses],
    );
  }

  // Workshops

  /**
   * Adds chosen workshops, each at the back of its line (queue_seq is the moment of choosing);
   * a workshop chosen again after it was dropped is chosen afresh, at the back.
   */
  async addChoices(tx: EntityManager, registrationId: string, sessionIds: string[]): Promise<void> {
    if (!sessionIds.length) return;
    await tx.query(
      `INSERT INTO workshop_choices (registration_id, session_id, status)
       SELECT $1, unnest($2::uuid[]), 'requested'
       ON CONFLICT (registration_id, session_id) DO UPDATE SET status = 'requested', queue_seq = nextval('registration_queue_seq')
        WHERE workshop_choices.status = 'cancelled'`,
      [registrationId, sessionIds],
    );
  }

  /** Workshops given up (changed on the private page): kept as cancelled, so the calendar can cancel a seat held. */
  async dropChoices(tx: EntityManager, registrationId: string, sessionIds: string[]): Promise<void> {
    if (!sessionIds.length) return;
    await tx.query(`UPDATE workshop_choices SET status = 'cancelled' WHERE registration_id = $1 AND session_id = ANY($2::uuid[])`, [registrationId, sessionIds]);
  }

  /** Registering again after cancelling: every earlier choice is given up (the new ones go to the back). */
  async dropAllChoices(tx: EntityManager, registrationId: string): Promise<void> {
    await tx.query(`UPDATE workshop_choices SET status = 'cancelled' WHERE registration_id = $1`, [registrationId]);
  }

  /** How many wait for the workshop ahead of a choice made at `queueSeq`. */
  async waitingAhead(tx: EntityManager, sessionId: string, queueSeq: string): Promise<number> {
    const rows: { n: number }[] = await tx.query(
      `SELECT count(*)::int AS n FROM workshop_choices WHERE session_id = $1 AND status = 'waitlisted' AND queue_seq < $2`,
      [sessionId, queueSeq],
    );
    return rows[0].n;
  }

  /** The registration's workshop choices (those given up aside), earliest chosen first. */
  choicesOf(tx: EntityManager, registrationId: string): Promise<WorkshopChoice[]> {
    return tx
      .getRepository(WorkshopChoice)
      .createQueryBuilder('c')
      .where(`c.registration_id = :registrationId AND c.status <> 'cancelled'`, { registrationId })
      .orderBy('c.queue_seq', 'ASC')
      .getMany();
  }

  /** Sets a choice's status; its place in the workshop's line stays the moment it was chosen. */
  async setChoiceStatus(tx: EntityManager, registrationId: string, sessionId: string, status: WorkshopChoiceStatus): Promise<void> {
    await tx.query(`UPDATE workshop_choices SET status = $3::workshop_choice_status WHERE registration_id = $1 AND session_id = $2`, [
      registrationId,
      sessionId,
      status,
    ]);
  }

  async workshopCapacity(tx: EntityManager, sessionId: string): Promise<number | null> {
    const [session] = await this.agenda.sessionsByIds([sessionId], tx);
    return session?.capacity ?? null;
  }

  async confirmedInWorkshop(tx: EntityManager, sessionId: string): Promise<number> {
    const rows: { n: number }[] = await tx.query(
      `SELECT count(*)::int AS n FROM workshop_choices WHERE session_id = $1 AND status = 'confirmed'`,
      [sessionId],
    );
    return rows[0].n;
  }

  nextInWorkshop(tx: EntityManager, sessionId: string, count: number): Promise<WorkshopChoice[]> {
    return tx.getRepository(WorkshopChoice).find({
      where: { sessionId, status: WorkshopChoiceStatus.Waitlisted },
      order: { queueSeq: 'ASC' },
      take: count,
    });
  }

  async choicesWithTitles(registrationId: string, tx?: EntityManager): Promise<(ChoiceWithTitle & { position: number | null })[]> {
    const manager = tx ?? this.registrations.manager;
    const choices: (WorkshopChoice & { position: number | null })[] = await manager.query(
      `SELECT c.registration_id AS "registrationId", c.session_id AS "sessionId", c.status, c.queue_seq AS "queueSeq",
              CASE WHEN c.status = 'waitlisted' THEN (
                SELECT count(*)::int FROM workshop_choices w WHERE w.session_id = c.session_id AND w.status = 'waitlisted' AND w.queue_seq <= c.queue_seq
              ) END AS position
         FROM workshop_choices c
        WHERE c.registration_id = $1 AND c.status <> 'cancelled'`,
      [registrationId],
    );
    const sessions = await this.agenda.sessionsByIds(choices.map((choice) => choice.sessionId), manager);
    return inProgrammeOrder(choices, sessions).map(({ item, session }) => ({ ...item, title: session.title, titleCy: session.titleCy }));
  }

  async placesTakenInWorkshops(sessionIds: string[]): Promise<Map<string, number>> {
    if (!sessionIds.length) return new Map();
    const rows: { sessionId: string; n: number }[] = await this.registrations.query(
      `SELECT session_id AS "sessionId", count(*)::int AS n FROM workshop_choices WHERE session_id = ANY($1) AND status = 'confirmed' GROUP BY session_id`,
      [sessionIds],
    );
    return new Map(rows.map((row) => [row.sessionId, row.n]));
  }
}
