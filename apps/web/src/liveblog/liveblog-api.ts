// The liveblog's part of the API, kept out of api.ts so the follower page's chunk carries only what it uses.
import type { LiveMessage } from '@convene/live-events';
import type { Language } from '@convene/i18n';
import { apiCall, type Method } from '../api-base';

export type EntryKind = 'update' | 'quote' | 'key_moment' | 'image';

export interface LiveblogEntry {
  id: string;
  sessionId: string;
  kind: EntryKind;
  body: string;
  /** Rendered and sanitised by the server: safe to insert. */
  html: string;
  /** The language the entry is written in: marked with lang where it is not the page's. */
  language: Language;
  quote: { personId: string | null; name: string; organisation: string | null } | null;
  image: { url: string; alt: string } | null;
  pinned: boolean;
  status: 'draft' | 'published';
  createdAt: string;
  publishedAt: string | null;
  editedAt: string | null;
}

export interface ProgrammePerson {
  personId: string;
  name: string;
  role: string;
  organisation: string | null;
  jobTitle: string | null;
}

export interface Liveblog {
  session: { id: string; title: string; titleCy?: string | null; startsAt: string; endsAt: string; room: string | null; liveQa: boolean };
  event: { id: string; slug: string; title: string; titleCy?: string | null; timeZone: string };
  chair: ProgrammePerson[];
  speakers: ProgrammePerson[];
  entries: LiveblogEntry[];
  keyMoments: LiveblogEntry[];
  pinned: LiveblogEntry | null;
  total: number;
  /** The last sequence number of the session's 'liveblog' stream when this was read. */
  lastSeq?: number;
  canEdit: boolean;
}

/** A change on the 'liveblog' stream, live or from ?since=. */
export type LiveblogChange = LiveMessage<{
  type: 'posted' | 'edited' | 'deleted' | 'pinned' | 'unpinned';
  entry: LiveblogEntry | { id: string };
}>;

export interface EventLiveblogs {
  event: { id: string; slug: string; title: string; titleCy?: string | null };
  restricted: boolean;
  items: Array<{
    sessionId: string;
    title: string;
    titleCy?: string | null;
    startsAt: string;
    endsAt: string;
    room: string | null;
    roomCy?: string | null;
    entries: number;
    lastPublishedAt: string | null;
  }>;
}

export interface EntryFields {
  kind?: EntryKind;
  body?: string;
  quotePersonId?: string;
  quoteName?: string;
  quoteOrganisation?: string;
  imageUrl?: string;
  imageAlt?: string;
  draft?: boolean;
  language?: Language;
}

const call = <T>(method: Method, path: string, body?: unknown, headers: Record<string, string> = {}, signal?: AbortSignal): Promise<T> =>
  apiCall<T>(method, path, { body, headers, signal });

const enc = encodeURIComponent;
const base = (sessionId: string) => `/sessions/${enc(sessionId)}/liveblog`;

export const liveblogApi = {
  read: (sessionId: string, signal?: AbortSignal) => call<Liveblog>('GET', base(sessionId), undefined, {}, signal),
  since: (sessionId: string, seq: number, signal?: AbortSignal) =>
    call<{ changes: LiveblogChange[]; lastSeq: number; more: boolean }>('GET', `${base(sessionId)}?since=${seq}`, undefined, {}, signal),
  entry: (sessionId: string, entryId: string, signal?: AbortSignal) => call<LiveblogEntry>('GET', `${base(sessionId)}/entries/${enc(entryId)}`, undefined, {}, signal),
  drafts: (sessionId: string, signal?: AbortSignal) => call<{ items: LiveblogEntry[] }>('GET', `${base(sessionId)}/drafts`, undefined, {}, signal).then((r) => r.items),
  /** The same key on every retry: the server makes the entry once. */
  post: (sessionId: string, fields: EntryFields, idempotencyKey: string) => call<LiveblogEntry>('POST', base(sessionId), fields, { 'Idempotency-Key': idempotencyKey }),
  edit: (sessionId: string, entryId: string, fields: EntryFields) => call<LiveblogEntry>('PATCH', `${base(sessionId)}/${enc(entryId)}`, fields),
  remove: (sessionId: string, entryId: string) => call<null>('DELETE', `${base(sessionId)}/${enc(entryId)}`),
  publish: (sessionId: string, entryId: string) => call<LiveblogEntry>('POST', `${base(sessionId)}/${enc(entryId)}/publish`),
  pin: (sessionId: string, entryId: string, pinned: boolean) => call<LiveblogEntry>(pinned ? 'PUT' : 'DELETE', `${base(sessionId)}/${enc(entryId)}/pin`),
  ofEvent: (idOrSlug: string, signal?: AbortSignal) => call<EventLiveblogs>('GET', `/events/${enc(idOrSlug)}/liveblogs`, undefined, {}, signal),
};

export const feedUrl = (sessionId: string) => `/api/v1${base(sessionId)}.atom`;
export const entryPath = (sessionId: string, entryId: string) => `/sessions/${enc(sessionId)}/liveblog/entries/${enc(entryId)}`;
