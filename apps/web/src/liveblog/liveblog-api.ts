// The liveblog's part of the API, kept out of api.ts so the follower page's chunk carries only what it uses.
import type {
  CreateLiveblogEntryDto,
  EventLiveblogListViewDoc,
  LiveblogEntryViewDoc,
  LiveblogViewDoc,
  UpdateLiveblogEntryDto,
} from '../generated/api';
import { apiCall } from '../api-base';
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

const enc = encodeURIComponent;
const base = (sessionId: string) => `/sessions/${enc(sessionId)}/liveblog` as const;

export const liveblogApi = {
  read: (sessionId: string, signal?: AbortSignal) => apiCall<'GET /sessions/{id}/liveblog'>('GET', base(sessionId), { signal }),
  since: (sessionId: string, seq: number, signal?: AbortSignal) => apiCall<'GET /sessions/{id}/liveblog?since={since}'>('GET', `${base(sessionId)}?since=${seq}`, { signal }),
  entry: (sessionId: string, entryId: string, signal?: AbortSignal) =>
    apiCall<'GET /sessions/{id}/liveblog/entries/{entryId}'>('GET', `${base(sessionId)}/entries/${enc(entryId)}`, { signal }),
  drafts: (sessionId: string, signal?: AbortSignal) => apiCall<'GET /sessions/{id}/liveblog/drafts'>('GET', `${base(sessionId)}/drafts`, { signal }).then((r) => r.items),
  /** The same key on every retry: the server makes the entry once. */
  post: (sessionId: string, fields: EntryFields, idempotencyKey: string) =>
    apiCall<'POST /sessions/{id}/liveblog'>('POST', base(sessionId), { body: fields, headers: { 'Idempotency-Key': idempotencyKey } }),
  edit: (sessionId: string, entryId: string, fields: UpdateLiveblogEntryDto) =>
    apiCall<'PATCH /sessions/{id}/liveblog/{entryId}'>('PATCH', `${base(sessionId)}/${enc(entryId)}`, { body: fields }),
  remove: (sessionId: string, entryId: string) => apiCall<'DELETE /sessions/{id}/liveblog/{entryId}'>('DELETE', `${base(sessionId)}/${enc(entryId)}`),
  publish: (sessionId: string, entryId: string) => apiCall<'POST /sessions/{id}/liveblog/{entryId}/publish'>('POST', `${base(sessionId)}/${enc(entryId)}/publish`),
  pin: (sessionId: string, entryId: string, pinned: boolean) =>
    pinned
      ? apiCall<'PUT /sessions/{id}/liveblog/{entryId}/pin'>('PUT', `${base(sessionId)}/${enc(entryId)}/pin`)
      : apiCall<'DELETE /sessions/{id}/liveblog/{entryId}/pin'>('DELETE', `${base(sessionId)}/${enc(entryId)}/pin`),
  ofEvent: (idOrSlug: string, signal?: AbortSignal) => apiCall<'GET /events/{idOrSlug}/liveblogs'>('GET', `/events/${enc(idOrSlug)}/liveblogs`, { signal }),
};

export const feedUrl = (sessionId: string) => `/api/v1${base(sessionId)}.atom`;
export const entryPath = (sessionId: string, entryId: string) => `/sessions/${enc(sessionId)}/liveblog/entries/${enc(entryId)}`;
