// The network admin's routes: people, organisations and the mail queue (admins only).
import type { NetworkRole } from '../api';
import { apiCall, type Method } from '../api-base';

export const ADMIN_PAGE_SIZE = 20;

export interface Page<T> {
  items: T[];
  total: number;
}

export type Membership = 'full' | 'affiliate' | 'none';
export type OrganisationKind = 'council' | 'other';

export interface AdminOrganisation {
  id: string;
  name: string;
  kind: OrganisationKind;
  membership: Membership;
  isMember: boolean;
  region: string | null;
  website: string | null;
}

export interface OrganisationFields {
  name?: string;
  kind?: OrganisationKind;
  membership?: Membership;
  region?: string | null;
  website?: string | null;
}

export interface AdminPerson {
  id: string;
  /** Null once erased. */
  email: string | null;
  name: string;
  jobTitle: string | null;
  organisation: { id: string; name: string; membership: Membership; isMember: boolean } | null;
  roles: NetworkRole[];
  erasedAt: string | null;
  createdAt: string;
}

export interface PersonFields {
  name?: string;
  email?: string;
  jobTitle?: string | null;
  organisationId?: string | null;
  roles?: NetworkRole[];
}

export type MailStatus = 'pending' | 'sent' | 'failed';

export interface MailEntry {
  id: string;
  kind: string;
  recipient: string;
  subject: string | null;
  status: MailStatus;
  attempts: number;
  lastError: string | null;
  createdAt: string;
  sentAt: string | null;
}

export interface MailCounts {
  waiting: number;
  retrying: number;
  sent: number;
  failed: number;
}

const call = <T>(method: Method, path: string, body?: unknown, signal?: AbortSignal): Promise<T> => apiCall<T>(method, path, { body, signal });
const enc = encodeURIComponent;
const paged = (q: string, offset: number) => `q=${enc(q)}&limit=${ADMIN_PAGE_SIZE}&offset=${offset}`;

export const adminApi = {
  people: (q: string, offset: number, signal?: AbortSignal) => call<Page<AdminPerson>>('GET', `/admin/people?${paged(q, offset)}`, undefined, signal),
  person: (id: string, signal?: AbortSignal) => call<AdminPerson>('GET', `/admin/people/${enc(id)}`, undefined, signal),
  updatePerson: (id: string, fields: PersonFields) => call<AdminPerson>('PATCH', `/admin/people/${enc(id)}`, fields),
  erasePerson: (id: string) => call<null>('DELETE', `/admin/people/${enc(id)}`),
  organisations: (q: string, offset: number, signal?: AbortSignal) =>
    call<Page<AdminOrganisation>>('GET', `/admin/organisations?${paged(q, offset)}`, undefined, signal),
  /** The first hundred by name: the choice on a person's page. */
  allOrganisations: (signal?: AbortSignal) => call<Page<AdminOrganisation>>('GET', '/admin/organisations?limit=100', undefined, signal),
  organisation: (id: string, signal?: AbortSignal) => call<AdminOrganisation>('GET', `/admin/organisations/${enc(id)}`, undefined, signal),
  createOrganisation: (fields: OrganisationFields) => call<AdminOrganisation>('POST', '/admin/organisations', fields),
  updateOrganisation: (id: string, fields: OrganisationFields) => call<AdminOrganisation>('PATCH', `/admin/organisations/${enc(id)}`, fields),
  mailCounts: (signal?: AbortSignal) => call<MailCounts>('GET', '/admin/mail/counts', undefined, signal),
  failedMail: (offset: number, signal?: AbortSignal) =>
    call<Page<MailEntry>>('GET', `/admin/mail?status=failed&limit=${ADMIN_PAGE_SIZE}&offset=${offset}`, undefined, signal),
  retryMail: (id: string) => call<MailEntry>('POST', `/admin/mail/${enc(id)}/retry`),
  retryAllFailed: () => call<{ retried: number }>('POST', '/admin/mail/retry-failed'),
};
