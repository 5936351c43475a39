import { AccessRequest, AccessRequestsService, Membership, NetworkRole, Person, PersonalDataService } from '@convene/identity';
import { testConfig } from '@convene/testing';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { RunningApi, startApi } from '../support/api';
import { bearer, makeOrganisation, makePerson, randomIp, tokenFor, unique } from './identity-fixtures';

// Issue 14.6: someone from a member council without an account, at a members-only event, asks
// for access; an organiser approves (their account is made) or declines; they are mailed either way.
describe('Requests for access', () => {
  let api: RunningApi;
  let organiserToken: string;
  let council: { id: string; name: string };

  const mailsTo = (email: string) =>
    api.app.get(DataSource).query<{ kind: string; template_data: Record<string, unknown> }[]>(`SELECT kind, template_data FROM outbox_messages WHERE recipient = $1 ORDER BY created_at`, [email]);
  /** Asks, expecting `status`; a request is recorded after its answer, so this waits for that too. */
  const ask = async (fields: Record<string, unknown>, status = 202) => {
    const response = await request(api.url).post('/api/v1/access-requests').set('X-Forwarded-For', randomIp()).send(fields).expect(status);
    await api.app.get(AccessRequestsService).settled();
    return response;
  };
  const requestsFor = (email: string) => api.app.get(DataSource).getRepository(AccessRequest).findBy({ email });

  beforeAll(async () => {
    api = await startApi(await testConfig());
    organiserToken = await tokenFor(api, await makePerson(api, { name: 'Organiser', roles: [NetworkRole.Organiser] }));
    council = await makeOrganisation(api, { membership: Membership.Full });
  });

  afterAll(async () => {
    await api?.close();
  });

  it('lists the member organisations for the form, not the others', async () => {
    const outsider = await makeOrganisation(api, { membership: Membership.None });
    const { body } = await request(api.url).get('/api/v1/organisations/members').expect(200);
    const names = body.map((organisation: { name: string }) => organisation.name);
    expect(names).toContain(council.name);
    expect(names).not.toContain(outsider.name);
  });

  it('takes a request once, acknowledges it by mail, and an organiser approves it: the account is made and they can sign in', async () => {
    const email = `${unique('sam')}@oldham.example.org`;
    const fields = { email, name: 'Sam Jones', jobTitle: 'Policy officer', organisationId: council.id, reason: 'I lead our co-op housing work', eventPath: '/events/network-forum' };
    const first = await ask(fields);
    await ask(fields);
    expect(await mailsTo(email)).toEqual([expect.objectContaining({ kind: 'access-requested' })]);

    const pending = await request(api.url).get('/api/v1/access-requests').set(bearer(organiserToken)).expect(200);
    const mine = pending.body.filter((one: { email: string }) => one.email === email);
    expect(mine).toEqual([expect.objectContaining({ name: 'Sam Jones', organisationName: council.name, reason: 'I lead our co-op housing work', status: 'pending' })]);

    const approved = await request(api.url).post(`/api/v1/access-requests/${mine[0].id}/approve`).set(bearer(organiserToken)).send({}).expect(200);
    expect(approved.body.status).toBe('approved');
    const person = await api.app.get(DataSource).getRepository(Person).findOneOrFail({ where: { email }, relations: { organisation: true } });
    expect(person).toMatchObject({ name: 'Sam Jones', jobTitle: 'Policy officer', organisationId: council.id, roles: [] });
    const approval = (await mailsTo(email)).find((mail) => mail.kind === 'access-approved');
    expect(approval?.template_data.link).toMatch(/\/sign-in-with-code\?next=%2Fevents%2Fnetwork-forum$/);

    // Answered once: a second answer (approve or decline) is refused and changes nothing.
    await request(api.url).post(`/api/v1/access-requests/${mine[0].id}/decline`).set(bearer(organiserToken)).send({}).expect(409);
    expect((await mailsTo(email)).map((mail) => mail.kind)).toEqual(['access-requested', 'access-approved']);
    expect(first.body.message).toMatch(/organiser will answer/);
  });

  it('mails a declined request with the organiser’s note, and makes no account', async () => {
    const email = `${unique('alex')}@example.org`;
    await ask({ email, name: 'Alex', organisationId: council.id });
    const [pending] = await requestsFor(email);
    await request(api.url).post(`/api/v1/access-requests/${pending.id}/decline`).set(bearer(organiserToken)).send({ note: 'Please ask your council’s lead officer.' }).expect(200);
    const declined = (await mailsTo(email)).find((mail) => mail.kind === 'access-declined');
    expect(declined?.template_data.note).toBe('Please ask your council’s lead officer.');
    expect(await api.app.get(DataSource).getRepository(Person).existsBy({ email })).toBe(false);
  });

  it('refuses bad input with a clear 400 and stores nothing', async () => {
    const outsider = await makeOrganisation(api, { membership: Membership.None });
    const email = `${unique('bad')}@example.org`;
    const refusals: Array<[Record<string, unknown>, RegExp]> = [
      [{ email, name: 'X', organisationId: outsider.id }, /member organisations/],
      [{ email: 'not-an-address', name: 'X', organisationId: council.id }, /email/],
      [{ email: '"evil\r\nbcc: a@b.c"@attacker.test', name: 'X', organisationId: council.id }, /email/],
      [{ email, name: 'Sam\u202Egnp.exe', organisationId: council.id }, /name/],
      [{ email, name: '', organisationId: council.id }, /name/],
      [{ email, name: 'X', organisationId: council.id, eventPath: 'https://evil.example/' }, /event page/],
      [{ email, name: 'X', organisationId: council.id, reason: 'x'.repeat(1001) }, /reason/],
    ];
    for (const [fields, message] of refusals) {
      const response = await ask(fields, 400);
      expect(`${response.body.message} ${JSON.stringify(response.body.details ?? {})}`).toMatch(message);
    }
    expect(await requestsFor(email)).toEqual([]);
    expect(await mailsTo(email)).toEqual([]);
  });

  it('is for organisers only to see and answer', async () => {
    const delegateToken = await tokenFor(api, await makePerson(api));
    await request(api.url).get('/api/v1/access-requests').expect(401);
    await request(api.url).get('/api/v1/access-requests').set(bearer(delegateToken)).expect(403);
    const email = `${unique('kim')}@example.org`;
    await ask({ email, name: 'Kim', organisationId: council.id });
    const [pending] = await requestsFor(email);
    await request(api.url).post(`/api/v1/access-requests/${pending.id}/approve`).set(bearer(delegateToken)).send({}).expect(403);
    expect((await requestsFor(email))[0].status).toBe('pending');
  });

  it('goes with the person when they are erased, and is in their export', async () => {
    const email = `${unique('erased')}@example.org`;
    await ask({ email, name: 'Robin', organisationId: council.id, reason: 'Please' });
    const [pending] = await requestsFor(email);
    await request(api.url).post(`/api/v1/access-requests/${pending.id}/approve`).set(bearer(organiserToken)).send({}).expect(200);
    const person = await api.app.get(DataSource).getRepository(Person).findOneByOrFail({ email });
    const exported = (await api.app.get(PersonalDataService).exportFor(person.id)) as unknown as Record<string, unknown>;
    expect(exported.accessRequests).toEqual([expect.objectContaining({ name: 'Robin', reason: 'Please', status: 'approved' })]);
    await api.app.get(PersonalDataService).erase(person.id);
    expect(await requestsFor(email)).toEqual([]);
  });
});
