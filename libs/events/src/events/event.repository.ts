import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, In, Not, Repository } from 'typeorm';
import { EventOrganiser } from './event-organiser.entity';
import { EventStatus, NetworkEvent } from './event.entity';
import { withTitles } from '../personal-data/with-titles';

export interface UpcomingFilter {
  kind?: string;
  hostOrganisationId?: string;
  /** 'YYYY-MM' */
  month?: string;
  now: Date;
}

export interface PastFilter {
  /** The year the event started in, in its own time zone. */
  year?: number;
  limit: number;
  offset: number;
  now: Date;
}

/** The year an event started in, where it was held. */
const START_YEAR = `EXTRACT(YEAR FROM event.starts_at AT TIME ZONE event.time_zone)::int`;

@Injectable()
export class EventRepository {
  constructor(
    @InjectRepository(NetworkEvent) private readonly events: Repository<NetworkEvent>,
    @InjectRepository(EventOrganiser) private readonly organisers: Repository<EventOrganiser>,
  ) {}

  findById(id: string, tx?: EntityManager): Promise<NetworkEvent | null> {
    return (tx ?? this.events.manager).getRepository(NetworkEvent).findOneBy({ id });
  }

  findBySlug(slug: string): Promise<NetworkEvent | null> {
    return this.events.findOneBy({ slug });
  }

  /**
   * Locks the event row: changes to the event itself are made one at a time. FOR NO KEY UPDATE,
   * so rows that refer to the event (a registration's insert takes KEY SHARE on it) are not held
   * up, and a registration holding its place counters never waits for a change holding the event.
   */
  lockById(tx: EntityManager, id: string): Promise<NetworkEvent | null> {
    return tx.getRepository(NetworkEvent).createQueryBuilder('event').setLock('for_no_key_update').where('event.id = :id', { id }).getOne();
  }

  /**
   * The event, read by the statement that locks (FOR UPDATE) registration's place counters for it
   * (event_places: a row per event, created and kept to the event's capacity by the events
   * table's trigger, counted by registrations' triggers). One round trip for both, which a burst
   * of group registrations pays per group. The event is as the statement began (as if read just
   * before the lock); the counters are their newest version. Null when either is missing.
   */
  async findLockingPlaceCounters(tx: EntityManager, id: string): Promise<{ event: NetworkEvent; counts: { places: number | null; taken: number; waiting: number } } | null> {
    const { entities, raw } = await tx
      .getRepository(NetworkEvent)
      .createQueryBuilder('event')
      .innerJoin('event_places', 'counters', 'counters.event_id = event.id')
      .addSelect('counters.places', 'counters_places')
      .addSelect('counters.taken', 'counters_taken')
      .addSelect('counters.waiting', 'counters_waiting')
      .where('event.id = :id', { id })
      .setLock('pessimistic_write', undefined, ['counters'])
      .getRawAndEntities<{ counters_places: number | null; counters_taken: number; counters_waiting: number }>();
    if (!entities.length) return null;
    return { event: entities[0], counts: { places: raw[0].counters_places, taken: raw[0].counters_taken, waiting: raw[0].counters_waiting } };
  }

  /** The series' events that started before `startsAt` (but `exceptId`), oldest first: the minutes carry their open actions forward. */
  earlierOfSeries(series: string, startsAt: Date, exceptId: string): Promise<Array<{ id: string; title: string; startsAt: Date }>> {
    return this.events.query(
      `SELECT id, title, starts_at AS "startsAt" FROM events WHERE series = $1 AND starts_at < $2 AND id <> $3 ORDER BY starts_at, id`,
      [series, startsAt, exceptId],
    );
  }

  /** Of these events, the ids of those out of draft (published or cancelled), soonest first (a private calendar feed). */
  async announcedInStartOrder(ids: string[]): Promise<string[]> {
    if (!ids.length) return [];
    const rows: { id: string }[] = await this.events.query(
      `SELECT id FROM events WHERE id = ANY($1::uuid[]) AND status <> $2 ORDER BY starts_at, id`,
      [ids, EventStatus.Draft],
    );
    return rows.map((row) => row.id);
  }

  /** Of these events, those out of draft (published or cancelled): what a delegate's list of registrations may name. A draft's details stay its organisers'. */
  announcedByIds(ids: string[]): Promise<NetworkEvent[]> {
    if (!ids.length) return Promise.resolve([]);
    return this.events.find({ where: { id: In(ids), status: Not(EventStatus.Draft) } });
  }

  /** Of these events, the ids of those that ended more than `days` days ago, read in the caller's transaction (needs kept no longer). */
  async endedMoreThanDaysAgo(tx: EntityManager, ids: string[], days: number): Promise<string[]> {
    if (!ids.length) return [];
    const rows: { id: string }[] = await tx.query(
      `SELECT id FROM events WHERE id = ANY($1::uuid[]) AND ends_at < now() - make_interval(days => $2)`,
      [ids, days],
    );
    return rows.map((row) => row.id);
  }

  /** The ids of published events still to start (the calendar's reminder rebuild). */
  async futurePublishedIds(): Promise<string[]> {
    const rows: { id: string }[] = await this.events.query(`SELECT id FROM events WHERE status = 'published' AND starts_at > now()`);
    return rows.map((row) => row.id);
  }

