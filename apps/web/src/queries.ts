// What the pages read from the API, through TanStack Query: one entry per resource, with its
// query key. Pages read with useQuery(queries.x(...), queryClient): the client is passed, not
// provided above the pages, because a provider in the shell would put TanStack Query (~9 kB) in
// what every page downloads, the liveblog reader's 100 kB included. A change invalidates what it touched by the
// resource's key (a prefix: ['registrations', eventId] covers every page of one event's list),
// and the live pages write socket changes straight into the cache.
import { QueryClient, queryOptions, type QueryKey } from '@tanstack/react-query';
import { adminApi } from './admin/admin-api';
import { api } from './api';
import type { ApiError } from './api-base';
import { liveblogApi } from './liveblog/liveblog-api';
import { minutesApi } from './minutes/minutes-api';
import { organiseApi } from './organise/organise-api';
import { votingApi } from './polls/polls-api';

declare module '@tanstack/react-query' {
  // Every query and mutation fails with the API's error shape (api-base.ts).
  interface Register {
    defaultError: ApiError;
  }
}

export const queryClient = new QueryClient({
  defaultOptions: {
    // A failure shows at once (the pages say what to do). A page opened again shows what was
    // loaded before while it loads afresh; nothing reloads when a person comes back to the tab.
    queries: { retry: false, refetchOnWindowFocus: false },
    mutations: { retry: false },
  },
});

