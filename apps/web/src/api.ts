// The API's JSON, as the web app reads it. Everything lives under /api/v1 on the same origin.
import { apiCall, apiRequest } from './api-base';
import type {
  AccessRequestView,
  AgendaSpeakerView,
  AskForAccessDto,
  CreateApologyDto,
  CreateEventDto,
  CreateRegistrationDto,
  CreateSessionDto,
  EventSummaryView,
  EventView,
  FollowStatusView,
  PersonView,
  PublicAgendaSessionView,
  PublicAgendaView,
  RegistrantsMessageDto,
  RegistrationSummaryView,
  RegistrationView,
  MyRegistrationView,
  SpeakerInvitationView,
  UpdateEventDto,
  UpdateRegistrationDto,
  WalkInDto,
} from './generated/api';

// The views and bodies are the API document's (apps/web/src/generated/api: npm run api:types);
// these are the names the pages know them by.
export type { EventView, RegistrationView, AccessRequestView, MyRegistrationView };
export type EventSummary = EventSummaryView;
export type EventVisibility = EventView['visibility'];
export type EventKind = EventView['kind'];
export type WaitingListMode = EventView['waitingListMode'];
export type SpeakerInvitation = SpeakerInvitationView;
export type AgendaSpeaker = AgendaSpeakerView;
export type SpeakerRole = AgendaSpeaker['role'];
export type AgendaSession = PublicAgendaSessionView;
export type SessionKind = AgendaSession['kind'];
export type Agenda = PublicAgendaView;
export type Category = RegistrationView['category'];
export type RegistrationRequest = CreateRegistrationDto;
/** unconfirmed: the event holds places for confirmed addresses only, and this one is not yet confirmed. */
export type RegistrationStatus = RegistrationView['status'];
/** Whom organisers may mail: those holding or waiting for a place. */
export type MailableStatus = RegistrantsMessageDto['statuses'][number];
export type ApologiesRequest = CreateApologyDto;
export type NetworkRole = PersonView['roles'][number];
/** The signed-in person (GET /me). */
export type Me = PersonView;
/** What an organiser sets on an event (POST /events; PATCH takes any part of it). Times are ISO instants. */
export type EventFields = CreateEventDto;
export type SessionFields = CreateSessionDto;
export type WalkInRequest = WalkInDto;
export type GroupCount = Pick<RegistrationSummaryView['byCategory'][number], 'confirmed' | 'waiting' | 'checkedIn'>;
export type FollowStatus = FollowStatusView;

export const PAST_EVENTS_PAGE = 20;

export { ApiError, type FieldErrors } from './api-base';

const enc = encodeURIComponent;
/** The private link's token as the query, as the mail has it; none when the holder, signed in, opens their own (an empty token). */
const linkQuery = (token: string): '' | `?${string}` => (token ? `?token=${enc(token)}` : '');

