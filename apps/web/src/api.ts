// The API's JSON, as the web app reads it. Everything lives under /api/v1 on the same origin.
import { apiRequest, type Method } from './api-base';

export type EventVisibility = 'public' | 'members' | 'invitation';
export type EventStatus = 'draft' | 'published' | 'cancelled';
export type EventKind =
  | 'network_forum'
  | 'policy_roundtable'
  | 'conference'
  | 'plenary'
  | 'committee_meeting'
  | 'citizens_commission'
  | 'workshop'
  | 'other';

export interface EventSummary {
  id: string;
  slug: string;
  title: string;
  kind: string;
  theme: string | null;
  startsAt: string;
  endsAt: string;
  timeZone: string;
  /** Always 'published' in the public list; organisers also see their drafts and cancelled events. */
  status: EventStatus;
  visibility: EventVisibility;
  hostOrganisation: { id: string; name: string } | null;
  venueName: string | null;
  placesLeft: number | null;
  /** Welsh beside the English, where given (content: shown with its lang). */
  titleCy: string | null;
  venueNameCy: string | null;
  /** Held in both languages: show both, Welsh first. */
  bilingual: boolean;
}

export const PAST_EVENTS_PAGE = 20;

export interface PastEventList {
  items: EventSummary[];
  total: number;
  /** Every year with past events, newest first. */
  years: number[];
}

export interface EventView extends EventSummary {
  description: string | null;
  descriptionCy: string | null;
  venueAddress: string | null;
  venueAddressCy: string | null;
  capacity: number | null;
  reservedPlaces: number;
  perOrganisationLimit: number | null;
  requiresApproval: boolean;
  waitingListMode: WaitingListMode;
  offerHours: number;
  /** A public registration holds a place only once its address is confirmed from the mail. */
  confirmAddressFirst: boolean;
  confirmationHours: number;
  registrationOpen: boolean;
  /** A past meeting: its record only, nothing left to join. */
  ended: boolean;
  restricted: boolean;
}

export interface SpeakerInvitation {
  eventTitle: string;
  eventTitleCy: string | null;
  eventSlug: string;
  sessionTitle: string;
  sessionTitleCy: string | null;
  when: string;
  startsAt: string;
  endsAt: string;
  timeZone: string;
  role: SpeakerRole;
  speakerName: string;
  status: 'invited' | 'confirmed' | 'declined';
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
  /** The Welsh versions, where given. */
  titleCy?: string | null;
  descriptionCy?: string | null;
  roomCy?: string | null;
  capacity: number | null;
  placesLeft: number | null;
  liveQa?: boolean;
  liveblog?: boolean;
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
  status: 'confirmed' | 'waitlisted' | 'pending' | 'unconfirmed';
  waitlistPosition: number | null;
  workshops: Array<{ sessionId: string; title: string; status: 'confirmed' | 'waitlisted'; waitlistPosition: number | null }>;
}

/** unconfirmed: the event holds places for confirmed addresses only, and this one is not yet confirmed. */
export type RegistrationStatus = 'confirmed' | 'offered' | 'waitlisted' | 'pending' | 'declined' | 'cancelled' | 'unconfirmed';
/** promote: a freed place goes to the first in line at once; offer: it is offered to them for offerHours. */
export type WaitingListMode = 'promote' | 'offer';
export type WorkshopChoiceStatus = 'requested' | 'confirmed' | 'waitlisted' | 'cancelled';

/** A registration as its private link shows it (GET /registrations/:id?token=...). */
export interface RegistrationView {
  id: string;
  eventId: string;
  name: string;
  /** Null only for a walk-in who gave none. */
  email: string | null;
  organisationName: string | null;
  jobTitle: string | null;
  category: Category;
  status: RegistrationStatus;
  waitlistPosition: number | null;
  showOnAttendeeList: boolean;
  /** Seen by the delegate (private link) and organisers only. */
  dietaryNeeds: string | null;
  accessNeeds: string | null;
  checkedInAt: string | null;
  walkIn: boolean;
  /** While a place is offered: when the offer passes to the next in line. */
  offerExpiresAt: string | null;
  /** While the address is not yet confirmed: until when the mailed link confirms it. */
  confirmBy: string | null;
  workshops: Array<{ sessionId: string; title: string; status: WorkshopChoiceStatus; waitlistPosition: number | null }>;
  createdAt: string;
}

