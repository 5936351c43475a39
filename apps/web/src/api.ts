// The API's JSON, as the web app reads it. Everything lives under /api/v1 on the same origin.
import { apiRequest, type Method } from './api-base';
import type {
  AccessAskedView,
  AccessRequestView,
  AgendaSpeakerView,
  ApologyListView,
  AskForAccessDto,
  CalendarControllerCreateFeedResponse,
  CheckInResultView,
  CreateApologyDto,
  CreateEventDto,
  CreateRegistrationDto,
  CreateSessionDto,
  EventListView,
  EventSummaryView,
  EventView,
  FollowingView,
  FollowOfferView,
  FollowStatusView,
  MemberOrganisationView,
  PastEventListView,
  PersonView,
  PublicAgendaSessionView,
  PublicAgendaView,
  RegistrantsMessageDto,
  RegistrantsMessageResultView,
  RegistrationListView,
  RegistrationSummaryView,
  RegistrationView,
  SessionView,
  SignedInView,
  SpeakerInvitationView,
  UpdateEventDto,
  UpdateRegistrationDto,
  WalkInDto,
} from './generated/api';

// The views and bodies are the API document's (apps/web/src/generated/api: npm run api:types);
// these are the names the pages know them by.
export type { EventView, RegistrationView, AccessRequestView };
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

const call = <T>(method: Method, path: string, body?: unknown, signal?: AbortSignal) => apiRequest<T>(method, path, { body, signal });

const enc = encodeURIComponent;

