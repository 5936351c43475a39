import { Injectable } from '@nestjs/common';
import { definedOnly } from '@convene/core';
import { DataSource, EntityManager } from 'typeorm';
import { CreateSessionDto, UpdateSessionDto } from '../dto/session.dto';
import { EventNotEditable, EventNotFound, InvalidSchedule, ScheduleClash, SessionNotFound } from '../events.errors';
import { EventStatus, NetworkEvent } from '../events/event.entity';
import { EventChanges } from '../events/event-changes';
import { EventRepository } from '../events/event.repository';
import { AgendaSession } from './agenda-session.entity';
import { AgendaRepository } from './agenda.repository';
import { AgendaPublication } from './agenda-publication.entity';
import { describeAgendaChanges, publicationChanges } from './agenda-changes';
import type { Language } from '@convene/i18n';
import { AgendaSessionView, AgendaView, UnpublishedAgendaView } from '../dto/agenda.views';

/** The agenda: sessions in rooms, and who speaks at them. */
@Injectable()
export class AgendaService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly events: EventRepository,
    private readonly sessions: AgendaRepository,
    private readonly changes: EventChanges,
  ) {}

  async getSession(id: string): Promise<AgendaSession> {
    const session = await this.sessions.findById(id);
    if (!session) throw new SessionNotFound();
    return session;
  }

  ofEvent(eventId: string): Promise<AgendaSession[]> {
    return this.sessions.ofEvent(eventId);
  }

  async addSession(eventId: string, input: CreateSessionDto): Promise<AgendaSession> {
    return this.dataSource.transaction(async (tx) => {
      const event = await this.editableEvent(tx, eventId);
      const session = { liveQa: false, liveblog: false, ...definedOnly(input), eventId } as AgendaSession;
      await this.assertFits(tx, event, session);
      return this.sessions.save(tx, session);
    });
  }

  async updateSession(id: string, input: UpdateSessionDto): Promise<AgendaSession> {
    return this.dataSource.transaction(async (tx) => {
      const current = await this.getSession(id);
      const event = await this.editableEvent(tx, current.eventId);
      const session = { ...current, ...definedOnly(input) } as AgendaSession;
      await this.assertFits(tx, event, session);
      return this.sessions.save(tx, session);
    });
  }

  async removeSession(id: string): Promise<void> {
    await this.dataSource.transaction(async (tx) => {
      const session = await this.getSession(id);
      await this.editableEvent(tx, session.eventId);
      await this.sessions.remove(tx, id);
    });
  }

  holdsRole(sessionId: string, personId: string, role: string): Promise<boolean> {
    return this.sessions.holdsRole(sessionId, personId, role);
  }

  /** The draft agenda (what organisers see and edit) by day in the event's time zone. */
  async agenda(event: NetworkEvent): Promise<AgendaView> {
    return groupByDay(await this.draftSessions(event), event.timeZone);
  }

  /** What delegates see: the last published agenda, or an empty one before the first publication. */
  async publishedAgenda(event: NetworkEvent): Promise<AgendaView & { version: number; publishedAt: Date | null }> {
    const latest = await this.sessions.latestPublication(event.id);
    // Publications made before sessions had Welsh versions lack the fields: they had none.
    const sessions = (latest?.sessions ?? []).map((session) => ({
      ...session,
      titleCy: session.titleCy ?? null,
      descriptionCy: session.descriptionCy ?? null,
      roomCy: session.roomCy ?? null,
    }));
    return { ...groupByDay(sessions, event.timeZone), version: latest?.version ?? 0, publishedAt: latest?.publishedAt ?? null };
  }

  /**
   * What the draft agenda changes since its last publication, in the words delegates will read:
   * the organisers' banner. Before the first publication there is nothing "unpublished" to list
   * (publishing the event publishes the agenda).
   */
  async unpublishedChanges(event: NetworkEvent, language: Language = 'en'): Promise<UnpublishedAgendaView> {
    const latest = await this.sessions.latestPublication(event.id);
    if (!latest) return { version: 0, publishedAt: null, changes: [] };
    return { version: latest.version, publishedAt: latest.publishedAt, changes: describeAgendaChanges(latest.sessions, await this.draftSessions(event), event.timeZone, language) };
  }

  /**
   * Each publication with what it changed, newest first, in the reader's language: the English
   * as recorded; another language worded again from the publications' own snapshots.
   */
  async publicationsIn(event: NetworkEvent, language: Language): Promise<{ version: number; publishedAt: Date; changes: string[] }[]> {
    const publications = await this.sessions.publications(event.id);
    return publications.map(({ version, publishedAt, changes, sessions }, index) => ({
      version,
      publishedAt,
      changes: language === 'en' ? changes : publicationChanges(publications[index + 1]?.sessions ?? null, sessions, event.timeZone, language),
    }));
  }

  /**
   * Publishes the draft agenda: records it with what changed since the last publication.
   * Returns null when nothing changed (nothing to tell delegates).
   */
  async publish(eventId: string, publishedBy: string | null): Promise<AgendaPublication | null> {
    const publication = await this.dataSource.transaction(async (tx) => {
      const event = await this.editableEvent(tx, eventId);
      const current = await this.draftSessions(event);
      const latest = await this.sessions.latestPublication(eventId, tx);
      // Recorded in English; publicationsIn words them again for a reader in another language.
      const changes = publicationChanges(latest?.sessions ?? null, current, event.timeZone);
      if (latest && changes.length === 0) return null;
      return this.sessions.savePublication(tx, { eventId, version: (latest?.version ?? 0) + 1, sessions: current, changes, publishedBy });
    });
    if (publication) await this.changes.changed(eventId, 'agenda-published');
    return publication;
  }

  private async draftSessions(event: NetworkEvent): Promise<AgendaSessionView[]> {
    const [sessions, speakers] = await Promise.all([this.sessions.ofEvent(event.id), this.sessions.confirmedSpeakers(event.id)]);
    return sessions.map((session) => toAgendaSessionView(session, speakers));
  }

  private async editableEvent(tx: EntityManager, eventId: string): Promise<NetworkEvent> {
    const event = await this.events.lockById(tx, eventId);
    if (!event) throw new EventNotFound();
    if (event.status === EventStatus.Cancelled) throw new EventNotEditable('A cancelled event cannot be changed');
    return event;
  }

  private async assertFits(tx: EntityManager, event: NetworkEvent, session: AgendaSession): Promise<void> {
    if (!(session.endsAt > session.startsAt)) throw new InvalidSchedule('endsAt', 'The session must end after it starts');
    if (session.startsAt < event.startsAt || session.endsAt > event.endsAt) {
      throw new InvalidSchedule('startsAt', 'The session must lie within the event');
    }
    if (session.room) {
      const clash = await this.sessions.roomClash(tx, session);
      if (clash) throw new ScheduleClash(`"${clash.title}" is already in ${session.room} at that time`);
    }
  }
}