/** Apologies as organisers see them; `total` leaves out those who came after all. */
export interface ApologyList {
  items: Array<{ name: string; organisationName: string | null; sentAt: string; present: boolean }>;
  total: number;
}

/** What a delegate may change on the private page; a field left out stays as it is. */
export interface RegistrationChanges {
  jobTitle?: string | null;
  dietaryNeeds?: string | null;
  accessNeeds?: string | null;
  showOnAttendeeList?: boolean;
  workshopIds?: string[];
}

export interface ApologiesRequest {
  name: string;
  email: string;
  organisationName?: string;
}

export type NetworkRole = 'admin' | 'organiser';

/** The signed-in person (GET /me). */
export interface Me {
  id: string;
  name: string;
  email: string;
  roles: NetworkRole[];
  organisation: { id: string; name: string } | null;
  isMember: boolean;
  /** The language the person chose; null until they choose. */
  language: 'cy' | 'en' | null;
}

/** What an organiser sets on an event (POST /events; PATCH takes any part of it). Times are ISO instants. */
export interface EventFields {
  title: string;
  kind: EventKind;
  theme: string | null;
  description: string | null;
  venueName: string | null;
  venueAddress: string | null;
  visibility: EventVisibility;
  capacity: number | null;
  reservedPlaces: number;
  perOrganisationLimit: number | null;
  requiresApproval: boolean;
  waitingListMode: WaitingListMode;
  offerHours: number;
  confirmAddressFirst: boolean;
  confirmationHours: number;
  startsAt: string;
  endsAt: string;
  /** The Welsh beside the English, where given; bilingual: pages and mails show both, Welsh first. */
  titleCy: string | null;
  descriptionCy: string | null;
  venueNameCy: string | null;
  venueAddressCy: string | null;
  bilingual: boolean;
}

export interface SessionFields {
  title: string;
  kind: SessionKind;
  startsAt: string;
  endsAt: string;
  room: string | null;
  capacity: number | null;
  liveQa: boolean;
  liveblog: boolean;
  /** The Welsh beside the English, where given. */
  titleCy?: string | null;
  descriptionCy?: string | null;
  roomCy?: string | null;
}

export interface RegistrationList {
  items: RegistrationView[];
  total: number;
  limit: number;
  offset: number;
  counts: Partial<Record<RegistrationStatus, number>>;
}

export interface CheckInResult {
  alreadyCheckedIn: boolean;
  registration: RegistrationView;
}

export interface WalkInRequest {
  name: string;
  email?: string;
  organisationName?: string;
  category: Category;
  overCapacity: boolean;
}

export interface GroupCount {
  confirmed: number;
  waiting: number;
  checkedIn: number;
}

export interface RegistrationSummary {
  byStatus: Record<RegistrationStatus, number> & { checkedIn: number; apologies: number };
  byCategory: Array<GroupCount & { category: Category }>;
  byOrganisation: Array<GroupCount & { organisation: string | null }>;
  dietaryNeeds: Array<{ need: string; count: number }>;
  accessNeeds: Array<{ need: string; count: number }>;
}

export interface RegistrantsMessage {
  messageId: string;
  subject: string;
  body: string;
  statuses: RegistrationStatus[];
}

/** A remote follow of a session, as its private page shows it. */
export interface FollowStatus {
  sessionId: string;
  sessionTitle: string;
  eventTitle: string;
  eventSlug: string;
  startsAt: string;
  endsAt: string;
  timeZone: string;
  confirmed: boolean;
  /** When the mail goes; null once the session has started or left the programme. */
  remindAt: string | null;
  liveblogUrl: string | null;
  qaUrl: string | null;
}

export { ApiError, type FieldErrors } from './api-base';

