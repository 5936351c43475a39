// The minutes API as the web app reads it.
import type { Language } from '@convene/i18n';
import { ApiError, apiCall, type ApiBody, type ApiCall, type ApiMethod, type ApiPath, type ApiRoute, type RequestOptions } from '../api-base';
import type {
  ActionViewDoc,
  AttendanceCandidateViewDoc,
  CreateActionDto,
  MinutesCommentViewDoc,
  MinutesContentDto,
  MinutesItemDto,
  MinutesMailedViewDoc,
  MinutesPersonDto,
  MinutesRevisionViewDoc,
  MinutesViewDoc,
} from '../generated/api';

// The views and bodies are the API document's (apps/web/src/generated/api: npm run api:types).
export type Minutes = MinutesViewDoc;
export type MinutesStatus = Minutes['status'];
export type MinutesContent = MinutesContentDto;
export type MinutesItem = MinutesItemDto;
/** Recorded present by hand from the search: mailed the draft and the minutes (editors only). */
export type MinutesPerson = MinutesPersonDto;
export type AttendanceCandidate = AttendanceCandidateViewDoc;
/** Circulating or publishing: whom the mail reached now, of those it is for. */
export type MailedMinutes = MinutesMailedViewDoc;
export type ActionView = ActionViewDoc;
export type Revision = MinutesRevisionViewDoc;
export type MinutesComment = MinutesCommentViewDoc;

/** A save refused because someone else saved first: their version comes with it. */
export class VersionConflict extends ApiError {
  constructor(
    message: string,
    readonly currentVersion: number,
    readonly current: MinutesContent,
  ) {
    super(409, message);
  }
}

/** apiCall, with a 409 from a stale save as a VersionConflict. */
const call: ApiCall = async <R extends ApiRoute = never>(method: ApiMethod<R>, path: ApiPath<R>, options?: RequestOptions<ApiBody<R>>) => {
  try {
    return await apiCall<R>(method, path, options);
  } catch (error) {
    // A save from a stale version: the API answers 409 with the current text, which both sides keep.
    if (error instanceof ApiError && error.status === 409 && typeof error.body?.currentVersion === 'number') {
      throw new VersionConflict(error.message, error.body.currentVersion, error.body.current as MinutesContent);
    }
    throw error;
  }
};

const enc = encodeURIComponent;
const keyQuery = (key?: string | null) => (key ? (`?key=${enc(key)}` as const) : '');

export const minutesApi = {
  ofEvent: (eventId: string, signal?: AbortSignal) => call<'GET /events/{eventId}/minutes'>('GET', `/events/${enc(eventId)}/minutes`, { signal }),
  draft: (eventId: string, sessionId?: string) => call<'POST /events/{eventId}/minutes'>('POST', `/events/${enc(eventId)}/minutes`, { body: sessionId ? { sessionId } : {} }),
  /** `key`: the private link of the circulation mail (no account needed). */
  get: (id: string, signal?: AbortSignal, key?: string | null) => call<'GET /minutes/{id}'>('GET', `/minutes/${enc(id)}${keyQuery(key)}`, { signal }),
  attendanceCandidates: (id: string, q: string, signal?: AbortSignal) =>
    call<'GET /minutes/{id}/attendance-candidates'>('GET', `/minutes/${enc(id)}/attendance-candidates?q=${enc(q)}`, { signal }).then((r) => r.items),
  save: (id: string, version: number, content: MinutesContent, autosave: boolean, language?: Language) =>
    call<'PUT /minutes/{id}'>('PUT', `/minutes/${enc(id)}`, { body: { version, content, autosave, ...(language ? { language } : {}) } }),
  revisions: (id: string) => call<'GET /minutes/{id}/revisions'>('GET', `/minutes/${enc(id)}/revisions`),
  diff: (id: string, from: number, to: number) => call<'GET /minutes/{id}/diff'>('GET', `/minutes/${enc(id)}/diff?from=${from}&to=${to}`),
  restore: (id: string, revision: number, version: number) => call<'POST /minutes/{id}/revisions/{version}/restore'>('POST', `/minutes/${enc(id)}/revisions/${revision}/restore`, { body: { version } }),
  circulate: (id: string) => call<'POST /minutes/{id}/circulate'>('POST', `/minutes/${enc(id)}/circulate`),
  approve: (id: string) => call<'POST /minutes/{id}/approve'>('POST', `/minutes/${enc(id)}/approve`),
  publish: (id: string) => call<'POST /minutes/{id}/publish'>('POST', `/minutes/${enc(id)}/publish`),
  addAction: (id: string, action: CreateActionDto) => call<'POST /minutes/{id}/actions'>('POST', `/minutes/${enc(id)}/actions`, { body: action }),
  markDone: (actionId: string, note: string) => call<'POST /actions/{id}/done'>('POST', `/actions/${enc(actionId)}/done`, { body: note ? { note } : {} }),
  myActions: (signal?: AbortSignal) => call<'GET /me/actions'>('GET', '/me/actions', { signal }),
  comments: (id: string) => call<'GET /minutes/{id}/comments'>('GET', `/minutes/${enc(id)}/comments`),
  comment: (id: string, itemKey: string, body: string, replacement?: string, key?: string | null) =>
    call<'POST /minutes/{id}/comments'>('POST', `/minutes/${enc(id)}/comments${keyQuery(key)}`, { body: { itemKey, body, ...(replacement ? { replacement } : {}) } }),
  decide: (id: string, commentId: string, accept: boolean) =>
    call<`POST /minutes/{id}/comments/{commentId}/${'accept' | 'decline'}`>('POST', `/minutes/${enc(id)}/comments/${enc(commentId)}/${accept ? 'accept' : 'decline'}`),
};

export const exportUrl = (id: string, format: 'md' | 'html' | 'pdf' | 'json') => `/api/v1/minutes/${enc(id)}/export/${format}`;
