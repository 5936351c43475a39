// The minutes API as the web app reads it.
import type { Language } from '@convene/i18n';
import { ApiError, apiCall, type Method } from '../api-base';

export interface MinutesPerson {
  name: string;
  affiliation: string | null;
  /** Recorded present by hand from the search: mailed the draft and the minutes (editors only). */
  registrationId?: string | null;
  personId?: string | null;
}

export interface AttendanceCandidate {
  registrationId: string | null;
  personId: string | null;
  name: string;
  jobTitle: string | null;
  organisation: string | null;
  category: string | null;
}

/** Circulating or publishing: whom the mail reached now, of those it is for. */
export type MailedMinutes = Minutes & { mailed: number; recipients: number };

export interface MinutesItem {
  key: string;
  title: string;
  sessionId: string | null;
  body: string;
  decisions: string[];
}

export interface MinutesContent {
  title: string;
  place: string | null;
  date: string;
  time: string;
  present: Array<{ category: string; label: string; people: MinutesPerson[] }>;
  apologies: MinutesPerson[];
  mattersArising: Array<{ actionId: string; description: string; owner: string | null; dueDate: string | null; fromMeeting: string }>;
  items: MinutesItem[];
}

export interface ActionView {
  id: string;
  minutesId: string;
  itemKey: string | null;
  description: string;
  ownerName: string | null;
  dueDate: string | null;
  status: 'open' | 'done';
  doneNote: string | null;
  overdue: boolean;
  minutesTitle?: string;
}

export type MinutesStatus = 'draft' | 'approved' | 'published';

export interface Minutes {
  id: string;
  eventId: string;
  sessionId: string | null;
  status: MinutesStatus;
  version: number;
  content: MinutesContent;
  /** What they are written in: their exports are headed in it (in both for a bilingual event). */
  language: Language;
  actions: ActionView[];
  circulatedAt: string | null;
  approvedByName: string | null;
  approvedAt: string | null;
  publishedAt: string | null;
  canEdit: boolean;
  canApprove: boolean;
  /** Read through a circulation mail's private link: whom it was mailed to. */
  readerName?: string;
}

export interface Revision {
  version: number;
  savedByName: string | null;
  reason: string;
  savedAt: string;
}

export interface MinutesComment {
  id: string;
  itemKey: string;
  authorName: string;
  body: string;
  replacement: string | null;
  status: 'pending' | 'accepted' | 'declined';
}

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
    call<{ items: AttendanceCandidate[] }>('GET', `/minutes/${enc(id)}/attendance-candidates?q=${enc(q)}`, undefined, signal).then((r) => r.items),
  save: (id: string, version: number, content: MinutesContent, autosave: boolean, language?: Language) =>
    call<Minutes>('PUT', `/minutes/${enc(id)}`, { version, content, autosave, ...(language ? { language } : {}) }),
  revisions: (id: string) => call<Revision[]>('GET', `/minutes/${enc(id)}/revisions`),
  diff: (id: string, from: number, to: number) => call<{ patch: string }>('GET', `/minutes/${enc(id)}/diff?from=${from}&to=${to}`),
  restore: (id: string, revision: number, version: number) => call<Minutes>('POST', `/minutes/${enc(id)}/revisions/${revision}/restore`, { version }),
  circulate: (id: string) => call<MailedMinutes>('POST', `/minutes/${enc(id)}/circulate`),
  approve: (id: string) => call<Minutes>('POST', `/minutes/${enc(id)}/approve`),
  publish: (id: string) => call<MailedMinutes>('POST', `/minutes/${enc(id)}/publish`),
  addAction: (
    id: string,
    action: { itemKey?: string; description: string; ownerName?: string; ownerPersonId?: string; owner?: { name: string; email: string }; dueDate?: string },
  ) =>
    call<ActionView>('POST', `/minutes/${enc(id)}/actions`, action),
  markDone: (actionId: string, note: string) => call<ActionView>('POST', `/actions/${enc(actionId)}/done`, note ? { note } : {}),
  myActions: (signal?: AbortSignal) => call<ActionView[]>('GET', '/me/actions', undefined, signal),
  comments: (id: string) => call<MinutesComment[]>('GET', `/minutes/${enc(id)}/comments`),
  comment: (id: string, itemKey: string, body: string, replacement?: string, key?: string | null) =>
    call<MinutesComment>('POST', `/minutes/${enc(id)}/comments${keyQuery(key)}`, { itemKey, body, ...(replacement ? { replacement } : {}) }),
  decide: (id: string, commentId: string, accept: boolean) =>
    call<{ minutes: Minutes }>('POST', `/minutes/${enc(id)}/comments/${enc(commentId)}/${accept ? 'accept' : 'decline'}`),
};

export const exportUrl = (id: string, format: 'md' | 'html' | 'pdf' | 'json') => `/api/v1/minutes/${enc(id)}/export/${format}`;
