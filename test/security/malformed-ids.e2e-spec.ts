import { NetworkRole } from '@convene/identity';
import { testConfig } from '@convene/testing';
import request from 'supertest';
import { bearer, makePerson, tokenFor } from '../identity/identity-fixtures';
import { RunningApi, startApi } from '../support/api';

// Issue 16, smaller: an id that is not a UUID behind an organiser check (`/events/undefined/sessions`)
// reached Postgres and came back as a 500.
describe('Attack: ids in the path that are not UUIDs', () => {
  let api: RunningApi;
  let organiserToken: string;

  beforeAll(async () => {
    api = await startApi(await testConfig());
    organiserToken = await tokenFor(api, await makePerson(api, { roles: [NetworkRole.Organiser] }));
  });

  afterAll(async () => {
    await api?.close();
  });

  it.each([
    ['POST', '/api/v1/events/undefined/sessions', { title: 'Opening', kind: 'plenary', startsAt: '2027-03-01T10:00:00Z', endsAt: '2027-03-01T11:00:00Z' }],
    ['GET', '/api/v1/events/undefined/registrations', undefined],
    ['POST', "/api/v1/events/1'%20OR%201=1/publish", undefined],
    ['GET', '/api/v1/sessions/null/questions?since=0', undefined],
  ])('answers %s %s with 400 invalid_id, not a 500', async (method, path, body) => {
    const call = method === 'GET' ? request(api.url).get(path) : request(api.url).post(path).send(body);
    const answer = await call.set(bearer(organiserToken));
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({ statusCode: 400, code: 'invalid_id' });
    expect(answer.body.message).toMatch(/must be a UUID/);
  });

  it('still puts a well-formed id through the organiser check (403, not 400)', async () => {
    const someone = await tokenFor(api, await makePerson(api));
    await request(api.url).get('/api/v1/events/00000000-0000-4000-8000-000000000000/registrations').set(bearer(someone)).expect(403);
  });
});
