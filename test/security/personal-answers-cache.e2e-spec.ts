import { testConfig } from '@convene/testing';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { makePerson, signIn } from '../identity/identity-fixtures';
import { RunningApi, startApi } from '../support/api';
import { makePublishedEvent, registerDelegate } from '../support/events';

// Review 2026-12-03: the API's JSON answers carried no Cache-Control at all, so a browser's disk
// cache (a shared computer, after signing out) or a cache in front of the API could keep a person's
// profile, their export or a registration read by its private link (dietary and access needs).
describe('Attack: reading a person’s answers back out of a cache', () => {
  let api: RunningApi;
  let db: DataSource;

  beforeAll(async () => {
    api = await startApi(await testConfig());
    db = api.app.get(DataSource);
  });

  afterAll(async () => {
    await api?.close();
  });

  it('tells every cache not to keep what is read signed in: the person, their export, their tokens', async () => {
    const person = await makePerson(api);
    const cookie = await signIn(api, person.email!);
    for (const path of ['/api/v1/me', '/api/v1/me/export', '/api/v1/me/tokens', '/api/v1/me/actions']) {
      const answer = await request(api.url).get(path).set('Cookie', cookie).expect(200);
      expect({ path, cacheControl: answer.headers['cache-control'] }).toEqual({ path, cacheControl: 'no-store' });
    }
  });

  it('tells every cache not to keep a registration read by its private link, nor an error answer', async () => {
    const event = await makePublishedEvent(api, { capacity: 10 });
    const delegate = await registerDelegate(api, event.id, 1, { dietaryNeeds: 'Coeliac' });
    const [{ link }] = await db.query(
      `SELECT template_data->>'link' AS link FROM outbox_messages WHERE recipient = $1 AND kind = 'registration-confirmed'`,
      [delegate.email],
    );
    const { pathname, search } = new URL(link as string);
    const privateLink = await request(api.url).get(`/api/v1${pathname}${search}`).expect(200);
    expect(privateLink.body.id).toBe(delegate.id);
    expect(privateLink.headers['cache-control']).toBe('no-store');

    const refused = await request(api.url).get(`/api/v1${pathname}?token=wrong-token`);
    expect(refused.status).toBeGreaterThanOrEqual(400);
    expect(refused.headers['cache-control']).toBe('no-store');
  });

  it('still lets the public event feed be cached, as it says', async () => {
    const event = await makePublishedEvent(api, { capacity: 10 });
    const feed = await request(api.url).get(`/api/v1/events/${event.slug}/calendar.ics`).expect(200);
    expect(feed.headers['cache-control']).toBe('public, max-age=300');
  });
});
