import { t, type Language } from '@convene/i18n';
import { createHash } from 'node:crypto';
import { eventInLanguage, sessionInLanguage, type AgendaSessionView, type NetworkEvent } from '@convene/events';
import type { CalendarChange, CalendarItem, ItemName } from '@convene/notifications';
import type { CalendarItemSnapshot } from './calendar-item-state.entity';

/** A calendar item before it has a sequence: what the current state says it is. */
export interface ItemDraft {
  uid: string;
  eventId: string;
  sessionId: string | null;
  snapshot: CalendarItemSnapshot;
  cancelled: boolean;
  /** The event's title, for a session's description in the reader's language (unknown for a dropped session). */
  eventTitle?: string;
  /** The summary, location and event title in Welsh, where the organisers gave them. */
  welsh?: { summary: string; location: string | null; eventTitle: string };
}

export function eventUid(eventId: string, publicUrl: string): string {
  return `event-${eventId}@${new URL(publicUrl).hostname}`;
}

export function sessionUid(sessionId: string, publicUrl: string): string {
  return `session-${sessionId}@${new URL(publicUrl).hostname}`;
}

export function eventPageUrl(event: Pick<NetworkEvent, 'slug'>, publicUrl: string): string {
  return `${publicUrl}/events/${encodeURIComponent(event.slug)}`;
}

/** A private feed's URL: the secret is the only key. */
export function feedUrl(publicUrl: string, secret: string): string {
  return `${publicUrl}/api/v1/feeds/${secret}/calendar.ics`;
}

function venueOf(event: NetworkEvent): string | null {
  return [event.venueName, event.venueAddress].filter(Boolean).join(', ') || null;
}

export function eventDraft(event: NetworkEvent, publicUrl: string): ItemDraft {
  const url = eventPageUrl(event, publicUrl);
  return {
    uid: eventUid(event.id, publicUrl),
    eventId: event.id,
    sessionId: null,
    eventTitle: event.title,
    welsh: { summary: eventInLanguage(event, 'cy').title, location: eventInLanguage(event, 'cy').venue, eventTitle: eventInLanguage(event, 'cy').title },
    cancelled: event.status === 'cancelled',
    snapshot: {
      summary: event.title,
      start: new Date(event.startsAt).toISOString(),
      end: new Date(event.endsAt).toISOString(),
      timeZone: event.timeZone,
      location: venueOf(event),
      description: `Programme, changes and your registration: ${url}`,
      url,
    },
  };
}

export function sessionDraft(event: NetworkEvent, session: AgendaSessionView, publicUrl: string): ItemDraft {
  const url = eventPageUrl(event, publicUrl);
  return {
    uid: sessionUid(session.id, publicUrl),
    eventId: event.id,
    sessionId: session.id,
    eventTitle: event.title,
    welsh: {
      summary: `${sessionInLanguage(session, 'cy').title} (${eventInLanguage(event, 'cy').title})`,
      location: [sessionInLanguage(session, 'cy').room, eventInLanguage(event, 'cy').venue].filter(Boolean).join(', ') || null,
      eventTitle: eventInLanguage(event, 'cy').title,
    },
    cancelled: event.status === 'cancelled',
    snapshot: {
      summary: `${session.title} (${event.title})`,
      start: new Date(session.startsAt).toISOString(),
      end: new Date(session.endsAt).toISOString(),
      timeZone: event.timeZone,
      location: [session.room, venueOf(event)].filter(Boolean).join(', ') || null,
      description: `Part of ${event.title}. Programme and changes: ${url}`,
      url,
    },
  };
}

/** A session gone from the published agenda: its last known self, cancelled. */
export function droppedDraft(state: { uid: string; eventId: string; sessionId: string | null; snapshot: CalendarItemSnapshot }): ItemDraft {
  return { uid: state.uid, eventId: state.eventId, sessionId: state.sessionId, snapshot: state.snapshot, cancelled: true };
}

