// The organisers' programme routes: unpublished agenda changes, editing sessions, the people
// search and speaker invitations.
import type { SessionKind, SpeakerRole } from '../api';
import { apiCall, type Method } from '../api-base';

export interface UnpublishedAgenda {
  version: number;
  publishedAt: string | null;
  changes: string[];
}

export interface DirectoryPerson {
  id: string;
  name: string;
  jobTitle: string | null;
  organisation: string | null;
  emailHint: string | null;
}

export interface NewPerson {
  name: string;
  email: string;
  organisation?: string | null;
}

export type SpeakerStatus = 'invited' | 'confirmed' | 'declined';

export interface SessionSpeaker {
  personId: string;
  name: string;
  organisation: string | null;
  emailHint: string | null;
  role: SpeakerRole;
  status: SpeakerStatus;
  invitedAt: string;
}

export interface SessionChange {
  title?: string;
  kind?: SessionKind;
  startsAt?: string;
  endsAt?: string;
  room?: string | null;
  description?: string | null;
  capacity?: number | null;
  liveQa?: boolean;
  liveblog?: boolean;
}

const call = <T>(method: Method, path: string, body?: unknown, signal?: AbortSignal): Promise<T> => apiCall<T>(method, path, { body, signal });


const enc = encodeURIComponent;

export const organiseApi = {
  unpublishedAgenda: (eventId: string, signal?: AbortSignal) => call<UnpublishedAgenda>('GET', `/events/${enc(eventId)}/agenda/unpublished`, undefined, signal),
  publishAgenda: (eventId: string) => call<{ version?: number; changes: string[] }>('POST', `/events/${enc(eventId)}/agenda/publish`),
  updateSession: (id: string, change: SessionChange) => call<unknown>('PATCH', `/sessions/${enc(id)}`, change),
  findPeople: (q: string, signal?: AbortSignal) => call<{ items: DirectoryPerson[] }>('GET', `/people?q=${enc(q)}`, undefined, signal).then((r) => r.items),
  speakers: (sessionId: string, signal?: AbortSignal) => call<{ items: SessionSpeaker[] }>('GET', `/sessions/${enc(sessionId)}/speakers`, undefined, signal).then((r) => r.items),
  inviteSpeaker: (sessionId: string, role: SpeakerRole, who: { personId: string } | { person: NewPerson }) =>
    call<{ status: SpeakerStatus; personId: string; mailed: boolean }>('POST', `/sessions/${enc(sessionId)}/speakers`, { role, ...who }),
  resendInvitation: (sessionId: string, personId: string) => call<{ mailed: boolean }>('POST', `/sessions/${enc(sessionId)}/speakers/${enc(personId)}/resend`),
  withdrawSpeaker: (sessionId: string, personId: string) => call<unknown>('DELETE', `/sessions/${enc(sessionId)}/speakers/${enc(personId)}`),
  liveblogEditors: (sessionId: string, signal?: AbortSignal) =>
    call<{ items: Array<{ personId: string; name: string }> }>('GET', `/sessions/${enc(sessionId)}/liveblog/editors`, undefined, signal).then((r) => r.items),
  addLiveblogEditor: (sessionId: string, personId: string) => call<unknown>('PUT', `/sessions/${enc(sessionId)}/liveblog/editors/${enc(personId)}`),
  removeLiveblogEditor: (sessionId: string, personId: string) => call<unknown>('DELETE', `/sessions/${enc(sessionId)}/liveblog/editors/${enc(personId)}`),
};

/** The roles someone can be invited to a session in, in the order the form offers them. */
export const SPEAKER_ROLES: SpeakerRole[] = ['chair', 'speaker', 'panellist', 'facilitator', 'note-taker'];
