import { Membership, NetworkRole, Organisation, OrganisationKind, Person, SignInService, apiTokensFor } from '@convene/identity';
import { randomBytes } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { RunningApi } from '../support/api';

export const unique = (prefix: string) => `${prefix}-${randomBytes(4).toString('hex')}`;

/** An organisation with a unique name. */
export async function makeOrganisation(api: RunningApi, fields: Partial<Organisation> = {}): Promise<Organisation> {
  const repo = api.app.get(DataSource).getRepository(Organisation);
  return repo.save(repo.create({ name: unique('Council'), kind: OrganisationKind.Council, membership: Membership.Full, ...fields }));
}

/** A person with a unique example.org address. */
export async function makePerson(api: RunningApi, fields: Partial<Person> = {}): Promise<Person> {
  const repo = api.app.get(DataSource).getRepository(Person);
  return repo.save(repo.create({ name: 'Jo Bloggs', email: `${unique('person')}@example.org`, roles: [], ...fields }));
}

export const makeAdmin = (api: RunningApi) => makePerson(api, { name: 'Network Admin', roles: [NetworkRole.Admin] });

/** An API token for the person, made the way the CLI makes one. */
export async function tokenFor(api: RunningApi, person: Person): Promise<string> {
  const created = await apiTokensFor(api.app.get(DataSource), api.config).create(person.id, 'tests');
  return created.token;
}

export const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

export interface MailedSignIn {
  outboxId: string;
  code: string;
  link: string;
  token: string;
  name: string | null;
}

/**
 * The sign-in mail recorded for an address: read from the outbox, since no mail is delivered here.
 * Sign-in records its mail after answering, so this first waits for what was asked to be recorded.
 */
export async function mailedSignIns(api: RunningApi, email: string): Promise<MailedSignIn[]> {
  await api.app.get(SignInService).settled();
  const rows: Array<{ id: string; template_data: { code: string; link: string; name: string | null } }> = await api.app
    .get(DataSource)
    .query(`SELECT id, template_data FROM outbox_messages WHERE kind = 'sign-in' AND recipient = $1 ORDER BY created_at DESC`, [email]);
  // Once sent, a mail's code and link are cleared from its row: where a worker runs, only those not yet sent are readable here.
  return rows.filter((row) => row.template_data.link).map((row) => ({
    outboxId: row.id,
    code: row.template_data.code,
    link: row.template_data.link,
    token: new URL(row.template_data.link).searchParams.get('token') ?? '',
    name: row.template_data.name,
  }));
}

/** Asks for a sign-in mail from its own client address (so per-IP limits do not leak between tests). */
export function askForSignIn(api: RunningApi, email: string, ip = randomIp()) {
  return request(api.url).post('/api/v1/auth/email').set('X-Forwarded-For', ip).send({ email });
}

/** A documentation-range address (RFC 3849): only ever a header value, never contacted. */
export function randomIp(): string {
  return `2001:db8::${randomBytes(2).toString('hex')}:${randomBytes(2).toString('hex')}`;
}

/** The session cookie (name=value) from a response. */
export function sessionCookieOf(response: request.Response): string {
  const cookies = ([] as string[]).concat(response.headers['set-cookie'] ?? []);
  const cookie = cookies.find((line) => line.startsWith('convene_session='));
  if (!cookie) throw new Error(`No session cookie in ${JSON.stringify(cookies)}`);
  return cookie.split(';')[0];
}

/** Signs a person in through the mail flow; returns the cookie to send. */
export async function signIn(api: RunningApi, email: string): Promise<string> {
  // With a worker running, the mail may be sent (and its code cleared) before it is read: ask again then.
  let mail: MailedSignIn | undefined;
  for (let attempt = 0; attempt < 3 && !mail; attempt++) {
    await askForSignIn(api, email).expect(202);
    [mail] = await mailedSignIns(api, email);
  }
  if (!mail) throw new Error(`No readable sign-in mail for ${email}`);
  const response = await request(api.url).post('/api/v1/auth/verify').set('X-Forwarded-For', randomIp()).send({ email, code: mail.code }).expect(200);
  return sessionCookieOf(response);
}
