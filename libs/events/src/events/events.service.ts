import { Injectable } from '@nestjs/common';
import { definedOnly } from '@convene/core';
import { DataSource } from 'typeorm';
import { AgendaRepository } from '../agenda/agenda.repository';
import { AgendaService } from '../agenda/agenda.service';
import { CreateEventDto, UpdateEventDto } from '../dto/event.dto';
import { EventNotEditable, EventNotFound, InvalidSchedule } from '../events.errors';
import { EventStatus, NetworkEvent } from './event.entity';
import { EventChanges } from './event-changes';
import { EventRepository } from './event.repository';

/** Creating, changing, publishing and cancelling events: the organiser's side. */
@Injectable()
export class EventsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly events: EventRepository,
    private readonly agenda: AgendaRepository,
    private readonly agendaService: AgendaService,
    private readonly changes: EventChanges,
  ) {}

  async get(id: string): Promise<NetworkEvent> {
    const event = await this.events.findById(id);
    if (!event) throw new EventNotFound();
    return event;
  }

  /** By id or by slug, as links use either. */
  async find(idOrSlug: string): Promise<NetworkEvent> {
    const event = isUuid(idOrSlug) ? await this.events.findById(idOrSlug) : await this.events.findBySlug(idOrSlug);
    if (!event) throw new EventNotFound();
    return event;
  }

  async create(input: CreateEventDto, creatorId: string): Promise<NetworkEvent> {
    const slug = input.slug ?? (await this.freeSlug(slugify(input.title)));
    if (input.slug && (await this.events.slugTaken(input.slug))) throw new InvalidSchedule('slug', 'Another event already has that slug');
    const candidate = { timeZone: 'Europe/London', reservedPlaces: 0, capacity: null, ...definedOnly(input), slug, status: EventStatus.Draft } as NetworkEvent;
    assertSchedule(candidate);
    return this.dataSource.transaction(async (tx) => {
      const event = await this.events.save(tx, candidate);
      await this.events.addOrganiser(tx, event.id, creatorId);
      return event;
    });
  }

  async update(id: string, input: UpdateEventDto): Promise<NetworkEvent> {
    let moved = false;
    let raised = false;
    const saved = await this.dataSource.transaction(async (tx) => {
      const event = await this.events.lockById(tx, id);
      if (!event) throw new EventNotFound();
      if (event.status === EventStatus.Cancelled) throw new EventNotEditable('A cancelled event cannot be changed');
      if (input.slug && input.slug !== event.slug && (await this.events.slugTaken(input.slug))) {
        throw new InvalidSchedule('slug', 'Another event already has that slug');
      }
      const changed = { ...event, ...definedOnly(input) } as NetworkEvent;
      assertSchedule(changed);
      const outside = (await this.agenda.ofEvent(id)).find((session) => session.startsAt < changed.startsAt || session.endsAt > changed.endsAt);
      if (outside) throw new InvalidSchedule('startsAt', `The session "${outside.title}" would fall outside the event`);
      moved = event.status === EventStatus.Published && movedOrRenamed(event, changed);
      raised = capacityRaised(event.capacity, changed.capacity);
      return this.events.save(tx, changed);
    });
    if (moved) await this.changes.changed(id, 'event-moved');
    if (raised) await this.changes.changed(id, 'capacity-raised');
    return saved;
  }

  /** Publishes the event and, with it, its agenda as it stands (a first publication, or what changed). */
  async publish(id: string, publishedBy: string | null = null): Promise<NetworkEvent> {
    const event = await this.setStatus(id, EventStatus.Published);
    await this.agendaService.publish(id, publishedBy);
    return event;
  }

  async cancel(id: string): Promise<NetworkEvent> {
    const event = await this.setStatus(id, EventStatus.Cancelled);
    await this.changes.changed(id, 'event-cancelled');
    return event;
  }

  /** Makes someone an organiser of this one event, beside its creator (no route yet: the demo's events have the network's organisers). */
  async addOrganiser(id: string, personId: string): Promise<void> {
    await this.dataSource.transaction(async (tx) => {
      if (!(await this.events.lockById(tx, id))) throw new EventNotFound();
      await this.events.addOrganiser(tx, id, personId);
    });
  }

  isOrganiser(eventId: string, personId: string): Promise<boolean> {
    return this.events.isOrganiser(eventId, personId);
  }

  /** The same, by one of the event's sessions: for checks asked before the session is read. */
  isOrganiserOfSession(sessionId: string, personId: string): Promise<boolean> {
    return this.events.isOrganiserOfSession(sessionId, personId);
  }

  private async setStatus(id: string, status: EventStatus): Promise<NetworkEvent> {
    return this.dataSource.transaction(async (tx) => {
      const event = await this.events.lockById(tx, id);
      if (!event) throw new EventNotFound();
      if (event.status === EventStatus.Cancelled) throw new EventNotEditable('The event is cancelled');
      return this.events.save(tx, { ...event, status });
    });
  }

  private async freeSlug(base: string): Promise<string> {
    for (let n = 1; ; n++) {
      const slug = n === 1 ? base : `${base}-${n}`;
      if (!(await this.events.slugTaken(slug))) return slug;
    }
  }
}

/** What a delegate's calendar shows of the event itself: its times, place, zone and title. */
function movedOrRenamed(before: NetworkEvent, after: NetworkEvent): boolean {
  return (
    new Date(before.startsAt).getTime() !== new Date(after.startsAt).getTime() ||
    new Date(before.endsAt).getTime() !== new Date(after.endsAt).getTime() ||
    before.venueName !== after.venueName ||
    before.venueAddress !== after.venueAddress ||
    before.timeZone !== after.timeZone ||
    before.title !== after.title
  );
}

/** The rules an event's times and numbers must keep, whoever sets them. */
export function assertSchedule(event: Pick<NetworkEvent, 'startsAt' | 'endsAt' | 'timeZone' | 'capacity' | 'reservedPlaces' | 'registrationOpensAt' | 'registrationClosesAt'>): void {
  if (!(event.endsAt > event.startsAt)) throw new InvalidSchedule('endsAt', 'The event must end after it starts');
  if (!isTimeZone(event.timeZone)) throw new InvalidSchedule('timeZone', `"${event.timeZone}" is not a time zone (e.g. Europe/London)`);
  if (event.capacity !== null && event.capacity !== undefined && event.reservedPlaces > event.capacity) {
    throw new InvalidSchedule('reservedPlaces', 'Reserved places cannot be more than the capacity');
  }
  if (event.registrationOpensAt && event.registrationClosesAt && event.registrationClosesAt <= event.registrationOpensAt) {
    throw new InvalidSchedule('registrationClosesAt', 'Registration must close after it opens');
  }
}

export function slugify(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 70)
    .replace(/-+$/, '');
  return slug || 'event';
}

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

function isUuid(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}

/** More places than before, or no limit any more (null: unlimited). */
function capacityRaised(before: number | null, after: number | null): boolean {
  if (before === null) return false;
  return after === null || after > before;
}
