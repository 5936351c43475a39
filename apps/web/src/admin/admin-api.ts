// The network admin's routes: people, organisations and the mail queue (admins only).
import { apiCall, type Method } from '../api-base';
import type { MailCountsView, MailQueueEntryView, MailQueuePageView, OrganisationPage, OrganisationView, PersonPage, PersonView, RetriedView, UpdateOrganisationDto, UpdatePersonDto } from '../generated/api';

export const ADMIN_PAGE_SIZE = 20;

// The views and bodies are the API document's (apps/web/src/generated/api: npm run api:types).
export type AdminOrganisation = OrganisationView;
export type Membership = AdminOrganisation['membership'];
export type OrganisationKind = AdminOrganisation['kind'];
export type OrganisationFields = UpdateOrganisationDto;
export type AdminPerson = PersonView;
export type PersonFields = UpdatePersonDto;
export type MailEntry = MailQueueEntryView;
export type MailStatus = MailEntry['status'];
export type MailCounts = MailCountsView;

const call = <T>(method: Method, path: string, body?: unknown, signal?: AbortSignal): Promise<T> => apiCall<T>(method, path, { body, signal });
const enc = encodeURIComponent;
const paged = (q: string, offset: number) => `q=${enc(q)}&limit=${ADMIN_PAGE_SIZE}&offset=${offset}`;

export const adminApi = {
  people: (q: string, offset: number, signal?: AbortSignal) => call<PersonPage>('GET', `/admin/people?${paged(q, offset)}`, undefined, signal),
  person: (id: string, signal?: AbortSignal) => call<AdminPerson>('GET', `/admin/people/${enc(id)}`, undefined, signal),
  updatePerson: (id: string, fields: PersonFields) => call<AdminPerson>('PATCH', `/admin/people/${enc(id)}`, fields),
  erasePerson: (id: string) => call<null>('DELETE', `/admin/people/${enc(id)}`),
  organisations: (q: string, offset: number, signal?: AbortSignal) =>
    call<OrganisationPage>('GET', `/admin/organisations?${paged(q, offset)}`, undefined, signal),
  /** The first hundred by name: the choice on a person's page. */
  allOrganisations: (signal?: AbortSignal) => call<OrganisationPage>('GET', '/admin/organisations?limit=100', undefined, signal),
  organisation: (id: string, signal?: AbortSignal) => call<AdminOrganisation>('GET', `/admin/organisations/${enc(id)}`, undefined, signal),
  createOrganisation: (fields: OrganisationFields) => call<AdminOrganisation>('POST', '/admin/organisations', fields),
  updateOrganisation: (id: string, fields: OrganisationFields) => call<AdminOrganisation>('PATCH', `/admin/organisations/${enc(id)}`, fields),
  mailCounts: (signal?: AbortSignal) => call<MailCounts>('GET', '/admin/mail/counts', undefined, signal),
  failedMail: (offset: number, signal?: AbortSignal) =>
    call<MailQueuePageView>('GET', `/admin/mail?status=failed&limit=${ADMIN_PAGE_SIZE}&offset=${offset}`, undefined, signal),
  retryMail: (id: string) => call<MailEntry>('POST', `/admin/mail/${enc(id)}/retry`),
  retryAllFailed: () => call<RetriedView>('POST', '/admin/mail/retry-failed'),
};
