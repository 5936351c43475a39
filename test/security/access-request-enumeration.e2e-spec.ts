import { AccessRequest, Membership } from '@convene/identity';
import { testConfig } from '@convene/testing';
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
    expect(await mailedSignIns(api, known.email!)).toHaveLength(1);
    expect(await api.app.get(DataSource).getRepository(AccessRequest).findBy({ email: known.email! })).toEqual([]);
  });

  it('limits requests from one client address (429), whatever addresses it invents', async () => {
    const ip = randomIp();
    for (let index = 0; index < 10; index++) await ask(`${unique('flood')}@example.org`, ip).expect(202);
    const refused = `${unique('flood')}@example.org`;
    await ask(refused, ip).expect(429);
    expect(await api.app.get(DataSource).getRepository(AccessRequest).findBy({ email: refused })).toEqual([]);
  });
});
