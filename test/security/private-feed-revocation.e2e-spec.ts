import { testConfig } from '@convene/testing';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { RunningApi, startApi } from '../support/api';
import { makeAutumnForum, register } from '../support/calendar';

// Review 2026-12-03: a private calendar feed went out with `private, max-age=300`, so a calendar
// app (or a browser) could go on showing a feed for up to five minutes after the delegate
// revoked it, having been told the copy it held was good without asking. A private feed must
// be asked for again on every fetch; the ETag keeps that cheap (a 304 while nothing changed).
describe('Attack: reading a revoked private calendar feed from a cache', () => {
  let api: RunningApi;
  let db: DataSource;

  beforeAll(async () => {
    api = await startApi(await testConfig());
    db = api.app.get(DataSource);
  });

  afterAll(async () => {
    await api?.close();
  });

  const privateToken = async (email: string) => {
    const [row] = (await db.query(`SELECT template_data->>'link' AS link FROM outbox_messages WHERE recipient = $1 AND kind = 'registration-confirmed'`, [email])) as {
      link: string;
    }[];
    return new URL(row.link).searchParams.get('token') as string;
  };

  /** The Cache-Control directives, as name → value (true for a bare directive). */
  const directives = (header: string | undefined) =>
    Object.fromEntries(
      (header ?? '')
        .split(',')
        .map((part) => part.trim().toLowerCase())
        .filter(Boolean)
        .map((part) => {
          const [name, value] = part.split('=');
          return [name, value ?? true];
        }),
    );

  it('tells caches to ask again before every use, answers 304 while unchanged, and 404 once revoked', async () => {
    const forum = await makeAutumnForum(api);
    const delegate = await register(api, forum.id, [forum.saturdayWorkshop.id]);
    const token = await privateToken(delegate.email);
    const created = await request(api.url).post(`/api/v1/registrations/${delegate.id}/calendar-feed?token=${encodeURIComponent(token)}`).expect(201);
    const path = new URL(created.body.url as string).pathname;

    const feed = await request(api.url).get(path).expect(200);
    const told = directives(feed.headers['cache-control']);
    // Kept by the delegate's own client only, and never used without asking the server first.
    expect(told).toMatchObject({ private: true, 'no-cache': true });
    expect(told['max-age'] ?? '0').toBe('0');
    expect(told).not.toHaveProperty('public');
    expect(told).not.toHaveProperty('s-maxage');
    expect(told).not.toHaveProperty('stale-while-revalidate');

    // Asking again costs a 304 while nothing changed, with the same rules.
    const unchanged = await request(api.url).get(path).set('If-None-Match', feed.headers.etag as string).expect(304);
    expect(directives(unchanged.headers['cache-control'])).toEqual(told);

    // Revoked: the very next fetch, even one revalidating the copy it holds, is refused.
    await request(api.url).delete(`/api/v1/registrations/${delegate.id}/calendar-feed?token=${encodeURIComponent(token)}`).expect(204);
    const revoked = await request(api.url).get(path).set('If-None-Match', feed.headers.etag as string).expect(404);
    expect(revoked.body.code).toBe('calendar_feed_not_found');
    expect(revoked.headers['cache-control']).toBe('no-store');
  });
});