/** Sessions by day in the event's time zone, each day in time order. */
function groupByDay(sessions: AgendaSessionView[], timeZone: string): AgendaView {
  const day = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
  const days = new Map<string, AgendaSessionView[]>();
  const ordered = [...sessions].sort((a, b) => new Date(a.startsAt).getTime() - new Date(b.startsAt).getTime() || (a.room ?? '').localeCompare(b.room ?? ''));
  for (const session of ordered) {
    const date = day.format(new Date(session.startsAt));
    days.set(date, [...(days.get(date) ?? []), session]);
  }
  return { timeZone, days: [...days].map(([date, list]) => ({ date, sessions: list })) };
}

/** A session as the agenda shows it, with its confirmed speakers' public profile. */
export function toAgendaSessionView(
  session: AgendaSession,
  speakers: Array<{ sessionId: string; name: string; role: string; organisation: string | null; jobTitle: string | null }>,
): AgendaSessionView {
  return {
    id: session.id,
    title: session.title,
    kind: session.kind,
    startsAt: session.startsAt,
    endsAt: session.endsAt,
    room: session.room,
    description: session.description,
    titleCy: session.titleCy,
    descriptionCy: session.descriptionCy,
    roomCy: session.roomCy,
    capacity: session.capacity,
    liveQa: session.liveQa,
    liveblog: session.liveblog,
    speakers: speakers.filter((speaker) => speaker.sessionId === session.id).map(({ name, role, organisation, jobTitle }) => ({ name, role, organisation, jobTitle })),
  };
}
