import { AccessRequest, AccessRequestsService, Membership } from '@convene/identity';
import { testConfig } from '@convene/testing';
import { Client } from 'pg';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { makeOrganisation, makePerson, mailedSignIns, randomIp, unique } from '../identity/identity-fixtures';
import { RunningApi, startApi } from '../support/api';

// Asking for access (issue 14.6) is open to strangers: it must not tell whether an address has an
// account, and must not become a way to mail arbitrary addresses in bulk.
describe('Requests for access do not tell who has an account, and are limited', () => {
  let api: RunningApi;
  let councilId: string;

  const ask = (email: string, ip = randomIp()) =>
    request(api.url).post('/api/v1/access-requests').set('X-Forwarded-For', ip).send({ email, name: 'Someone', organisationId: councilId });

  beforeAll(async () => {
    api = await startApi(await testConfig());
    councilId = (await makeOrganisation(api, { membership: Membership.Full })).id;
  });

  afterAll(async () => {
    await api?.close();
  });

  it('answers a known address exactly as an unknown one, and mails the known one a sign-in link instead', async () => {
    const known = await makePerson(api, { organisationId: councilId });
    const asKnown = await ask(known.email!).expect(202);
    const asNew = await ask(`${unique('new')}@example.org`).expect(202);
    expect(asKnown.body).toEqual(asNew.body);
    await api.app.get(AccessRequestsService).settled();
    expect(await mailedSignIns(api, known.email!)).toHaveLength(1);
    expect(await api.app.get(DataSource).getRepository(AccessRequest).findBy({ email: known.email! })).toEqual([]);
  });

  // The timing: a known address was answered after one lookup and a sign-in, an unknown one after
  // a lookup and a transaction. Now both are answered before any work that depends on the address;
  // shown without a stopwatch: with the people and requests tables locked, both are still answered.
  it('answers known and unknown addresses before looking them up, and records after', async () => {
    const known = await makePerson(api, { organisationId: councilId });
    const stranger = `${unique('stranger')}@example.org`;
    const locker = new Client({ connectionString: api.config.databaseUrl });
    await locker.connect();
    try {
      await locker.query('BEGIN');
      await locker.query('LOCK TABLE people, access_requests, sign_in_tokens IN ACCESS EXCLUSIVE MODE');
      const asKnown = await ask(known.email!).timeout(15_000).expect(202);
      const asNew = await ask(stranger).timeout(15_000).expect(202);
      expect(asKnown.body).toEqual(asNew.body);
      await locker.query('COMMIT');
    } finally {
      await locker.end();
    }
    await api.app.get(AccessRequestsService).settled();
    expect(await mailedSignIns(api, known.email!)).toHaveLength(1);
    expect(await api.app.get(DataSource).getRepository(AccessRequest).findBy({ email: stranger })).toEqual([expect.objectContaining({ status: 'pending' })]);
  });

  it('limits requests from one client address (429), whatever addresses it invents', async () => {
    const ip = randomIp();
    for (let index = 0; index < 10; index++) await ask(`${unique('flood')}@example.org`, ip).expect(202);
    const refused = `${unique('flood')}@example.org`;
    await ask(refused, ip).expect(429);
    await api.app.get(AccessRequestsService).settled();
    expect(await api.app.get(DataSource).getRepository(AccessRequest).findBy({ email: refused })).toEqual([]);
  });
});
