import { testConfig } from '@convene/testing';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { RunningApi, startApi } from '../support/api';
import { askForSignIn, bearer, makeAdmin, makeOrganisation, makePerson, mailedSignIns, signIn, tokenFor } from './identity-fixtures';

describe("A person's own data: tokens, export and erasure", () => {
  let api: RunningApi;
  let db: DataSource;
  let admin: { Authorization: string };

  beforeAll(async () => {
    api = await startApi(await testConfig());
    db = api.app.get(DataSource);
    admin = bearer(await tokenFor(api, await makeAdmin(api)));
  });

  afterAll(async () => {
    await api?.close();
  });

  it('shows a new API token once, then lists it without the secret', async () => {
    const person = await makePerson(api);
    const cookie = await signIn(api, person.email!);
    const created = await request(api.url).post('/api/v1/me/tokens').set('Cookie', cookie).send({ name: 'minutes script' }).expect(201);
    expect(created.body).toMatchObject({ name: 'minutes script', token: expect.stringMatching(/^cvn_/) });

    const listed = await request(api.url).get('/api/v1/me/tokens').set('Cookie', cookie).expect(200);
    expect(listed.body).toEqual([{ id: created.body.id, name: 'minutes script', createdAt: expect.any(String), lastUsedAt: null }]);
    const [row] = await db.query('SELECT * FROM api_tokens WHERE id = $1', [created.body.id]);
    expect(JSON.stringify(row)).not.toContain(created.body.token);
  });

  it("cannot revoke someone else's token", async () => {
    const owner = await makePerson(api);
    const other = await makePerson(api);
    const created = await request(api.url).post('/api/v1/me/tokens').set('Cookie', await signIn(api, owner.email!)).send({ name: 'mine' }).expect(201);
    await request(api.url).delete(`/api/v1/me/tokens/${created.body.id}`).set(bearer(await tokenFor(api, other))).expect(404);
    await request(api.url).get('/api/v1/me').set(bearer(created.body.token)).expect(200);
  });

  it('refuses a token name with a line break, and writes nothing', async () => {
    const person = await makePerson(api);
    const token = await tokenFor(api, person);
    const before = Number((await db.query('SELECT count(*) AS n FROM api_tokens'))[0].n);
    const response = await request(api.url).post('/api/v1/me/tokens').set(bearer(token)).send({ name: 'a\nb' }).expect(400);
    expect(response.body.details.name).toBeDefined();
    expect(Number((await db.query('SELECT count(*) AS n FROM api_tokens'))[0].n)).toBe(before);
  });

  it('exports everything held about the signed-in person, without any secret', async () => {
    const organisation = await makeOrganisation(api);
    const person = await makePerson(api, { organisationId: organisation.id, dietaryNeeds: 'vegan', pronouns: 'she/her' });
    const cookie = await signIn(api, person.email!);
    const token = await tokenFor(api, person);

    const response = await request(api.url).get('/api/v1/me/export').set('Cookie', cookie).expect(200);
    expect(response.body.person).toMatchObject({ id: person.id, email: person.email, dietaryNeeds: 'vegan', pronouns: 'she/her', isMember: true });
    expect(response.body.organisation).toMatchObject({ id: organisation.id, name: organisation.name });
    expect(response.body.sessions).toHaveLength(1);
    expect(response.body.sessions[0]).toEqual({ id: expect.any(String), createdAt: expect.any(String), lastSeenAt: expect.any(String), expiresAt: expect.any(String) });
    expect(response.body.apiTokens).toEqual([{ id: expect.any(String), name: 'tests', createdAt: expect.any(String), lastUsedAt: null }]);
    expect(JSON.stringify(response.body)).not.toContain(token);
    expect(JSON.stringify(response.body)).not.toContain(cookie.split('=')[1]);
  });

  it('erases a person: personal fields go, sessions and tokens end, the row stays nameless', async () => {
    const organisation = await makeOrganisation(api);
    const person = await makePerson(api, {
      name: 'Erin Erased', organisationId: organisation.id, jobTitle: 'Councillor', phone: '0161 000', pronouns: 'she/her',
      accessibilityNeeds: 'step-free', dietaryNeeds: 'halal',
    });
    const email = person.email!;
    const cookie = await signIn(api, email);
    const token = await tokenFor(api, person);
    await askForSignIn(api, email).expect(202);

    await request(api.url).delete(`/api/v1/admin/people/${person.id}`).set(admin).expect(204);

    const [row] = await db.query('SELECT * FROM people WHERE id = $1', [person.id]);
    expect(row).toMatchObject({
      name: 'Former participant', email: null, job_title: null, phone: null, pronouns: null, accessibility_needs: null,
      dietary_needs: null, roles: [], organisation_id: organisation.id,
    });
    expect(row.erased_at).not.toBeNull();
    for (const table of ['sessions', 'api_tokens', 'sign_in_tokens']) {
      expect(Number((await db.query(`SELECT count(*) AS n FROM ${table} WHERE person_id = $1`, [person.id]))[0].n)).toBe(0);
    }
    // Unsent mail to them is dropped, and the outbox keeps no copy of their address.
    expect(Number((await db.query('SELECT count(*) AS n FROM outbox_messages WHERE recipient = $1', [email]))[0].n)).toBe(0);
    await request(api.url).get('/api/v1/me').set('Cookie', cookie).expect(401);
    await request(api.url).get('/api/v1/me').set(bearer(token)).expect(401);

    const before = (await mailedSignIns(api, email)).length;
    await askForSignIn(api, email).expect(202);
    expect(await mailedSignIns(api, email)).toHaveLength(before);

    const csv = await request(api.url).get('/api/v1/admin/people.csv').set(admin).expect(200);
    expect(csv.text).not.toContain(person.id);
    const shown = await request(api.url).get(`/api/v1/admin/people/${person.id}`).set(admin).expect(200);
    expect(shown.body).toMatchObject({ name: 'Former participant', email: null, erasedAt: expect.any(String) });
  });

  it('lets the address of an erased person be used for a new person', async () => {
    const person = await makePerson(api);
    const email = person.email!;
    await request(api.url).delete(`/api/v1/admin/people/${person.id}`).set(admin).expect(204);
    await request(api.url).post('/api/v1/admin/people').set(admin).send({ email, name: 'Back Again' }).expect(201);
  });

  it('refuses to edit an erased person with 410, and erasing again is harmless', async () => {
    const person = await makePerson(api);
    await request(api.url).delete(`/api/v1/admin/people/${person.id}`).set(admin).expect(204);
    await request(api.url).delete(`/api/v1/admin/people/${person.id}`).set(admin).expect(204);
    const response = await request(api.url).patch(`/api/v1/admin/people/${person.id}`).set(admin).send({ name: 'Restored' }).expect(410);
    expect(response.body.code).toBe('person_erased');
  });
});
