import { testConfig } from '@convene/testing';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { bearer, makeAdmin, signIn, tokenFor, unique } from '../identity/identity-fixtures';
import { RunningApi, startApi } from '../support/api';

// Issue 16.1: a page on another port of the same host (same site, so SameSite=Lax sends the
// cookie) auto-submitted a form to POST /admin/people from an admin's browser: 201, an admin made.
// The headers below are the ones Chromium sends for such a form or fetch.
describe('Cross-site request forgery', () => {
  let api: RunningApi;
  let db: DataSource;
  let adminCookie: string;
  let adminToken: string;
  let host: string;

  beforeAll(async () => {
    api = await startApi(await testConfig());
    db = api.app.get(DataSource);
    const admin = await makeAdmin(api);
    adminCookie = await signIn(api, admin.email!);
    adminToken = await tokenFor(api, admin);
    host = new URL(api.url).host;
  });

  afterAll(async () => {
    await api?.close();
  });

  const peopleNamed = async (email: string) => Number((await db.query('SELECT count(*) AS n FROM people WHERE email = $1', [email]))[0].n);
  const otherPort = () => `http://${new URL(api.url).hostname}:${Number(new URL(api.url).port) + 1}`;

  it('refuses a form-encoded body with the session cookie (415), and makes nobody', async () => {
    const email = `${unique('evil')}@evil.test`;
    const answer = await request(api.url)
      .post('/api/v1/admin/people')
      .set('Cookie', adminCookie)
      .set('Origin', otherPort())
      .set('Sec-Fetch-Site', 'same-site')
      .type('form')
      .send(`email=${encodeURIComponent(email)}&name=X&roles[]=admin`)
      .expect(415);
    expect(answer.body).toMatchObject({ statusCode: 415, code: 'json_only' });
    expect(await peopleNamed(email)).toBe(0);
  });

  it('refuses a text/plain body dressed as JSON (what a form with enctype=text/plain sends)', async () => {
    const email = `${unique('evil')}@evil.test`;
    await request(api.url)
      .post('/api/v1/admin/people')
      .set('Cookie', adminCookie)
      .set('Content-Type', 'text/plain')
      .send(JSON.stringify({ email, name: 'X', roles: ['admin'] }))
      .expect(415);
    expect(await peopleNamed(email)).toBe(0);
  });

  it.each([
    ['another port of the same host', (url: string) => `http://${new URL(url).hostname}:${Number(new URL(url).port) + 1}`, 'same-site'],
    ['a sibling subdomain', () => 'https://evil.convene.example.org', 'same-site'],
    ['another site', () => 'https://evil.example', 'cross-site'],
  ])('refuses a cookie-authenticated JSON change from %s (403)', async (_from, origin, fetchSite) => {
    const email = `${unique('evil')}@evil.test`;
    const answer = await request(api.url)
      .post('/api/v1/admin/people')
      .set('Cookie', adminCookie)
      .set('Origin', origin(api.url))
      .set('Sec-Fetch-Site', fetchSite)
      .send({ email, name: 'X', roles: ['admin'] })
      .expect(403);
    expect(answer.body).toMatchObject({ statusCode: 403, code: 'cross_site_request' });
    expect(await peopleNamed(email)).toBe(0);
  });

  it('refuses an Origin of another port even without Sec-Fetch-Site (older browsers)', async () => {
    const email = `${unique('evil')}@evil.test`;
    await request(api.url).post('/api/v1/admin/people').set('Cookie', adminCookie).set('Origin', otherPort()).send({ email, name: 'X' }).expect(403);
    expect(await peopleNamed(email)).toBe(0);
  });

  it('refuses a forged token mint and event cancellation the same way', async () => {
    const before = Number((await db.query('SELECT count(*) AS n FROM api_tokens')).at(0).n);
    await request(api.url).post('/api/v1/me/tokens').set('Cookie', adminCookie).set('Origin', otherPort()).set('Sec-Fetch-Site', 'same-site').send({ name: 'stolen' }).expect(403);
    expect(Number((await db.query('SELECT count(*) AS n FROM api_tokens')).at(0).n)).toBe(before);
  });

  it('accepts the same change from this site (Sec-Fetch-Site same-origin, or our Origin)', async () => {
    const first = `${unique('ok')}@example.org`;
    await request(api.url).post('/api/v1/admin/people').set('Cookie', adminCookie).set('Origin', `http://${host}`).set('Sec-Fetch-Site', 'same-origin').send({ email: first, name: 'Fine' }).expect(201);
    const second = `${unique('ok')}@example.org`;
    await request(api.url).post('/api/v1/admin/people').set('Cookie', adminCookie).set('Origin', `http://${host}`).send({ email: second, name: 'Fine' }).expect(201);
    expect(await peopleNamed(first)).toBe(1);
    expect(await peopleNamed(second)).toBe(1);
  });

  it('leaves bearer-token calls alone: they carry no ambient credential', async () => {
    const email = `${unique('script')}@example.org`;
    await request(api.url).post('/api/v1/admin/people').set(bearer(adminToken)).set('Origin', 'https://elsewhere.example').send({ email, name: 'Scripted' }).expect(201);
    expect(await peopleNamed(email)).toBe(1);
  });

  it('still reads with the cookie from anywhere (GET changes nothing)', async () => {
    await request(api.url).get('/api/v1/me').set('Cookie', adminCookie).set('Sec-Fetch-Site', 'cross-site').expect(200);
  });
});