export const api = {
  memberOrganisations: (signal?: AbortSignal) => call<MemberOrganisationView[]>('GET', '/organisations/members', undefined, signal).then((r) => r.body),
  /** The same answer whether or not the address has an account. */
  askForAccess: (request: AskForAccessDto) => call<AccessAskedView>('POST', '/access-requests', request).then((r) => r.body),
  accessRequests: (signal?: AbortSignal) => call<AccessRequestView[]>('GET', '/access-requests', undefined, signal).then((r) => r.body),
  approveAccess: (id: string) => call<AccessRequestView>('POST', `/access-requests/${enc(id)}/approve`, {}).then((r) => r.body),
  declineAccess: (id: string, note: string) => call<AccessRequestView>('POST', `/access-requests/${enc(id)}/decline`, { note: note || undefined }).then((r) => r.body),
  events: (signal?: AbortSignal) => call<EventListView>('GET', '/events', undefined, signal).then((r) => r.body.items),
  /** Events that have ended, newest first, a page at a time; `year`: only those that started in it. */
  pastEvents: (year: number | null, offset: number, signal?: AbortSignal) =>
    call<PastEventListView>('GET', `/events?when=past&limit=${PAST_EVENTS_PAGE}&offset=${offset}${year ? `&year=${year}` : ''}`, undefined, signal).then((r) => r.body),
  /** The events the signed-in person organises, drafts and past ones included. */
  myEvents: (signal?: AbortSignal) => call<EventListView>('GET', '/events/mine', undefined, signal).then((r) => r.body.items),
  event: (idOrSlug: string, signal?: AbortSignal) => call<EventView>('GET', `/events/${enc(idOrSlug)}`, undefined, signal).then((r) => r.body),
  agenda: (eventId: string, signal?: AbortSignal) => call<Agenda>('GET', `/events/${enc(eventId)}/agenda`, undefined, signal).then((r) => r.body),
  /** `existing` is true when this address had already registered (the API answers 200, not 201). */
  register: (eventId: string, request: RegistrationRequest) =>
    call<RegistrationView>('POST', `/events/${enc(eventId)}/registrations`, request).then((r) => ({ registration: r.body, existing: r.status === 200 })),
  /** The private link's token goes in the query, as the mail has it; it is never logged or shown. */
  registration: (id: string, token: string, signal?: AbortSignal) =>
    call<RegistrationView>('GET', `/registrations/${enc(id)}?token=${enc(token)}`, undefined, signal).then((r) => r.body),
  apologiesOf: (eventId: string, signal?: AbortSignal) => call<ApologyListView>('GET', `/events/${enc(eventId)}/apologies`, undefined, signal).then((r) => r.body),
  changeRegistration: (id: string, token: string, changes: UpdateRegistrationDto) =>
    call<RegistrationView>('PATCH', `/registrations/${enc(id)}?token=${enc(token)}`, changes).then((r) => r.body),
  apologiesInstead: (id: string, token: string) => call<RegistrationView>('POST', `/registrations/${enc(id)}/apologies?token=${enc(token)}`).then((r) => r.body),
  cancelRegistration: (id: string, token: string) =>
    call<RegistrationView>('DELETE', `/registrations/${enc(id)}?token=${enc(token)}`).then((r) => r.body),
  confirmAddress: (id: string, token: string) =>
    call<RegistrationView>('POST', `/registrations/${enc(id)}/confirm-address?token=${enc(token)}`).then((r) => r.body),
  answerOffer: (id: string, token: string, accept: boolean) =>
    call<RegistrationView>('POST', `/registrations/${enc(id)}/offer/${accept ? 'accept' : 'decline'}?token=${enc(token)}`).then((r) => r.body),
  /** A new private calendar feed address; with `replace` the older ones stop working. */
  calendarFeed: (id: string, token: string, replace: boolean) =>
    call<CalendarControllerCreateFeedResponse>('POST', `/registrations/${enc(id)}/calendar-feed?token=${enc(token)}`, { replace }).then((r) => r.body.url),
  stopCalendarFeed: (id: string, token: string) => call<unknown>('DELETE', `/registrations/${enc(id)}/calendar-feed?token=${enc(token)}`).then(() => undefined),
  speakerInvitation: (token: string, signal?: AbortSignal) =>
    call<SpeakerInvitation>('GET', `/speaker-invitations/${enc(token)}`, undefined, signal).then((r) => r.body),
  answerSpeakerInvitation: (token: string, accept: boolean) =>
    call<SpeakerInvitation>('POST', `/speaker-invitations/${enc(token)}/${accept ? 'accept' : 'decline'}`).then((r) => r.body),
  sendApologies: (eventId: string, request: ApologiesRequest) => call<unknown>('POST', `/events/${enc(eventId)}/apologies`, request).then(() => undefined),

  // Signing in with a mailed code; the API sets and clears the session cookie.
  /** `next`: where the mailed link leads back to once signed in. */
  requestSignIn: (email: string, next?: string) => call<unknown>('POST', '/auth/email', { email, next }).then(() => undefined),
  verifySignIn: (email: string, code: string) => call<SignedInView>('POST', '/auth/verify', { email, code }).then((r) => r.body.person),

  // Organising: the event's organisers (and admins) only.
  createEvent: (fields: EventFields) => call<EventView>('POST', '/events', fields).then((r) => r.body),
  updateEvent: (id: string, fields: UpdateEventDto) => call<EventView>('PATCH', `/events/${enc(id)}`, fields).then((r) => r.body),
  publishEvent: (id: string) => call<EventView>('POST', `/events/${enc(id)}/publish`).then((r) => r.body),
  cancelEvent: (id: string) => call<EventView>('POST', `/events/${enc(id)}/cancel`).then((r) => r.body),
  addSession: (eventId: string, fields: SessionFields) => call<SessionView>('POST', `/events/${enc(eventId)}/sessions`, fields).then((r) => r.body),
  deleteSession: (id: string) => call<unknown>('DELETE', `/sessions/${enc(id)}`).then(() => undefined),
  registrations: (eventId: string, q: string, offset: number, signal?: AbortSignal) =>
    call<RegistrationListView>('GET', `/events/${enc(eventId)}/registrations?limit=${REGISTRATIONS_PAGE}&offset=${offset}${q ? `&q=${enc(q)}` : ''}`, undefined, signal).then(
      (r) => r.body,
    ),
  checkInByCode: (eventId: string, code: string) => call<CheckInResultView>('POST', `/events/${enc(eventId)}/check-in`, { code }).then((r) => r.body),
  addWalkIn: (eventId: string, walkIn: WalkInRequest) => call<RegistrationView>('POST', `/events/${enc(eventId)}/walk-ins`, walkIn).then((r) => r.body),
  registrationSummary: (eventId: string, signal?: AbortSignal) =>
    call<RegistrationSummaryView>('GET', `/events/${enc(eventId)}/registrations/summary`, undefined, signal).then((r) => r.body),
  messageRegistrants: (eventId: string, message: RegistrantsMessageDto) =>
    call<RegistrantsMessageResultView>('POST', `/events/${enc(eventId)}/registrations/messages`, message).then((r) => r.body),
  checkIn: (id: string) => call<RegistrationView>('POST', `/registrations/${enc(id)}/check-in`).then((r) => r.body),
  approve: (id: string) => call<RegistrationView>('POST', `/registrations/${enc(id)}/approve`).then((r) => r.body),
  decline: (id: string) => call<RegistrationView>('POST', `/registrations/${enc(id)}/decline`).then((r) => r.body),
  // Following a session remotely: a mail with its live links when it starts.
  /** Signed in: follows at once ('following'). Otherwise the address gets a link to confirm ('confirmation-sent'). */
  followSession: (sessionId: string, email?: string) =>
    call<FollowingView>('POST', `/sessions/${enc(sessionId)}/follow`, email ? { email } : {}).then((r) => r.body),
  /** Whether the session can be followed now (and why not), and whether I do. */
  followOffer: (sessionId: string, signal?: AbortSignal) =>
    call<FollowOfferView>('GET', `/sessions/${enc(sessionId)}/follow`, undefined, signal).then(
      (r) => r.body,
    ),
  unfollowSession: (sessionId: string) => call<unknown>('DELETE', `/sessions/${enc(sessionId)}/follow`).then(() => undefined),
  follow: (token: string, signal?: AbortSignal) => call<FollowStatus>('GET', `/follows/${enc(token)}`, undefined, signal).then((r) => r.body),
  confirmFollow: (token: string) => call<FollowStatus>('POST', `/follows/${enc(token)}/confirm`).then((r) => r.body),
  stopFollow: (token: string) => call<unknown>('DELETE', `/follows/${enc(token)}`).then(() => undefined),

  invite: (eventId: string, email: string, name?: string) => call<unknown>('POST', `/events/${enc(eventId)}/invitations`, { email, name }).then(() => undefined),
};

/** Registrations per page of the organisers' table (the API's largest page). */
export const REGISTRATIONS_PAGE = 100;

/** A published public event's agenda as a calendar feed (the event and every session). */
export const publicAgendaFeedUrl = (idOrSlug: string) => `/api/v1/events/${enc(idOrSlug)}/calendar.ics`;

/** Where organisers download every registration (with needs) as a spreadsheet. */
export const registrationsCsvUrl = (eventId: string) => `/api/v1/events/${enc(eventId)}/registrations.csv`;
