import { NetworkRole } from '@convene/identity';
import { testConfig } from '@convene/testing';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { bearer, makePerson, tokenFor, unique } from '../identity/identity-fixtures';
import { RunningApi, startApi } from '../support/api';
import { makePublishedEvent, registrationBody } from '../support/events';

// Issue 16, smaller: names accepted U+202E and the other bidirectional controls (a name that
// prints backwards in lists, mails and minutes), and an address with a quoted local part holding
// CR LF (`"evil\r\nbcc: a@b.c"@attacker.test`) was accepted and stored.
describe('Attack: names and addresses that are not what they seem', () => {
  let api: RunningApi;
  let db: DataSource;
  let adminToken: string;

  const bidiControls = ['\u202e', '\u202d', '\u202a', '\u2066', '\u2067', '\u2068', '\u2069', '\u200f', '\u061c'];
  const crlfAddress = `"evil\r\nbcc: a@b.c"@${unique('attacker')}.test`;

  beforeAll(async () => {
    api = await startApi(await testConfig());
    db = api.app.get(DataSource);
    adminToken = await tokenFor(api, await makePerson(api, { roles: [NetworkRole.Admin] }));
  });

  afterAll(async () => {
    await api?.close();
  });

  it.each(bidiControls.map((control) => [`U+${control.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`, control]))(
    'refuses a registration whose name holds %s, and stores nothing',
    async (_code, control) => {
      const event = await makePublishedEvent(api, { capacity: 10 });
      const body = registrationBody(1, { name: `Jo ${control}gpj.exe Bloggs` });
      const answer = await request(api.url).post(`/api/v1/events/${event.id}/registrations`).send(body).expect(400);
      expect(answer.body.details?.name?.join(' ')).toMatch(/control characters/);
      expect(await db.query('SELECT 1 FROM registrations WHERE email = $1', [body.email])).toEqual([]);
    },
  );

  it('refuses a bidirectional override in a person’s name and an organisation’s name', async () => {
    const person = await request(api.url)
      .post('/api/v1/admin/people')
      .set(bearer(adminToken))
      .send({ name: 'Admin \u202enimda', email: `${unique('bidi')}@example.org` });
    expect(person.status).toBe(400);
    const organisation = await request(api.url)
      .post('/api/v1/admin/organisations')
      .set(bearer(adminToken))
      .send({ name: 'Council \u202elicnuoC', kind: 'council', membership: 'full' });
    expect(organisation.status).toBe(400);
    expect(organisation.body.details?.name).toBeDefined();
  });

  it('still takes Welsh, accented and right-to-left names written plainly', async () => {
    const event = await makePublishedEvent(api, { capacity: 10 });
    for (const name of ['Siân Llŷr ap Dafydd', 'Zoë Ó Súilleabháin', 'مريم الحسن']) {
      await request(api.url).post(`/api/v1/events/${event.id}/registrations`).send(registrationBody(1, { name })).expect(201);
    }
  });

  it('refuses a quoted address with CR LF when registering, and stores nothing', async () => {
    const event = await makePublishedEvent(api, { capacity: 10 });
    const answer = await request(api.url).post(`/api/v1/events/${event.id}/registrations`).send(registrationBody(1, { email: crlfAddress })).expect(400);
    expect(answer.body.details?.email).toBeDefined();
    expect(await db.query(`SELECT 1 FROM registrations WHERE email LIKE '%bcc:%'`)).toEqual([]);
  });

  it('refuses it when asking for a sign-in mail, and queues no mail', async () => {
    await request(api.url).post('/api/v1/auth/email').send({ email: crlfAddress }).expect(400);
    expect(await db.query(`SELECT 1 FROM outbox_messages WHERE recipient LIKE '%bcc:%'`)).toEqual([]);
  });

  it('refuses it when an admin adds a person, and stores nothing', async () => {
    await request(api.url).post('/api/v1/admin/people').set(bearer(adminToken)).send({ name: 'Evil', email: crlfAddress }).expect(400);
    await request(api.url).post('/api/v1/admin/people').set(bearer(adminToken)).send({ name: 'Evil', email: `"quoted"@${unique('attacker')}.test` }).expect(400);
    expect(await db.query(`SELECT 1 FROM people WHERE email LIKE '%bcc:%' OR email LIKE '"%'`)).toEqual([]);
  });
});
