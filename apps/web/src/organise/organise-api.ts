// The organisers' programme routes: unpublished agenda changes, editing sessions, the people
// search and speaker invitations.
import type { SpeakerRole } from '../api';
import { apiCall, type Method } from '../api-base';
import type {
  AddSpeakerDto,
  AgendaPublishedView,
  DirectoryPersonListView,
  DirectoryPersonView,
  LiveblogEditorListViewDoc,
  NewPersonDto,
  SessionSpeakerListView,
  SessionSpeakerView,
  SpeakerInvitedView,
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

const call = <T>(method: Method, path: string, body?: unknown, signal?: AbortSignal): Promise<T> => apiCall<T>(method, path, { body, signal });

const enc = encodeURIComponent;

export const organiseApi = {
  unpublishedAgenda: (eventId: string, signal?: AbortSignal) => call<UnpublishedAgenda>('GET', `/events/${enc(eventId)}/agenda/unpublished`, undefined, signal),
  publishAgenda: (eventId: string) => call<AgendaPublishedView>('POST', `/events/${enc(eventId)}/agenda/publish`),
  updateSession: (id: string, change: SessionChange) => call<unknown>('PATCH', `/sessions/${enc(id)}`, change),
  findPeople: (q: string, signal?: AbortSignal) => call<DirectoryPersonListView>('GET', `/people?q=${enc(q)}`, undefined, signal).then((r) => r.items),
  speakers: (sessionId: string, signal?: AbortSignal) => call<SessionSpeakerListView>('GET', `/sessions/${enc(sessionId)}/speakers`, undefined, signal).then((r) => r.items),
  inviteSpeaker: (sessionId: string, role: SpeakerRole, who: Omit<AddSpeakerDto, 'role'>) =>
    call<SpeakerInvitedView>('POST', `/sessions/${enc(sessionId)}/speakers`, { role, ...who }),
  resendInvitation: (sessionId: string, personId: string) => call<SpeakerInvitedView>('POST', `/sessions/${enc(sessionId)}/speakers/${enc(personId)}/resend`),
  withdrawSpeaker: (sessionId: string, personId: string) => call<unknown>('DELETE', `/sessions/${enc(sessionId)}/speakers/${enc(personId)}`),
  liveblogEditors: (sessionId: string, signal?: AbortSignal) =>
    call<LiveblogEditorListViewDoc>('GET', `/sessions/${enc(sessionId)}/liveblog/editors`, undefined, signal).then((r) => r.items),
  addLiveblogEditor: (sessionId: string, personId: string) => call<unknown>('PUT', `/sessions/${enc(sessionId)}/liveblog/editors/${enc(personId)}`),
  removeLiveblogEditor: (sessionId: string, personId: string) => call<unknown>('DELETE', `/sessions/${enc(sessionId)}/liveblog/editors/${enc(personId)}`),
};

/** The roles someone can be invited to a session in, in the order the form offers them. */
export const SPEAKER_ROLES: SpeakerRole[] = ['chair', 'speaker', 'panellist', 'facilitator', 'note-taker'];