  /** The rows, each with its event's title as `eventTitle` (see withTitles): how a person's export names an event. One read for them all. */
  async withEventTitles<T extends { eventId: string }>(rows: T[], manager: EntityManager = this.events.manager): Promise<Array<T & { eventTitle: string }>> {
    const ids = [...new Set(rows.map((row) => row.eventId))];
    const events: { id: string; title: string }[] = ids.length ? await manager.query(`SELECT id, title FROM events WHERE id = ANY($1::uuid[])`, [ids]) : [];
    return withTitles(rows, new Map(events.map((event) => [event.id, event.title])), 'eventId', 'eventTitle');
  }

  async slugTaken(slug: string): Promise<boolean> {
    return (await this.events.countBy({ slug })) > 0;
  }

  save(tx: EntityManager, event: Partial<NetworkEvent>): Promise<NetworkEvent> {
    return tx.getRepository(NetworkEvent).save(tx.getRepository(NetworkEvent).create(event));
  }

  async addOrganiser(tx: EntityManager, eventId: string, personId: string): Promise<void> {
    await tx.getRepository(EventOrganiser).createQueryBuilder().insert().values({ eventId, personId }).orIgnore().execute();
  }

  /** The event's own organisers who have an address, read in the caller's transaction (told as its places fill). */
  organiserAddresses(tx: EntityManager, eventId: string): Promise<Array<{ email: string; name: string }>> {
    return tx.query(
      `SELECT p.email, p.name FROM event_organisers o JOIN people p ON p.id = o.person_id WHERE o.event_id = $1 AND p.email IS NOT NULL`,
      [eventId],
    );
  }

  /** An organiser of this event, or one of the network's organisers or admins. */
  async isOrganiser(eventId: string, personId: string): Promise<boolean> {
    const rows: unknown[] = await this.organisers.query(
      `SELECT 1 FROM event_organisers WHERE event_id = $1 AND person_id = $2
       UNION ALL SELECT 1 FROM people WHERE id = $2 AND roles && ARRAY['organiser', 'admin'] LIMIT 1`,
      [eventId, personId],
    );
    return rows.length > 0;
  }

  /** isOrganiser of a session's event, asked by the session's id: no read of the session before it. */
  async isOrganiserOfSession(sessionId: string, personId: string): Promise<boolean> {
    const rows: unknown[] = await this.organisers.query(
      `SELECT 1 FROM event_organisers o JOIN agenda_sessions s ON s.event_id = o.event_id WHERE s.id = $1 AND o.person_id = $2
       UNION ALL SELECT 1 FROM people WHERE id = $2 AND roles && ARRAY['organiser', 'admin'] LIMIT 1`,
      [sessionId, personId],
    );
    return rows.length > 0;
  }

  /** Every event the person may manage (drafts included): all of them for the network's organisers. */
  managedBy(personId: string): Promise<NetworkEvent[]> {
    return this.events
      .createQueryBuilder('event')
      .where(
        `EXISTS (SELECT 1 FROM event_organisers o WHERE o.event_id = event.id AND o.person_id = :personId)
         OR EXISTS (SELECT 1 FROM people p WHERE p.id = :personId AND p.roles && ARRAY['organiser', 'admin'])`,
        { personId },
      )
      .orderBy('event.starts_at', 'DESC')
      .limit(500)
      .getMany();
  }

  /** Published events that have not ended, soonest first. */
  upcoming(filter: UpcomingFilter): Promise<NetworkEvent[]> {
    const query = this.events
      .createQueryBuilder('event')
      .where('event.status = :status', { status: EventStatus.Published })
      .andWhere('event.ends_at >= :now', { now: filter.now })
      .orderBy('event.starts_at', 'ASC')
      .limit(200);
    if (filter.kind) query.andWhere('event.kind = :kind', { kind: filter.kind });
    if (filter.hostOrganisationId) query.andWhere('event.host_organisation_id = :host', { host: filter.hostOrganisationId });
    if (filter.month) {
      query.andWhere(`to_char(event.starts_at AT TIME ZONE event.time_zone, 'YYYY-MM') = :month`, { month: filter.month });
    }
    return query.getMany();
  }

  /** Published events that have ended, newest first, a page at a time, with how many there are. */
  past(filter: PastFilter): Promise<[NetworkEvent[], number]> {
    const query = this.events
      .createQueryBuilder('event')
      .where('event.status = :status', { status: EventStatus.Published })
      .andWhere('event.ends_at < :now', { now: filter.now })
      .orderBy('event.starts_at', 'DESC')
      .addOrderBy('event.id', 'ASC')
      .take(filter.limit)
      .skip(filter.offset);
    if (filter.year !== undefined) query.andWhere(`${START_YEAR} = :year`, { year: filter.year });
    return query.getManyAndCount();
  }

  /** The years that have published events which have ended, newest first: what the past list can be filtered by. */
  async pastYears(now: Date): Promise<number[]> {
    const rows: Array<{ year: number }> = await this.events
      .createQueryBuilder('event')
      .select(`DISTINCT ${START_YEAR}`, 'year')
      .where('event.status = :status', { status: EventStatus.Published })
      .andWhere('event.ends_at < :now', { now })
      .orderBy('year', 'DESC')
      .getRawMany();
    return rows.map((row) => Number(row.year));
  }
}
