import { testConfig } from '@convene/testing';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { bearer, makePerson, signIn, tokenFor } from '../identity/identity-fixtures';
import { RunningApi, startApi } from '../support/api';

// Issue 16.5: a token minted with another token kept working after its parent was revoked.
describe('API tokens cannot mint tokens', () => {
  let api: RunningApi;
  let db: DataSource;

  beforeAll(async () => {
    api = await startApi(await testConfig());
    db = api.app.get(DataSource);
  });

  afterAll(async () => {
    await api?.close();
  });

  it('refuses POST /me/tokens with a bearer token (403), and mints nothing', async () => {
    const person = await makePerson(api);
    const token = await tokenFor(api, person);
    const answer = await request(api.url).post('/api/v1/me/tokens').set(bearer(token)).send({ name: 'child' }).expect(403);
    expect(answer.body).toMatchObject({ statusCode: 403, code: 'token_cannot_mint_tokens' });
    const [{ n }] = await db.query('SELECT count(*) AS n FROM api_tokens WHERE person_id = $1', [person.id]);
    expect(Number(n)).toBe(1);
  });

  it('still mints a token for a person signed in with their session', async () => {
    const person = await makePerson(api);
    const cookie = await signIn(api, person.email!);
    const made = await request(api.url).post('/api/v1/me/tokens').set('Cookie', cookie).send({ name: 'script' }).expect(201);
    await request(api.url).get('/api/v1/me').set(bearer(made.body.token)).expect(200);
  });
});
