// The events made in this browser tab, kept in sessionStorage: the API lists only published
// upcoming events, and has no "my drafts" list yet. It also remembers the settings the API's
// event view does not show back (reserved places, per-organisation limit, approval), so the edit
// form can start from them.
import type { EventFields, EventView } from '../api';

export interface EventSettings {
  reservedPlaces: number;
  perOrganisationLimit: number | null;
  requiresApproval: boolean;
}

export interface CreatedEvent {
  id: string;
  slug: string;
  title: string;
  status: EventView['status'];
  startsAt: string;
  endsAt: string;
  timeZone: string;
  settings: EventSettings | null;
}

const PREFIX = 'convene:created-events:';

function read(personId: string): CreatedEvent[] {
  try {
    const parsed: unknown = JSON.parse(window.sessionStorage.getItem(PREFIX + personId) ?? '[]');
    return Array.isArray(parsed) ? (parsed as CreatedEvent[]) : [];
  } catch {
    return [];
  }
}

function write(personId: string, events: CreatedEvent[]): void {
  try {
    window.sessionStorage.setItem(PREFIX + personId, JSON.stringify(events));
  } catch {
    // Storage full or switched off: the list is a convenience only.
  }
}

export function createdEvents(personId: string): CreatedEvent[] {
  return read(personId);
}

export function settingsOf(personId: string, eventId: string): EventSettings | null {
  return read(personId).find((event) => event.id === eventId)?.settings ?? null;
}

/** Adds or updates an event made (or changed) here; `fields` are what was sent, for the settings. */
export function rememberEvent(personId: string, view: EventView, fields?: Partial<EventFields>): void {
  const events = read(personId);
  const existing = events.find((event) => event.id === view.id);
  const known = existing?.settings ?? null;
  const settings: EventSettings | null =
    fields && (known || (fields.reservedPlaces !== undefined && fields.perOrganisationLimit !== undefined && fields.requiresApproval !== undefined))
      ? {
          reservedPlaces: fields.reservedPlaces ?? known!.reservedPlaces,
          perOrganisationLimit: fields.perOrganisationLimit !== undefined ? fields.perOrganisationLimit : known!.perOrganisationLimit,
          requiresApproval: fields.requiresApproval ?? known!.requiresApproval,
        }
      : known;
  const entry: CreatedEvent = {
    id: view.id,
    slug: view.slug,
    title: view.title,
    status: view.status,
    startsAt: view.startsAt,
    endsAt: view.endsAt,
    timeZone: view.timeZone,
    settings,
  };
  write(personId, existing ? events.map((event) => (event.id === view.id ? entry : event)) : [entry, ...events]);
}

/** Only updates an entry that is already listed (publishing, cancelling). */
export function updateRemembered(personId: string, view: EventView): void {
  if (read(personId).some((event) => event.id === view.id)) rememberEvent(personId, view);
}

export function forgetAllCreatedEvents(): void {
  try {
    for (let i = window.sessionStorage.length - 1; i >= 0; i--) {
      const key = window.sessionStorage.key(i);
      if (key?.startsWith(PREFIX)) window.sessionStorage.removeItem(key);
    }
  } catch {
    // Nothing to forget.
  }
}