/** A member council or organisation: whose people may ask for access. */
export interface MemberOrganisation {
  id: string;
  name: string;
  region: string | null;
}

export interface AccessRequestInput {
  email: string;
  name: string;
  jobTitle?: string;
  organisationId: string;
  reason?: string;
  eventPath?: string;
}

export interface AccessRequestView {
  id: string;
  email: string;
  name: string;
  jobTitle: string | null;
  organisationId: string;
  organisationName: string;
  reason: string | null;
  eventPath: string | null;
  status: 'pending' | 'approved' | 'declined';
  decidedAt: string | null;
  createdAt: string;
}

const call = <T>(method: Method, path: string, body?: unknown, signal?: AbortSignal) => apiRequest<T>(method, path, { body, signal });

const enc = encodeURIComponent;

export const api = {
  memberOrganisations: (signal?: AbortSignal) => call<MemberOrganisation[]>('GET', '/organisations/members', undefined, signal).then((r) => r.body),
  /** The same answer whether or not the address has an account. */
  askForAccess: (request: AccessRequestInput) => call<{ message: string }>('POST', '/access-requests', request).then((r) => r.body),
  accessRequests: (signal?: AbortSignal) => call<AccessRequestView[]>('GET', '/access-requests', undefined, signal).then((r) => r.body),
  approveAccess: (id: string) => call<AccessRequestView>('POST', `/access-requests/${enc(id)}/approve`, {}).then((r) => r.body),
  declineAccess: (id: string, note: string) => call<AccessRequestView>('POST', `/access-requests/${enc(id)}/decline`, { note: note || undefined }).then((r) => r.body),
  events: (signal?: AbortSignal) => call<{ items: EventSummary[] }>('GET', '/events', undefined, signal).then((r) => r.body.items),
  /** Events that have ended, newest first, a page at a time; `year`: only those that started in it. */
  pastEvents: (year: number | null, offset: number, signal?: AbortSignal) =>
    call<PastEventList>('GET', `/events?when=past&limit=${PAST_EVENTS_PAGE}&offset=${offset}${year ? `&year=${year}` : ''}`, undefined, signal).then((r) => r.body),
  /** The events the signed-in person organises, drafts and past ones included. */
  myEvents: (signal?: AbortSignal) => call<{ items: EventSummary[] }>('GET', '/events/mine', undefined, signal).then((r) => r.body.items),
  event: (idOrSlug: string, signal?: AbortSignal) => call<EventView>('GET', `/events/${enc(idOrSlug)}`, undefined, signal).then((r) => r.body),
  agenda: (eventId: string, signal?: AbortSignal) => call<Agenda>('GET', `/events/${enc(eventId)}/agenda`, undefined, signal).then((r) => r.body),
  /** `existing` is true when this address had already registered (the API answers 200, not 201). */
  register: (eventId: string, request: RegistrationRequest) =>
    call<Registration>('POST', `/events/${enc(eventId)}/registrations`, request).then((r) => ({ registration: r.body, existing: r.status === 200 })),
  /** The private link's token goes in the query, as the mail has it; it is never logged or shown. */
  registration: (id: string, token: string, signal?: AbortSignal) =>
    call<RegistrationView>('GET', `/registrations/${enc(id)}?token=${enc(token)}`, undefined, signal).then((r) => r.body),
  apologiesOf: (eventId: string, signal?: AbortSignal) => call<ApologyList>('GET', `/events/${enc(eventId)}/apologies`, undefined, signal).then((r) => r.body),
  changeRegistration: (id: string, token: string, changes: RegistrationChanges) =>
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
    call<{ url: string }>('POST', `/registrations/${enc(id)}/calendar-feed?token=${enc(token)}`, { replace }).then((r) => r.body.url),
  stopCalendarFeed: (id: string, token: string) => call<unknown>('DELETE', `/registrations/${enc(id)}/calendar-feed?token=${enc(token)}`).then(() => undefined),
  speakerInvitation: (token: string, signal?: AbortSignal) =>
    call<SpeakerInvitation>('GET', `/speaker-invitations/${enc(token)}`, undefined, signal).then((r) => r.body),
  answerSpeakerInvitation: (token: string, accept: boolean) =>
    call<SpeakerInvitation>('POST', `/speaker-invitations/${enc(token)}/${accept ? 'accept' : 'decline'}`).then((r) => r.body),
  sendApologies: (eventId: string, request: ApologiesRequest) => call<unknown>('POST', `/events/${enc(eventId)}/apologies`, request).then(() => undefined),

  // Signing in with a mailed code; the API sets and clears the session cookie.
  /** `next`: where the mailed link leads back to once signed in. */
  requestSignIn: (email: string, next?: string) => call<unknown>('POST', '/auth/email', { email, next }).then(() => undefined),
  verifySignIn: (email: string, code: string) => call<{ person: Me }>('POST', '/auth/verify', { email, code }).then((r) => r.body.person),

  // Organising: the event's organisers (and admins) only.
  createEvent: (fields: EventFields) => call<EventView>('POST', '/events', fields).then((r) => r.body),
  updateEvent: (id: string, fields: Partial<EventFields>) => call<EventView>('PATCH', `/events/${enc(id)}`, fields).then((r) => r.body),
  publishEvent: (id: string) => call<EventView>('POST', `/events/${enc(id)}/publish`).then((r) => r.body),
  cancelEvent: (id: string) => call<EventView>('POST', `/events/${enc(id)}/cancel`).then((r) => r.body),
  addSession: (eventId: string, fields: SessionFields) => call<AgendaSession>('POST', `/events/${enc(eventId)}/sessions`, fields).then((r) => r.body),
  deleteSession: (id: string) => call<unknown>('DELETE', `/sessions/${enc(id)}`).then(() => undefined),
  registrations: (eventId: string, q: string, offset: number, signal?: AbortSignal) =>
    call<RegistrationList>('GET', `/events/${enc(eventId)}/registrations?limit=${REGISTRATIONS_PAGE}&offset=${offset}${q ? `&q=${enc(q)}` : ''}`, undefined, signal).then(
      (r) => r.body,
    ),
  checkInByCode: (eventId: string, code: string) => call<CheckInResult>('POST', `/events/${enc(eventId)}/check-in`, { code }).then((r) => r.body),
  addWalkIn: (eventId: string, walkIn: WalkInRequest) => call<RegistrationView>('POST', `/events/${enc(eventId)}/walk-ins`, walkIn).then((r) => r.body),
  registrationSummary: (eventId: string, signal?: AbortSignal) =>
    call<RegistrationSummary>('GET', `/events/${enc(eventId)}/registrations/summary`, undefined, signal).then((r) => r.body),
  messageRegistrants: (eventId: string, message: RegistrantsMessage) =>
    call<{ recipients: number; queued: number }>('POST', `/events/${enc(eventId)}/registrations/messages`, message).then((r) => r.body),
  checkIn: (id: string) => call<RegistrationView>('POST', `/registrations/${enc(id)}/check-in`).then((r) => r.body),
  approve: (id: string) => call<RegistrationView>('POST', `/registrations/${enc(id)}/approve`).then((r) => r.body),
  decline: (id: string) => call<RegistrationView>('POST', `/registrations/${enc(id)}/decline`).then((r) => r.body),
  // Following a session remotely: a mail with its live links when it starts.
  /** Signed in: follows at once ('following'). Otherwise the address gets a link to confirm ('confirmation-sent'). */
  followSession: (sessionId: string, email?: string) =>
    call<{ following: boolean; status: 'following' | 'confirmation-sent' }>('POST', `/sessions/${enc(sessionId)}/follow`, email ? { email } : {}).then((r) => r.body),
  /** Whether the session can be followed now (and why not), and whether I do. */
  followOffer: (sessionId: string, signal?: AbortSignal) =>
    call<{ following: boolean; followable: boolean; reason: string | null; startsAt: string | null }>('GET', `/sessions/${enc(sessionId)}/follow`, undefined, signal).then(
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