export const queries = {
  upcomingEvents: () => queryOptions({ queryKey: ['events', 'upcoming'], queryFn: ({ signal }) => api.events(signal) }),
  /** The first page of past meetings, of one year or all ("Show more" adds the next pages). */
  pastEvents: (year: number | null) => queryOptions({ queryKey: ['events', 'past', year], queryFn: ({ signal }) => api.pastEvents(year, 0, signal) }),
  /** The events the signed-in person organises, drafts and past ones included. */
  myEvents: (personId: string) => queryOptions({ queryKey: ['events', 'mine', personId], queryFn: ({ signal }) => api.myEvents(signal) }),
  /** One event by id or slug. */
  event: (idOrSlug: string) => queryOptions({ queryKey: ['event', idOrSlug], queryFn: ({ signal }) => api.event(idOrSlug, signal) }),
  agenda: (eventId: string) => queryOptions({ queryKey: ['agenda', eventId], queryFn: ({ signal }) => api.agenda(eventId, signal) }),
  // The server words the changes in the reader's language: a switch of language reads them again.
  unpublishedAgenda: (eventId: string, language: string) =>
    queryOptions({ queryKey: ['agenda', eventId, 'unpublished', language], queryFn: ({ signal }) => organiseApi.unpublishedAgenda(eventId, signal) }),
  speakers: (sessionId: string) => queryOptions({ queryKey: ['speakers', sessionId], queryFn: ({ signal }) => organiseApi.speakers(sessionId, signal) }),
  liveblogEditors: (sessionId: string) =>
    queryOptions({ queryKey: ['liveblog-editors', sessionId], queryFn: ({ signal }) => organiseApi.liveblogEditors(sessionId, signal) }),
  /** One page of an event's registrations, as organisers search them. */
  registrations: (eventId: string, q: string, offset: number) =>
    queryOptions({ queryKey: ['registrations', eventId, 'list', q, offset], queryFn: ({ signal }) => api.registrations(eventId, q, offset, signal) }),
  /** Asked again every minute while an organiser's page is open, so the notice goes when mail flows again. */
  mailStatus: (eventId: string) =>
    queryOptions({ queryKey: ['mail-status', eventId], queryFn: ({ signal }) => api.mailStatus(eventId, signal), refetchInterval: 60_000 }),
  registrationSummary: (eventId: string) =>
    queryOptions({ queryKey: ['registrations', eventId, 'summary'], queryFn: ({ signal }) => api.registrationSummary(eventId, signal) }),
  apologies: (eventId: string) => queryOptions({ queryKey: ['registrations', eventId, 'apologies'], queryFn: ({ signal }) => api.apologiesOf(eventId, signal) }),
  /** A registration through its private link (the token never leaves the query). */
  registration: (id: string, token: string) =>
    queryOptions({ queryKey: ['registration', id, token], queryFn: ({ signal }) => api.registration(id, token, signal) }),
  speakerInvitation: (token: string) => queryOptions({ queryKey: ['speaker-invitation', token], queryFn: ({ signal }) => api.speakerInvitation(token, signal) }),
  follow: (token: string) => queryOptions({ queryKey: ['follow', token], queryFn: ({ signal }) => api.follow(token, signal) }),
  eventLiveblogs: (slug: string) => queryOptions({ queryKey: ['liveblogs', slug], queryFn: ({ signal }) => liveblogApi.ofEvent(slug, signal) }),
  eventMinutes: (eventId: string) => queryOptions({ queryKey: ['minutes', 'of-event', eventId], queryFn: ({ signal }) => minutesApi.ofEvent(eventId, signal) }),
  /** Minutes as a person sees them: `viewer` (who is signed in) and the circulated draft's `key` change what comes back. */
  minutes: (id: string, viewer: string, key: string | null) =>
    queryOptions({ queryKey: ['minutes', id, viewer, key], queryFn: ({ signal }) => minutesApi.get(id, signal, key) }),
  /** A committee's voting members, quorum and proxies for one meeting. */
  votingList: (eventId: string) => queryOptions({ queryKey: ['voting', eventId], queryFn: () => votingApi.list(eventId) }),
  /** Requests for access waiting for an organiser's answer. */
  accessRequests: () => queryOptions({ queryKey: ['access-requests'], queryFn: ({ signal }) => api.accessRequests(signal) }),
  memberOrganisations: () => queryOptions({ queryKey: ['organisations', 'members'], queryFn: ({ signal }) => api.memberOrganisations(signal) }),
  myRegistrations: () => queryOptions({ queryKey: ['my-registrations'], queryFn: ({ signal }) => api.myRegistrations(signal) }),
  myActions: () => queryOptions({ queryKey: ['my-actions'], queryFn: ({ signal }) => minutesApi.myActions(signal) }),
  // The network admin's pages: one page of a search, one record, the mail queue.
  adminPeople: (q: string, offset: number) => queryOptions({ queryKey: ['admin', 'people', 'list', q, offset], queryFn: ({ signal }) => adminApi.people(q, offset, signal) }),
  adminPerson: (id: string) => queryOptions({ queryKey: ['admin', 'people', id], queryFn: ({ signal }) => adminApi.person(id, signal) }),
  adminOrganisations: (q: string, offset: number) =>
    queryOptions({ queryKey: ['admin', 'organisations', 'list', q, offset], queryFn: ({ signal }) => adminApi.organisations(q, offset, signal) }),
  adminAllOrganisations: () => queryOptions({ queryKey: ['admin', 'organisations', 'all'], queryFn: ({ signal }) => adminApi.allOrganisations(signal) }),
  adminOrganisation: (id: string) => queryOptions({ queryKey: ['admin', 'organisations', id], queryFn: ({ signal }) => adminApi.organisation(id, signal) }),
  mailCounts: () => queryOptions({ queryKey: ['admin', 'mail', 'counts'], queryFn: ({ signal }) => adminApi.mailCounts(signal) }),
  failedMail: (offset: number) => queryOptions({ queryKey: ['admin', 'mail', 'failed', offset], queryFn: ({ signal }) => adminApi.failedMail(offset, signal) }),
};

/** Marks what a change touched as stale: pages showing it load it again. */
export function invalidate(...keys: QueryKey[]): Promise<void> {
  return Promise.all(keys.map((queryKey) => queryClient.invalidateQueries({ queryKey }))).then(() => undefined);
}
