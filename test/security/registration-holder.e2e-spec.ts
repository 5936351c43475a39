import { testConfig } from '@convene/testing';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { bearer, makePerson, signIn, tokenFor } from '../identity/identity-fixtures';
import { RunningApi, startApi } from '../support/api';
import { makePublishedEvent, postRegistration, registrationBody } from '../support/events';

// A signed-in person now opens, changes and cancels their registrations without the mailed link
// (GET /me/registrations lists them). What makes a registration theirs is its address, which the
// mails go to and signing in proves; not the account that sent the form, since anyone signed in
// may type another person's address into it.
describe('Attack: reaching another person’s registration through one’s own account', () => {
  let api: RunningApi;
  let db: DataSource;

  beforeAll(async () => {
    api = await startApi(await testConfig());
    db = api.app.get(DataSource);
  });

  afterAll(async () => {
    await api?.close();
  });

  const statusOf = async (id: string) => (await db.query('SELECT status FROM registrations WHERE id = $1', [id]))[0].status as string;
  const privateLinkOf = async (email: string) => {
    const [{ link }] = await db.query(`SELECT template_data->>'link' AS link FROM outbox_messages WHERE recipient = $1 AND kind = 'registration-confirmed'`, [email]);
    return new URL(link as string).searchParams.get('token') as string;
  };

  it('gives the one who registered someone else’s address neither the list entry, nor what its holder adds, nor the cancel; the holder gets all three', async () => {
    const mallory = await makePerson(api, { name: 'Mallory' });
    const victim = await makePerson(api, { name: 'Vic Tim' });
    const malloryToken = await tokenFor(api, mallory);
    const event = await makePublishedEvent(api, { capacity: 10 });
    // Mallory, signed in, registers the victim's address: the form allows it (a colleague's place).
    const made = await postRegistration(api, event.id, registrationBody(1, { name: 'Vic Tim', email: victim.email }), malloryToken).expect(201);
    const id = made.body.id as string;
    // The victim follows the mailed link and adds what only they and the organisers may read.
    const token = await privateLinkOf(victim.email!);
    await request(api.url).patch(`/api/v1/registrations/${id}?token=${encodeURIComponent(token)}`).send({ accessNeeds: 'Wheelchair user' }).expect(200);

    const read = await request(api.url).get(`/api/v1/registrations/${id}`).set(bearer(malloryToken)).expect(404);
    expect(JSON.stringify(read.body)).not.toContain('Wheelchair');
    const list = await request(api.url).get('/api/v1/me/registrations').set(bearer(malloryToken)).expect(200);
    expect(JSON.stringify(list.body)).not.toContain(id);
    await request(api.url).delete(`/api/v1/registrations/${id}`).set(bearer(malloryToken)).expect(404);
    await request(api.url).get(`/api/v1/registrations/${id}/check-in-code`).set(bearer(malloryToken)).expect(404);
    expect(await statusOf(id)).toBe('confirmed');

    const victimToken = await tokenFor(api, victim);
    const theirs = await request(api.url).get('/api/v1/me/registrations').set(bearer(victimToken)).expect(200);
    expect(theirs.body.upcoming.map((item: { id: string }) => item.id)).toEqual([id]);
    expect((await request(api.url).get(`/api/v1/registrations/${id}`).set(bearer(victimToken)).expect(200)).body.accessNeeds).toBe('Wheelchair user');
  });

  it('answers a stranger signed in about a real registration exactly as about an id that does not exist', async () => {
    const holder = await makePerson(api);
    const stranger = await makePerson(api);
    const event = await makePublishedEvent(api, { capacity: 10 });
    const registration = await postRegistration(api, event.id, registrationBody(1, { email: holder.email })).expect(201);
    const strangerToken = await tokenFor(api, stranger);
    const withoutRequestId = (body: Record<string, unknown>) => ({ ...body, requestId: undefined });

    const real = await request(api.url).get(`/api/v1/registrations/${registration.body.id}`).set(bearer(strangerToken)).expect(404);
    const missing = await request(api.url).get('/api/v1/registrations/7f0c1e8e-3c3b-4d7e-9a4e-2f6d1b0c9a11').set(bearer(strangerToken)).expect(404);
    expect(withoutRequestId(real.body)).toEqual(withoutRequestId(missing.body));
  });

  it('refuses a page of another site that would cancel a registration with its holder’s session cookie', async () => {
    const holder = await makePerson(api);
    const event = await makePublishedEvent(api, { capacity: 10 });
    const registration = await postRegistration(api, event.id, registrationBody(1, { email: holder.email })).expect(201);
    const cookie = await signIn(api, holder.email!);
    const otherPort = `http://${new URL(api.url).hostname}:1`;

    await request(api.url).delete(`/api/v1/registrations/${registration.body.id}`).set('Cookie', cookie).set('Origin', otherPort).set('Sec-Fetch-Site', 'same-site').expect(403);
    expect(await statusOf(registration.body.id)).toBe('confirmed');
    // From this site's own page, the same cookie cancels it.
    await request(api.url).delete(`/api/v1/registrations/${registration.body.id}`).set('Cookie', cookie).set('Sec-Fetch-Site', 'same-origin').expect(200);
    expect(await statusOf(registration.body.id)).toBe('cancelled');
  });
});
