// The network admin's routes: people, organisations and the mail queue (admins only).
import { apiCall } from '../api-base';
import type { CreateOrganisationDto, MailCountsView, MailQueueEntryView, OrganisationView, PersonView, UpdateOrganisationDto, UpdatePersonDto } from '../generated/api';

export const ADMIN_PAGE_SIZE = 20;

// The views and bodies are the API document's (apps/web/src/generated/api: npm run api:types).
export type AdminOrganisation = OrganisationView;
export type Membership = AdminOrganisation['membership'];
export type OrganisationKind = AdminOrganisation['kind'];
/** The form sends every field, as adding one needs; a change may send any of them. */
export type OrganisationFields = CreateOrganisationDto;
export type AdminPerson = PersonView;
export type PersonFields = UpdatePersonDto;
export type MailEntry = MailQueueEntryView;
export type MailStatus = MailEntry['status'];
export type MailCounts = MailCountsView;

const enc = encodeURIComponent;
const paged = (q: string, offset: number) => `q=${enc(q)}&limit=${ADMIN_PAGE_SIZE}&offset=${offset}`;

export const adminApi = {
  people: (q: string, offset: number, signal?: AbortSignal) => apiCall<'GET /admin/people'>('GET', `/admin/people?${paged(q, offset)}`, { signal }),
  person: (id: string, signal?: AbortSignal) => apiCall<'GET /admin/people/{id}'>('GET', `/admin/people/${enc(id)}`, { signal }),
  updatePerson: (id: string, fields: PersonFields) => apiCall<'PATCH /admin/people/{id}'>('PATCH', `/admin/people/${enc(id)}`, { body: fields }),
  erasePerson: (id: string) => apiCall<'DELETE /admin/people/{id}'>('DELETE', `/admin/people/${enc(id)}`),
  organisations: (q: string, offset: number, signal?: AbortSignal) =>
    apiCall<'GET /admin/organisations'>('GET', `/admin/organisations?${paged(q, offset)}`, { signal }),
  /** The first hundred by name: the choice on a person's page. */
  allOrganisations: (signal?: AbortSignal) => apiCall<'GET /admin/organisations'>('GET', '/admin/organisations?limit=100', { signal }),
  organisation: (id: string, signal?: AbortSignal) => apiCall<'GET /admin/organisations/{id}'>('GET', `/admin/organisations/${enc(id)}`, { signal }),
  createOrganisation: (fields: OrganisationFields) => apiCall<'POST /admin/organisations'>('POST', '/admin/organisations', { body: fields }),
  updateOrganisation: (id: string, fields: UpdateOrganisationDto) => apiCall<'PATCH /admin/organisations/{id}'>('PATCH', `/admin/organisations/${enc(id)}`, { body: fields }),
  mailCounts: (signal?: AbortSignal) => apiCall<'GET /admin/mail/counts'>('GET', '/admin/mail/counts', { signal }),
  failedMail: (offset: number, signal?: AbortSignal) =>
    apiCall<'GET /admin/mail'>('GET', `/admin/mail?status=failed&limit=${ADMIN_PAGE_SIZE}&offset=${offset}`, { signal }),
  retryMail: (id: string) => apiCall<'POST /admin/mail/{id}/retry'>('POST', `/admin/mail/${enc(id)}/retry`),
  retryAllFailed: () => apiCall<'POST /admin/mail/retry-failed'>('POST', '/admin/mail/retry-failed'),
};
