import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { Registration, RegistrationStatus } from './registration.entity';
import { WorkshopChoice, WorkshopChoiceStatus } from './workshop-choice.entity';

export interface ChoiceWithTitle extends WorkshopChoice {
  title: string;
}

export interface PlaceState {
  existing: Registration | null;
  confirmed: number;
  waitlisted: number;
  organisationHeld: number;
}

const HOLDING = [RegistrationStatus.Confirmed, RegistrationStatus.Pending, RegistrationStatus.Waitlisted];

@Injectable()
export class RegistrationRepository {
  constructor(@InjectRepository(Registration) private readonly registrations: Repository<Registration>) {}

  findById(id: string): Promise<Registration | null> {
    return this.registrations.findOneBy({ id });
  }

  findByEventAndEmail(tx: EntityManager, eventId: string, email: string): Promise<Registration | null> {
    return tx.getRepository(Registration).findOneBy({ eventId, email });
  }

  async insert(tx: EntityManager, registration: Partial<Registration>): Promise<Registration> {
    const result = await tx.createQueryBuilder().insert().into(Registration).values(registration).returning('*').execute();
    return tx.getRepository(Registration).create(result.generatedMaps[0] as Registration);
  }

  /**
   * Everything a registration decision needs, in one statement: the address's existing
   * registration, the confirmed public places, the waiting list's length and the places the
   * organisation holds. Run with the event locked, it is the state the decision applies to.
   */
  async placeState(tx: EntityManager, eventId: string, email: string, organisationKey: string | null): Promise<PlaceState> {
    const [row]: Array<{ existingId: string | null; confirmed: number; waitlisted: number; organisationHeld: number }> = await tx.query(
      `SELECT (SELECT id FROM registrations WHERE event_id = $1 AND email = $2) AS "existingId",
              count(*) FILTER (WHERE status = 'confirmed' AND NOT reserved)::int AS confirmed,
              count(*) FILTER (WHERE status = 'waitlisted')::int AS waitlisted,
              count(*) FILTER (WHERE organisation_key = $3 AND status = ANY($4))::int AS "organisationHeld"
         FROM registrations WHERE event_id = $1`,
      [eventId, email, organisationKey, HOLDING],
    );
    const existing = row.existingId ? await tx.getRepository(Registration).findOneBy({ id: row.existingId }) : null;
    return { existing, confirmed: row.confirmed, waitlisted: row.waitlisted, organisationHeld: row.organisationHeld };
  }

  /** Sets the status; a registration joining the waiting list goes to its end. */
  async setStatus(tx: EntityManager, id: string, status: RegistrationStatus): Promise<void> {
    await tx.query(
      `UPDATE registrations SET status = $2::registration_status, updated_at = now(),
              queue_seq = CASE WHEN $2::text = 'waitlisted' AND status <> 'waitlisted' THEN nextval('registration_queue_seq') ELSE queue_seq END
        WHERE id = $1`,
      [id, status],
    );
  }

  async update(tx: EntityManager, id: string, fields: Partial<Registration>): Promise<void> {
    await tx.getRepository(Registration).update(id, fields);
  }

  /** Confirmed places counted against the public capacity (reserved places are apart). */
  async confirmedPublicPlaces(tx: EntityManager | undefined, eventId: string): Promise<number> {
    const rows: { n: number }[] = await (tx ?? this.registrations.manager).query(
      `SELECT count(*)::int AS n FROM registrations WHERE event_id = $1 AND status = 'confirmed' AND NOT reserved`,
      [eventId],
    );
    return rows[0].n;
  }

  async placesTakenByEvent(eventIds: string[]): Promise<Map<string, number>> {
    if (!eventIds.length) return new Map();
    const rows: { eventId: string; n: number }[] = await this.registrations.query(
      `SELECT event_id AS "eventId", count(*)::int AS n FROM registrations
        WHERE event_id = ANY($1) AND status = 'confirmed' AND NOT reserved GROUP BY event_id`,
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

  /** Clears dietary and access needs of events that ended more than `days` ago; returns how many. */
  async eraseNeedsOfEventsEndedBefore(days: number): Promise<number> {
    const [, affected]: [unknown, number] = await this.registrations.query(
      `UPDATE registrations r SET dietary_needs = NULL, access_needs = NULL, updated_at = now()
         FROM events e
        WHERE e.id = r.event_id AND e.ends_at < now() - make_interval(days => $1)
          AND (r.dietary_needs IS NOT NULL OR r.access_needs IS NOT NULL)`,
      [days],
    );
    return affected;
  }

  /** Confirmed delegates who chose to appear on the public attendee list. */
  publicAttendees(eventId: string): Promise<{ name: string; organisationName: string | null }[]> {
    return this.registrations.query(
      `SELECT name, organisation_name AS "organisationName" FROM registrations
        WHERE event_id = $1 AND status = 'confirmed' AND show_on_attendee_list ORDER BY name`,
      [eventId],
    );
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

  // Workshops

  async addChoices(tx: EntityManager, registrationId: string, sessionIds: string[]): Promise<void> {
    if (!sessionIds.length) return;
    await tx
      .getRepository(WorkshopChoice)
      .createQueryBuilder()
      .insert()
      .values(sessionIds.map((sessionId) => ({ registrationId, sessionId, status: WorkshopChoiceStatus.Requested })))
      .orIgnore()
      .execute();
  }

  choicesOf(tx: EntityManager, registrationId: string): Promise<WorkshopChoice[]> {
    return tx.getRepository(WorkshopChoice).find({ where: { registrationId }, order: { sessionId: 'ASC' } });
  }

  async setChoiceStatus(tx: EntityManager, registrationId: string, sessionId: string, status: WorkshopChoiceStatus): Promise<void> {
    await tx.query(
      `UPDATE workshop_choices SET status = $3::workshop_choice_status,
              queue_seq = CASE WHEN $3::text = 'waitlisted' THEN nextval('registration_queue_seq') ELSE queue_seq END
        WHERE registration_id = $1 AND session_id = $2`,
      [registrationId, sessionId, status],
    );
  }

  async workshopCapacity(tx: EntityManager, sessionId: string): Promise<number | null> {
    const rows: { capacity: number | null }[] = await tx.query('SELECT capacity FROM agenda_sessions WHERE id = $1', [sessionId]);
    return rows[0]?.capacity ?? null;
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

  async choicesWithTitles(registrationId: string): Promise<(ChoiceWithTitle & { position: number | null })[]> {
    return this.registrations.query(
      `SELECT c.registration_id AS "registrationId", c.session_id AS "sessionId", c.status, c.queue_seq AS "queueSeq", s.title,
              CASE WHEN c.status = 'waitlisted' THEN (
                SELECT count(*)::int FROM workshop_choices w WHERE w.session_id = c.session_id AND w.status = 'waitlisted' AND w.queue_seq <= c.queue_seq
              ) END AS position
         FROM workshop_choices c JOIN agenda_sessions s ON s.id = c.session_id
        WHERE c.registration_id = $1 ORDER BY s.starts_at`,
      [registrationId],
    );
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
