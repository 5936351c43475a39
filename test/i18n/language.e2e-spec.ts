import { testConfig } from '@convene/testing';
import request from 'supertest';
import { RunningApi, startApi } from '../support/api';
import { makePerson, signIn } from '../identity/identity-fixtures';

describe('The language a person reads', () => {
  let api: RunningApi;

  beforeAll(async () => {
    api = await startApi(await testConfig());
  });

  afterAll(async () => {
    await api?.close();
  });

  it('is saved on the signed-in person and shown by GET /me', async () => {
    const person = await makePerson(api);
    const cookie = await signIn(api, person.email!);
    expect((await request(api.url).get('/api/v1/me').set('Cookie', cookie).expect(200)).body.language).toBeNull();

    const saved = await request(api.url).put('/api/v1/me/language').set('Cookie', cookie).send({ language: 'cy' }).expect(200);
    expect(saved.body.language).toBe('cy');
    expect((await request(api.url).get('/api/v1/me').set('Cookie', cookie).expect(200)).body.language).toBe('cy');
  });

  it('refuses a language Convene does not speak, and keeps the one saved', async () => {
    const person = await makePerson(api, { language: 'en' });
    const cookie = await signIn(api, person.email!);
    const refused = await request(api.url).put('/api/v1/me/language').set('Cookie', cookie).send({ language: 'fr' }).expect(400);
    expect(refused.body).toMatchObject({ statusCode: 400 });
    expect((await request(api.url).get('/api/v1/me').set('Cookie', cookie).expect(200)).body.language).toBe('en');
  });

  it('needs a signed-in person', async () => {
    await request(api.url).put('/api/v1/me/language').send({ language: 'cy' }).expect(401);
  });

  it('renders the sign-in page in the browser choice first, then its Accept-Language', async () => {
    const byHeader = await request(api.url).get('/sign-in').set('Accept-Language', 'cy-GB,cy;q=0.9,en;q=0.5').expect(200);
    expect(byHeader.text).toContain('<html lang="cy">');
    const byChoice = await request(api.url).get('/sign-in').set('Accept-Language', 'cy').set('Cookie', 'convene_lang=en').expect(200);
    expect(byChoice.text).toContain('<html lang="en-GB">');
    expect(byChoice.text).toContain('Sign in to Convene');
  });
});
