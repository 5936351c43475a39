// The organisers' programme routes: unpublished agenda changes, editing sessions, the people
// search and speaker invitations.
import type { SpeakerRole } from '../api';
import { apiCall } from '../api-base';
import type {
  AddSpeakerDto,
  DirectoryPersonView,
  NewPersonDto,
  SessionSpeakerView,
  UnpublishedAgendaView,
  UpdateSessionDto,
} from '../generated/api';

// The views and bodies are the API document's (apps/web/src/generated/api: npm run api:types).
export type UnpublishedAgenda = UnpublishedAgendaView;
export type DirectoryPerson = DirectoryPersonView;
export type NewPerson = NewPersonDto;
export type SessionSpeaker = SessionSpeakerView;
export type SpeakerStatus = SessionSpeaker['status'];
export type SessionChange = UpdateSessionDto;

const enc = encodeURIComponent;

export const organiseApi = {
  unpublishedAgenda: (eventId: string, signal?: AbortSignal) => apiCall<'GET /events/{id}/agenda/unpublished'>('GET', `/events/${enc(eventId)}/agenda/unpublished`, { signal }),
  publishAgenda: (eventId: string) => apiCall<'POST /events/{id}/agenda/publish'>('POST', `/events/${enc(eventId)}/agenda/publish`),
  updateSession: (id: string, change: SessionChange) => apiCall<'PATCH /sessions/{id}'>('PATCH', `/sessions/${enc(id)}`, { body: change }),
  findPeople: (q: string, signal?: AbortSignal) => apiCall<'GET /people'>('GET', `/people?q=${enc(q)}`, { signal }).then((r) => r.items),
  speakers: (sessionId: string, signal?: AbortSignal) => apiCall<'GET /sessions/{id}/speakers'>('GET', `/sessions/${enc(sessionId)}/speakers`, { signal }).then((r) => r.items),
  inviteSpeaker: (sessionId: string, role: SpeakerRole, who: Omit<AddSpeakerDto, 'role'>) =>
    apiCall<'POST /sessions/{id}/speakers'>('POST', `/sessions/${enc(sessionId)}/speakers`, { body: { role, ...who } }),
  resendInvitation: (sessionId: string, personId: string) => apiCall<'POST /sessions/{id}/speakers/{personId}/resend'>('POST', `/sessions/${enc(sessionId)}/speakers/${enc(personId)}/resend`),
  withdrawSpeaker: (sessionId: string, personId: string) => apiCall<'DELETE /sessions/{id}/speakers/{personId}'>('DELETE', `/sessions/${enc(sessionId)}/speakers/${enc(personId)}`),
  liveblogEditors: (sessionId: string, signal?: AbortSignal) =>
    apiCall<'GET /sessions/{id}/liveblog/editors'>('GET', `/sessions/${enc(sessionId)}/liveblog/editors`, { signal }).then((r) => r.items),
  addLiveblogEditor: (sessionId: string, personId: string) => apiCall<'PUT /sessions/{id}/liveblog/editors/{personId}'>('PUT', `/sessions/${enc(sessionId)}/liveblog/editors/${enc(personId)}`),
  removeLiveblogEditor: (sessionId: string, personId: string) => apiCall<'DELETE /sessions/{id}/liveblog/editors/{personId}'>('DELETE', `/sessions/${enc(sessionId)}/liveblog/editors/${enc(personId)}`),
};

/** The roles someone can be invited to a session in, in the order the form offers them. */
export const SPEAKER_ROLES: SpeakerRole[] = ['chair', 'speaker', 'panellist', 'facilitator', 'note-taker'];
