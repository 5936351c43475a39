import { Injectable } from '@nestjs/common';
import { AgendaService, EventAudience, EventRepository, EventsService, NetworkEvent, PastFilter, UpcomingFilter, Viewer } from '@convene/events';
import { EventSummaryView, EventView, PastEventListView, PublicAgendaView } from '../dto/event.views';
import { Organisation } from '@convene/identity';
import { DataSource } from 'typeorm';
import type { Language } from '@convene/i18n';
import { RegistrationRepository } from '../registrations/registration.repository';

/** Events as the public, members and invitees see them: details only for whom they are for. */
@Injectable()
export class EventCatalogue {
  constructor(
    private readonly dataSource: DataSource,
    private readonly events: EventRepository,
    private readonly eventsService: EventsService,
    private readonly agenda: AgendaService,
    private readonly registrations: RegistrationRepository,
    private readonly audience: EventAudience,
  ) {}

  async upcoming(filter: Omit<UpcomingFilter, 'now'>): Promise<EventSummaryView[]> {
    const events = await this.events.upcoming({ ...filter, now: new Date() });
    const [taken, hosts] = await Promise.all([this.registrations.placesTakenByEvent(events.map((e) => e.id)), this.hosts(events)]);
    return events.map((event) => summary(event, hosts, taken.get(event.id) ?? 0));
  }

  /** Published events that have ended, newest first, a page at a time, and the years there are. */
  async past(filter: Omit<PastFilter, 'now'>): Promise<PastEventListView> {
    const now = new Date();
    const [[events, total], years] = await Promise.all([this.events.past({ ...filter, now }), this.events.pastYears(now)]);
    const [taken, hosts] = await Promise.all([this.registrations.placesTakenByEvent(events.map((e) => e.id)), this.hosts(events)]);
    return { items: events.map((event) => summary(event, hosts, taken.get(event.id) ?? 0)), total, limit: filter.limit, offset: filter.offset, years };
  }

  /** The events the person organises, drafts and past ones included, newest first. */
  async managedBy(personId: string): Promise<EventSummaryView[]> {
    const events = await this.events.managedBy(personId);
    const [taken, hosts] = await Promise.all([this.registrations.placesTakenByEvent(events.map((e) => e.id)), this.hosts(events)]);
    return events.map((event) => summary(event, hosts, taken.get(event.id) ?? 0));
  }

  async event(idOrSlug: string, viewer: Viewer | null): Promise<EventView> {
    const event = await this.audience.findFor(idOrSlug, viewer);
    const [taken, hosts, restricted] = await Promise.all([
      this.registrations.placesTakenByEvent([event.id]),
      this.hosts([event]),
      this.audience.isRestricted(event, viewer),
    ]);
    const view = summary(event, hosts, taken.get(event.id) ?? 0);
    const now = new Date();
    return {
      ...view,
      description: restricted ? null : event.description,
      venueAddress: restricted ? null : event.venueAddress,
      venueName: restricted ? null : view.venueName,
      venueNameCy: restricted ? null : view.venueNameCy,
      descriptionCy: restricted ? null : event.descriptionCy,
      venueAddressCy: restricted ? null : event.venueAddressCy,
      capacity: event.capacity,
      reservedPlaces: event.reservedPlaces,
      perOrganisationLimit: event.perOrganisationLimit,
      requiresApproval: event.requiresApproval,
      waitingListMode: event.waitingListMode,
      offerHours: event.offerHours,
      confirmAddressFirst: event.confirmAddressFirst,
      confirmationHours: event.confirmationHours,
      registrationOpensAt: event.registrationOpensAt,
      registrationClosesAt: event.registrationClosesAt,
      registrationOpen:
        event.status === 'published' &&
        now <= event.endsAt &&
        (!event.registrationOpensAt || now >= event.registrationOpensAt) &&
        (!event.registrationClosesAt || now <= event.registrationClosesAt),
      ended: now > event.endsAt,
      restricted,
    };
  }

  /** The agenda with places left in each session that has its own limit; empty where the event is restricted. */
  async agendaOf(idOrSlug: string, viewer: Viewer | null): Promise<PublicAgendaView> {
    const event = await this.audience.findFor(idOrSlug, viewer);
    if (await this.audience.isRestricted(event, viewer)) return { timeZone: event.timeZone, version: 0, days: [] };
    // Organisers see the draft they are editing; everyone else what was last published.
    const organiser = viewer !== null && (viewer.isNetworkOrganiser || (await this.eventsService.isOrganiser(event.id, viewer.personId)));
    const agenda = organiser ? { ...(await this.agenda.agenda(event)), version: 'draft' as const } : await this.agenda.publishedAgenda(event);
    const taken = await this.registrations.placesTakenInWorkshops(agenda.days.flatMap((day) => day.sessions.map((session) => session.id)));
    return {
      timeZone: agenda.timeZone,
      version: agenda.version,
      days: agenda.days.map((day) => ({
        date: day.date,
        sessions: day.sessions.map((session) => ({
          ...session,
          placesLeft: session.capacity === null ? null : Math.max(0, session.capacity - (taken.get(session.id) ?? 0)),
        })),
      })),
    };
  }

  /** Each publication of the agenda with what it changed, newest first. */
  async agendaChangesOf(idOrSlug: string, viewer: Viewer | null, language: Language = 'en'): Promise<{ version: number; publishedAt: Date; changes: string[] }[]> {
    const event = await this.audience.findFor(idOrSlug, viewer);
    if (await this.audience.isRestricted(event, viewer)) return [];
    return this.agenda.publicationsIn(event, language);
  }

  /** Names on the public attendee list, for those who may see the event. */
  async attendeesOf(idOrSlug: string, viewer: Viewer | null): Promise<{ name: string; organisationName: string | null }[]> {
    const event = await this.audience.findFor(idOrSlug, viewer);
    if (await this.audience.isRestricted(event, viewer)) return [];
    return this.registrations.publicAttendees(event.id);
  }

  private async hosts(events: NetworkEvent[]): Promise<Map<string, Organisation>> {
    const ids = [...new Set(events.map((event) => event.hostOrganisationId).filter((id): id is string => Boolean(id)))];
    if (!ids.length) return new Map();
    const rows = await this.dataSource.getRepository(Organisation).createQueryBuilder('o').whereInIds(ids).getMany();
    return new Map(rows.map((row) => [row.id, row]));
  }
}

function summary(event: NetworkEvent, hosts: Map<string, Organisation>, taken: number): EventSummaryView {
  const host = event.hostOrganisationId ? hosts.get(event.hostOrganisationId) : undefined;
  return {
    id: event.id,
    slug: event.slug,
    title: event.title,
    kind: event.kind,
    theme: event.theme,
    startsAt: event.startsAt,
    endsAt: event.endsAt,
    timeZone: event.timeZone,
    status: event.status,
    visibility: event.visibility,
    hostOrganisation: host ? { id: host.id, name: host.name } : null,
    venueName: event.venueName,
    titleCy: event.titleCy,
    venueNameCy: event.venueNameCy,
    bilingual: event.bilingual,
    placesLeft: event.capacity === null ? null : Math.max(0, event.capacity - event.reservedPlaces - taken),
  };
}