export const api = {
  memberOrganisations: (signal?: AbortSignal) => apiCall<'GET /organisations/members'>('GET', '/organisations/members', { signal }),
  /** The same answer whether or not the address has an account. */
  askForAccess: (request: AskForAccessDto) => apiCall<'POST /access-requests'>('POST', '/access-requests', { body: request }),
  accessRequests: (signal?: AbortSignal) => apiCall<'GET /access-requests'>('GET', '/access-requests', { signal }),
  approveAccess: (id: string) => apiCall<'POST /access-requests/{id}/approve'>('POST', `/access-requests/${enc(id)}/approve`),
  declineAccess: (id: string, note: string) => apiCall<'POST /access-requests/{id}/decline'>('POST', `/access-requests/${enc(id)}/decline`, { body: { note: note || undefined } }),
  events: (signal?: AbortSignal) => apiCall<'GET /events'>('GET', '/events', { signal }).then((r) => r.items),
  /** Events that have ended, newest first, a page at a time; `year`: only those that started in it. */
  pastEvents: (year: number | null, offset: number, signal?: AbortSignal) =>
    apiCall<'GET /events?when=past'>('GET', `/events?when=past&limit=${PAST_EVENTS_PAGE}&offset=${offset}${year ? `&year=${year}` : ''}`, { signal }),
  /** The events the signed-in person organises, drafts and past ones included. */
  myEvents: (signal?: AbortSignal) => apiCall<'GET /events/mine'>('GET', '/events/mine', { signal }).then((r) => r.items),
  event: (idOrSlug: string, signal?: AbortSignal) => apiCall<'GET /events/{idOrSlug}'>('GET', `/events/${enc(idOrSlug)}`, { signal }),
  agenda: (eventId: string, signal?: AbortSignal) => apiCall<'GET /events/{idOrSlug}/agenda'>('GET', `/events/${enc(eventId)}/agenda`, { signal }),
  /** `existing` is true when this address had already registered (the API answers 200, not 201). */
  register: (eventId: string, request: RegistrationRequest) =>
    apiRequest<'POST /events/{id}/registrations'>('POST', `/events/${enc(eventId)}/registrations`, { body: request }).then((r) => ({ registration: r.body, existing: r.status === 200 })),
  /** The private link's token goes in the query, as the mail has it; it is never logged or shown. */
  /** The signed-in person's registrations, upcoming then past. */
  myRegistrations: (signal?: AbortSignal) => apiCall<'GET /me/registrations'>('GET', '/me/registrations', { signal }),
  registration: (id: string, token: string, signal?: AbortSignal) =>
    apiCall<'GET /registrations/{id}'>('GET', `/registrations/${enc(id)}${linkQuery(token)}`, { signal }),
  apologiesOf: (eventId: string, signal?: AbortSignal) => apiCall<'GET /events/{id}/apologies'>('GET', `/events/${enc(eventId)}/apologies`, { signal }),
  changeRegistration: (id: string, token: string, changes: UpdateRegistrationDto) =>
    apiCall<'PATCH /registrations/{id}'>('PATCH', `/registrations/${enc(id)}${linkQuery(token)}`, { body: changes }),
  apologiesInstead: (id: string, token: string) => apiCall<'POST /registrations/{id}/apologies'>('POST', `/registrations/${enc(id)}/apologies${linkQuery(token)}`),
  cancelRegistration: (id: string, token: string) =>
    apiCall<'DELETE /registrations/{id}'>('DELETE', `/registrations/${enc(id)}${linkQuery(token)}`),
  confirmAddress: (id: string, token: string) =>
    apiCall<'POST /registrations/{id}/confirm-address'>('POST', `/registrations/${enc(id)}/confirm-address${linkQuery(token)}`),
  answerOffer: (id: string, token: string, accept: boolean) =>
    apiCall<`POST /registrations/{id}/offer/${'accept' | 'decline'}`>('POST', `/registrations/${enc(id)}/offer/${accept ? 'accept' : 'decline'}${linkQuery(token)}`),
  /** A new private calendar feed address; with `replace` the older ones stop working. */
  calendarFeed: (id: string, token: string, replace: boolean) =>
    apiCall<'POST /registrations/{id}/calendar-feed'>('POST', `/registrations/${enc(id)}/calendar-feed${linkQuery(token)}`, { body: { replace } }).then((r) => r.url),
  stopCalendarFeed: (id: string, token: string) => apiCall<'DELETE /registrations/{id}/calendar-feed'>('DELETE', `/registrations/${enc(id)}/calendar-feed${linkQuery(token)}`).then(() => undefined),
  speakerInvitation: (token: string, signal?: AbortSignal) =>
    apiCall<'GET /speaker-invitations/{token}'>('GET', `/speaker-invitations/${enc(token)}`, { signal }),
  answerSpeakerInvitation: (token: string, accept: boolean) =>
    apiCall<`POST /speaker-invitations/{token}/${'accept' | 'decline'}`>('POST', `/speaker-invitations/${enc(token)}/${accept ? 'accept' : 'decline'}`),
  sendApologies: (eventId: string, request: ApologiesRequest) => apiCall<'POST /events/{id}/apologies'>('POST', `/events/${enc(eventId)}/apologies`, { body: request }).then(() => undefined),

  // Signing in with a mailed code; the API sets and clears the session cookie.
  /** `next`: where the mailed link leads back to once signed in. */
  requestSignIn: (email: string, next?: string) => apiCall<'POST /auth/email'>('POST', '/auth/email', { body: { email, next } }).then(() => undefined),
  verifySignIn: (email: string, code: string) => apiCall<'POST /auth/verify'>('POST', '/auth/verify', { body: { email, code } }).then((r) => r.person),

  // Organising: the event's organisers (and admins) only.
  createEvent: (fields: EventFields) => apiCall<'POST /events'>('POST', '/events', { body: fields }),
  updateEvent: (id: string, fields: UpdateEventDto) => apiCall<'PATCH /events/{id}'>('PATCH', `/events/${enc(id)}`, { body: fields }),
  publishEvent: (id: string) => apiCall<'POST /events/{id}/publish'>('POST', `/events/${enc(id)}/publish`),
  cancelEvent: (id: string) => apiCall<'POST /events/{id}/cancel'>('POST', `/events/${enc(id)}/cancel`),
  addSession: (eventId: string, fields: SessionFields) => apiCall<'POST /events/{id}/sessions'>('POST', `/events/${enc(eventId)}/sessions`, { body: fields }),
  deleteSession: (id: string) => apiCall<'DELETE /sessions/{id}'>('DELETE', `/sessions/${enc(id)}`).then(() => undefined),
  registrations: (eventId: string, q: string, offset: number, signal?: AbortSignal) =>
    apiCall<'GET /events/{id}/registrations'>('GET', `/events/${enc(eventId)}/registrations?limit=${REGISTRATIONS_PAGE}&offset=${offset}${q ? `&q=${enc(q)}` : ''}`, { signal }),
  checkInByCode: (eventId: string, code: string) => apiCall<'POST /events/{id}/check-in'>('POST', `/events/${enc(eventId)}/check-in`, { body: { code } }),
  addWalkIn: (eventId: string, walkIn: WalkInRequest) => apiCall<'POST /events/{id}/walk-ins'>('POST', `/events/${enc(eventId)}/walk-ins`, { body: walkIn }),
  /** Whether mail is getting out (the event's organisers): their pages say so when it is not. */
  mailStatus: (eventId: string, signal?: AbortSignal) => apiCall<'GET /events/{id}/mail-status'>('GET', `/events/${enc(eventId)}/mail-status`, { signal }),
  registrationSummary: (eventId: string, signal?: AbortSignal) =>
    apiCall<'GET /events/{id}/registrations/summary'>('GET', `/events/${enc(eventId)}/registrations/summary`, { signal }),
  messageRegistrants: (eventId: string, message: RegistrantsMessageDto) =>
    apiCall<'POST /events/{id}/registrations/messages'>('POST', `/events/${enc(eventId)}/registrations/messages`, { body: message }),
  checkIn: (id: string) => apiCall<'POST /registrations/{id}/check-in'>('POST', `/registrations/${enc(id)}/check-in`),
  approve: (id: string) => apiCall<'POST /registrations/{id}/approve'>('POST', `/registrations/${enc(id)}/approve`),
  decline: (id: string) => apiCall<'POST /registrations/{id}/decline'>('POST', `/registrations/${enc(id)}/decline`),
  // Following a session remotely: a mail with its live links when it starts.
  /** Signed in: follows at once ('following'). Otherwise the address gets a link to confirm ('confirmation-sent'). */
  followSession: (sessionId: string, email?: string) =>
    apiCall<'POST /sessions/{id}/follow'>('POST', `/sessions/${enc(sessionId)}/follow`, { body: email ? { email } : {} }),
  /** Whether the session can be followed now (and why not), and whether I do. */
  followOffer: (sessionId: string, signal?: AbortSignal) =>
    apiCall<'GET /sessions/{id}/follow'>('GET', `/sessions/${enc(sessionId)}/follow`, { signal }),
  unfollowSession: (sessionId: string) => apiCall<'DELETE /sessions/{id}/follow'>('DELETE', `/sessions/${enc(sessionId)}/follow`).then(() => undefined),
  follow: (token: string, signal?: AbortSignal) => apiCall<'GET /follows/{token}'>('GET', `/follows/${enc(token)}`, { signal }),
  confirmFollow: (token: string) => apiCall<'POST /follows/{token}/confirm'>('POST', `/follows/${enc(token)}/confirm`),
  stopFollow: (token: string) => apiCall<'DELETE /follows/{token}'>('DELETE', `/follows/${enc(token)}`).then(() => undefined),

  invite: (eventId: string, email: string, name?: string) => apiCall<'POST /events/{id}/invitations'>('POST', `/events/${enc(eventId)}/invitations`, { body: { email, name } }).then(() => undefined),
};

/** Registrations per page of the organisers' table (the API's largest page). */
export const REGISTRATIONS_PAGE = 100;

/** A published public event's agenda as a calendar feed (the event and every session). */
export const publicAgendaFeedUrl = (idOrSlug: string) => `/api/v1/events/${enc(idOrSlug)}/calendar.ics`;

/** Where organisers download every registration (with needs) as a spreadsheet. */
export const registrationsCsvUrl = (eventId: string) => `/api/v1/events/${enc(eventId)}/registrations.csv`;