/** What a change must raise the sequence for: time, place and status (the title is compared apart: see itemChanged). */
export function fingerprintOf(draft: ItemDraft): string {
  const { start, end, timeZone, location } = draft.snapshot;
  return createHash('sha256').update(JSON.stringify([start, end, timeZone, location, draft.cancelled])).digest('hex').slice(0, 32);
}

/**
 * Whether delegates' calendars must hear of the item again: its time, place or status changed
 * (the fingerprint), or its title (SUMMARY) did. The title is compared through the stored
 * snapshot rather than put into the fingerprint, so fingerprints stored before titles counted
 * stay valid and no item looks changed (and mails every delegate) only because the hash changed.
 */
export function itemChanged(state: { fingerprint: string; snapshot: CalendarItemSnapshot }, draft: ItemDraft, fingerprint = fingerprintOf(draft)): boolean {
  return fingerprint !== state.fingerprint || state.snapshot.summary !== draft.snapshot.summary;
}

export function toCalendarItem(draft: ItemDraft, sequence: number): CalendarItem {
  return {
    uid: draft.uid,
    sequence,
    start: new Date(draft.snapshot.start),
    end: new Date(draft.snapshot.end),
    timeZone: draft.snapshot.timeZone,
    summary: draft.snapshot.summary,
    location: draft.snapshot.location,
    description: draft.snapshot.description,
    url: draft.snapshot.url,
    cancelled: draft.cancelled,
  };
}

/**
 * The item as the delegate reads it: the description in their language. (The stored snapshot
 * keeps the English one: it is compared between versions, never shown.)
 */
export function inLanguage(item: CalendarItem, draft: ItemDraft, language: Language): CalendarItem {
  const welsh = language === 'cy' ? draft.welsh : undefined;
  const named = welsh ? { ...item, summary: welsh.summary, location: welsh.location } : item;
  if (!draft.snapshot.url) return named;
  if (draft.sessionId === null) return { ...named, description: t(language, 'ics.event.description', { url: draft.snapshot.url }) };
  const eventTitle = welsh?.eventTitle ?? draft.eventTitle;
  if (eventTitle) return { ...named, description: t(language, 'ics.session.description', { event: eventTitle, url: draft.snapshot.url }) };
  return named;
}

/** An event's new title, which every one of its sessions' titles carries too. */
export interface EventRename {
  from: string;
  to: string;
}

/**
 * What the update mail says changed: what moved, from when or where to what, and what was
 * renamed, as facts the mail words in each recipient's language. A session whose title changed
 * only because the event's did (`eventRename`) says nothing of it: the event's own line does.
 * Empty only then.
 */
export function describeItemChange(before: CalendarItemSnapshot, after: ItemDraft, eventRename?: EventRename): CalendarChange[] {
  const item: ItemName = { en: after.snapshot.summary, ...(after.welsh && { cy: after.welsh.summary }) };
  if (after.cancelled) return [{ kind: 'cancelled', item }];
  const changes: CalendarChange[] = [];
  if (before.summary !== after.snapshot.summary && !renamedWithEvent(before.summary, after.snapshot.summary, eventRename)) {
    changes.push({ kind: 'renamed', from: before.summary, to: item });
  }
  if (before.start !== after.snapshot.start || before.end !== after.snapshot.end) {
    const { timeZone, start, end } = after.snapshot;
    changes.push({ kind: 'moved', item, timeZone, start, end, wasStart: before.start, wasEnd: before.end });
  }
  if (before.location !== after.snapshot.location) {
    changes.push({ kind: 'relocated', item, place: after.snapshot.location, placeCy: after.welsh?.location ?? null, was: before.location });
  }
  if (!changes.length && before.summary === after.snapshot.summary) changes.push({ kind: 'updated', item });
  return changes;
}

/** A session's summary is "Title (Event title)": true when only the event's part changed. */
function renamedWithEvent(before: string, after: string, eventRename: EventRename | undefined): boolean {
  if (!eventRename) return false;
  const [from, to] = [` (${eventRename.from})`, ` (${eventRename.to})`];
  return before.endsWith(from) && after.endsWith(to) && before.slice(0, -from.length) === after.slice(0, -to.length);
}
