// The liveblog's part of the API, kept out of api.ts so the follower page's chunk carries only what it uses.
import type {
  CreateLiveblogEntryDto,
  EventLiveblogListViewDoc,
  LiveblogChangesViewDoc,
  LiveblogEntryListViewDoc,
  LiveblogEntryViewDoc,
  LiveblogViewDoc,
  UpdateLiveblogEntryDto,
} from '../generated/api';
import { apiCall, type Method } from '../api-base';
import type { StreamChange } from '../live/live-client';

// The views as the API's document names them (apps/web/src/generated/api: npm run api:types).
export type LiveblogEntry = LiveblogEntryViewDoc;
export type EntryKind = LiveblogEntry['kind'];
export type Liveblog = LiveblogViewDoc;
/** A change on the 'liveblog' stream, live or from ?since=. */
export type LiveblogChange = StreamChange<'liveblog'>;
export type EventLiveblogs = EventLiveblogListViewDoc;
/** What the editor sends: a new entry (its kind required), or a change to one. */
export type EntryFields = CreateLiveblogEntryDto;

const call = <T>(method: Method, path: string, body?: unknown, headers: Record<string, string> = {}, signal?: AbortSignal): Promise<T> =>
  apiCall<T>(method, path, { body, headers, signal });

const enc = encodeURIComponent;
const base = (sessionId: string) => `/sessions/${enc(sessionId)}/liveblog`;

export const liveblogApi = {
  read: (sessionId: string, signal?: AbortSignal) => call<Liveblog>('GET', base(sessionId), undefined, {}, signal),
  since: (sessionId: string, seq: number, signal?: AbortSignal) =>
    call<LiveblogChangesViewDoc>('GET', `${base(sessionId)}?since=${seq}`, undefined, {}, signal),
  entry: (sessionId: string, entryId: string, signal?: AbortSignal) => call<LiveblogEntry>('GET', `${base(sessionId)}/entries/${enc(entryId)}`, undefined, {}, signal),
  drafts: (sessionId: string, signal?: AbortSignal) => call<LiveblogEntryListViewDoc>('GET', `${base(sessionId)}/drafts`, undefined, {}, signal).then((r) => r.items),
  /** The same key on every retry: the server makes the entry once. */
  post: (sessionId: string, fields: EntryFields, idempotencyKey: string) => call<LiveblogEntry>('POST', base(sessionId), fields, { 'Idempotency-Key': idempotencyKey }),
  edit: (sessionId: string, entryId: string, fields: UpdateLiveblogEntryDto) => call<LiveblogEntry>('PATCH', `${base(sessionId)}/${enc(entryId)}`, fields),
  remove: (sessionId: string, entryId: string) => call<null>('DELETE', `${base(sessionId)}/${enc(entryId)}`),
  publish: (sessionId: string, entryId: string) => call<LiveblogEntry>('POST', `${base(sessionId)}/${enc(entryId)}/publish`),
  pin: (sessionId: string, entryId: string, pinned: boolean) => call<LiveblogEntry>(pinned ? 'PUT' : 'DELETE', `${base(sessionId)}/${enc(entryId)}/pin`),
  ofEvent: (idOrSlug: string, signal?: AbortSignal) => call<EventLiveblogs>('GET', `/events/${enc(idOrSlug)}/liveblogs`, undefined, {}, signal),
};

export const feedUrl = (sessionId: string) => `/api/v1${base(sessionId)}.atom`;
export const entryPath = (sessionId: string, entryId: string) => `/sessions/${enc(sessionId)}/liveblog/entries/${enc(entryId)}`;
