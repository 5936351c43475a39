// The API's JSON, as the web app reads it. Everything lives under /api/v1 on the same origin.

export type EventVisibility = 'public' | 'members' | 'invitation';

export interface EventSummary {
  id: string;
  slug: string;
  title: string;
  kind: string;
  theme: string | null;
  startsAt: string;
  endsAt: string;
  timeZone: string;
  status: 'published';
  visibility: EventVisibility;
  hostOrganisation: { id: string; name: string } | null;
  venueName: string | null;
  placesLeft: number | null;
}

export interface EventView extends EventSummary {
  description: string | null;
  venueAddress: string | null;
  capacity: number | null;
  registrationOpen: boolean;
  restricted: boolean;
}

export type SessionKind = 'plenary' | 'panel' | 'workshop' | 'roundtable' | 'break' | 'other';
export type SpeakerRole = 'chair' | 'speaker' | 'panellist' | 'facilitator' | 'note-taker';

export interface AgendaSpeaker {
  name: string;
  role: SpeakerRole;
  organisation: string | null;
  jobTitle: string | null;
}

export interface AgendaSession {
  id: string;
  title: string;
  kind: SessionKind;
  startsAt: string;
  endsAt: string;
  room: string | null;
  description: string | null;
  capacity: number | null;
  placesLeft: number | null;
  speakers: AgendaSpeaker[];
}

export interface Agenda {
  days: Array<{ date: string; sessions: AgendaSession[] }>;
}

export type Category = 'delegate' | 'speaker' | 'officer' | 'commissioner' | 'press' | 'observer';

export interface RegistrationRequest {
  name: string;
  email: string;
  organisationName?: string;
  jobTitle?: string;
  category: Category;
  dietaryNeeds?: string;
  accessNeeds?: string;
  showOnAttendeeList: boolean;
  workshopIds?: string[];
  /** The token from an invitation mail's link, for invitation-only events. */
  invitationToken?: string;
}

export interface Registration {
  id: string;
  status: 'confirmed' | 'waitlisted' | 'pending';
  waitlistPosition: number | null;
  workshops: Array<{ sessionId: string; title: string; status: 'confirmed' | 'waitlisted'; waitlistPosition: number | null }>;
}

export type RegistrationStatus = 'confirmed' | 'waitlisted' | 'pending' | 'declined' | 'cancelled';
export type WorkshopChoiceStatus = 'requested' | 'confirmed' | 'waitlisted' | 'cancelled';

/** A registration as its private link shows it (GET /registrations/:id?token=...). */
export interface RegistrationView {
  id: string;
  eventId: string;
  name: string;
  email: string;
  organisationName: string | null;
  jobTitle: string | null;
  category: Category;
  status: RegistrationStatus;
  waitlistPosition: number | null;
  showOnAttendeeList: boolean;
  checkedInAt: string | null;
  workshops: Array<{ sessionId: string; title: string; status: WorkshopChoiceStatus; waitlistPosition: number | null }>;
  createdAt: string;
}

export interface ApologiesRequest {
  name: string;
  email: string;
  organisationName?: string;
}

export type FieldErrors = Record<string, string[]>;

/** An answer in the API's error shape, or a network failure (status 0). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly details: FieldErrors = {},
  ) {
    super(message);
  }
}

async function call<T>(method: 'GET' | 'POST' | 'DELETE', path: string, body?: unknown, signal?: AbortSignal): Promise<{ status: number; body: T }> {
  let response: Response;
  try {
    response = await fetch(`/api/v1${path}`, {
      method,
      signal,
      headers: body === undefined ? { Accept: 'application/json' } : { Accept: 'application/json', 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError(0, 'We could not reach Convene. Check your connection and try again.');
  }
  const parsed: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const shape = (parsed ?? {}) as { message?: unknown; details?: unknown };
    const message = Array.isArray(shape.message) ? shape.message.join(' ') : typeof shape.message === 'string' ? shape.message : response.statusText;
    throw new ApiError(response.status, message, readDetails(shape.details));
  }
  return { status: response.status, body: parsed as T };
}

function readDetails(details: unknown): FieldErrors {
  if (!details || typeof details !== 'object') return {};
  const errors: FieldErrors = {};
  for (const [field, messages] of Object.entries(details)) {
    const list = (Array.isArray(messages) ? messages : [messages]).filter((m): m is string => typeof m === 'string');
    if (list.length) errors[field] = list;
  }
  return errors;
}

const enc = encodeURIComponent;

export const api = {
  events: (signal?: AbortSignal) => call<{ items: EventSummary[] }>('GET', '/events', undefined, signal).then((r) => r.body.items),
  event: (idOrSlug: string, signal?: AbortSignal) => call<EventView>('GET', `/events/${enc(idOrSlug)}`, undefined, signal).then((r) => r.body),
  agenda: (eventId: string, signal?: AbortSignal) => call<Agenda>('GET', `/events/${enc(eventId)}/agenda`, undefined, signal).then((r) => r.body),
  /** `existing` is true when this address had already registered (the API answers 200, not 201). */
  register: (eventId: string, request: RegistrationRequest) =>
    call<Registration>('POST', `/events/${enc(eventId)}/registrations`, request).then((r) => ({ registration: r.body, existing: r.status === 200 })),
  /** The private link's token goes in the query, as the mail has it; it is never logged or shown. */
  registration: (id: string, token: string, signal?: AbortSignal) =>
    call<RegistrationView>('GET', `/registrations/${enc(id)}?token=${enc(token)}`, undefined, signal).then((r) => r.body),
  cancelRegistration: (id: string, token: string) =>
    call<RegistrationView>('DELETE', `/registrations/${enc(id)}?token=${enc(token)}`).then((r) => r.body),
  sendApologies: (eventId: string, request: ApologiesRequest) => call<unknown>('POST', `/events/${enc(eventId)}/apologies`, request).then(() => undefined),
};
