// The minutes API as the web app reads it.
import type { Language } from '@convene/i18n';
import { ApiError, apiCall, type Method } from '../api-base';
import type {
  ActionViewDoc,
  AttendanceCandidateListViewDoc,
  AttendanceCandidateViewDoc,
  CreateActionDto,
  MinutesCommentDecisionViewDoc,
  MinutesCommentViewDoc,
  MinutesContentDto,
  MinutesDiffViewDoc,
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

async function call<T>(method: Method, path: string, body?: unknown, signal?: AbortSignal): Promise<T> {
  try {
    return await apiCall<T>(method, path, { body, signal });
  } catch (error) {
    // A save from a stale version: the API answers 409 with the current text, which both sides keep.
    if (error instanceof ApiError && error.status === 409 && typeof error.body?.currentVersion === 'number') {
      throw new VersionConflict(error.message, error.body.currentVersion, error.body.current as MinutesContent);
    }
    throw error;
  }
}

const enc = encodeURIComponent;
const keyQuery = (key?: string | null) => (key ? `?key=${enc(key)}` : '');

export const minutesApi = {
  ofEvent: (eventId: string, signal?: AbortSignal) => call<Minutes[]>('GET', `/events/${enc(eventId)}/minutes`, undefined, signal),
  draft: (eventId: string, sessionId?: string) => call<Minutes>('POST', `/events/${enc(eventId)}/minutes`, sessionId ? { sessionId } : {}),
  /** `key`: the private link of the circulation mail (no account needed). */
  get: (id: string, signal?: AbortSignal, key?: string | null) => call<Minutes>('GET', `/minutes/${enc(id)}${keyQuery(key)}`, undefined, signal),
  attendanceCandidates: (id: string, q: string, signal?: AbortSignal) =>
    call<AttendanceCandidateListViewDoc>('GET', `/minutes/${enc(id)}/attendance-candidates?q=${enc(q)}`, undefined, signal).then((r) => r.items),
  save: (id: string, version: number, content: MinutesContent, autosave: boolean, language?: Language) =>
    call<Minutes>('PUT', `/minutes/${enc(id)}`, { version, content, autosave, ...(language ? { language } : {}) }),
  revisions: (id: string) => call<Revision[]>('GET', `/minutes/${enc(id)}/revisions`),
  diff: (id: string, from: number, to: number) => call<MinutesDiffViewDoc>('GET', `/minutes/${enc(id)}/diff?from=${from}&to=${to}`),
  restore: (id: string, revision: number, version: number) => call<Minutes>('POST', `/minutes/${enc(id)}/revisions/${revision}/restore`, { version }),
  circulate: (id: string) => call<MailedMinutes>('POST', `/minutes/${enc(id)}/circulate`),
  approve: (id: string) => call<Minutes>('POST', `/minutes/${enc(id)}/approve`),
  publish: (id: string) => call<MailedMinutes>('POST', `/minutes/${enc(id)}/publish`),
  addAction: (id: string, action: CreateActionDto) => call<ActionView>('POST', `/minutes/${enc(id)}/actions`, action),
  markDone: (actionId: string, note: string) => call<ActionView>('POST', `/actions/${enc(actionId)}/done`, note ? { note } : {}),
  myActions: (signal?: AbortSignal) => call<ActionView[]>('GET', '/me/actions', undefined, signal),
  comments: (id: string) => call<MinutesComment[]>('GET', `/minutes/${enc(id)}/comments`),
  comment: (id: string, itemKey: string, body: string, replacement?: string, key?: string | null) =>
    call<MinutesComment>('POST', `/minutes/${enc(id)}/comments${keyQuery(key)}`, { itemKey, body, ...(replacement ? { replacement } : {}) }),
  decide: (id: string, commentId: string, accept: boolean) =>
    call<MinutesCommentDecisionViewDoc>('POST', `/minutes/${enc(id)}/comments/${enc(commentId)}/${accept ? 'accept' : 'decline'}`),
};

export const exportUrl = (id: string, format: 'md' | 'html' | 'pdf' | 'json') => `/api/v1/minutes/${enc(id)}/export/${format}`;
