import { getQueueToken } from '@nestjs/bullmq';
import { CalendarSync, Reminders } from '@convene/calendar';
import { QueueName } from '@convene/core';
import { parseCalendar, testConfig } from '@convene/testing';
import { Queue } from 'bullmq';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { bearer } from '../identity/identity-fixtures';
import { RunningApi, startApi } from '../support/api';
import { makeAutumnForum, register } from '../support/calendar';
import { makePublishedEvent } from '../support/events';
import { eventually } from '../support/eventually';

// No worker here: jobs stay in the queue where the test can look at them, and mail stays in the outbox.
// Runs on the Postgres queue backend in `npm test` and on Redis in `npm run test:redis`.
describe('Calendar feeds, debounced syncs and reminders', () => {
  let api: RunningApi;
  let queue: Queue;
  let dataSource: DataSource;

  beforeAll(async () => {
    api = await startApi(await testConfig({ CALENDAR_DEBOUNCE_MS: '600000', REMINDER_HOURS_BEFORE: '24' }));
    queue = api.app.get<Queue>(getQueueToken(QueueName.Calendar));
    dataSource = api.app.get(DataSource);
  });

  afterAll(async () => {
    // Registration queues its mail without making the answer wait: let that finish before closing.
    await eventually(async () => {
      const [{ n }] = (await dataSource.query(`SELECT count(*)::int AS n FROM outbox_messages WHERE queued_at IS NULL`)) as { n: number }[];
      return n === 0;
    }, 'every mail to be queued', 5_000, 100).catch(() => undefined); // closing anyway: the next test file has its own database
    await api?.close();
  });

  const privateToken = async (email: string) => {
    const rows: { link: string }[] = await dataSource.query(
      `SELECT template_data->>'link' AS link FROM outbox_messages WHERE recipient = $1 AND kind = 'registration-confirmed'`,
      [email],
    );
    return new URL(rows[0].link).searchParams.get('token') as string;
  };

  it('serves a published public event agenda as a feed with the invites UIDs, an ETag and 304 when unchanged', async () => {
    const forum = await makeAutumnForum(api);
    const response = await request(api.url).get(`/api/v1/events/${forum.slug}/calendar.ics`).expect(200);
    expect(response.headers['content-type']).toMatch(/^text\/calendar/);
    const etag = response.headers.etag as string;
    expect(etag).toMatch(/^"/);
    const feed = parseCalendar(response.text);
    expect(feed.method).toBe('PUBLISH');
    expect(feed.events.map((event) => event.uid).sort()).toEqual(
      [`event-${forum.id}@localhost`, `session-${forum.saturdayWorkshop.id}@localhost`, `session-${forum.sundayWorkshop.id}@localhost`].sort(),
    );
    const sunday = feed.events.find((event) => event.uid.includes(forum.sundayWorkshop.id));
    expect(sunday?.start.toISOString()).toBe(new Date(forum.sundayWorkshop.startsAt).toISOString());
    expect(feed.events.every((event) => event.attendees.length === 0)).toBe(true);

    await request(api.url).get(`/api/v1/events/${forum.id}/calendar.ics`).set('If-None-Match', etag).expect(304);
    // A published change gives a new ETag.
    const auth = bearer(forum.organiserToken);
    await request(api.url).patch(`/api/v1/sessions/${forum.sundayWorkshop.id}`).set(auth).send({ room: 'Room Z' }).expect(200);
    await request(api.url).post(`/api/v1/events/${forum.id}/agenda/publish`).set(auth).expect(200);
    const changed = await request(api.url).get(`/api/v1/events/${forum.id}/calendar.ics`).set('If-None-Match', etag).expect(200);
    expect(changed.text).toContain('Room Z');
  });

  it('has no feed for a draft or members-only event', async () => {
    const forum = await makeAutumnForum(api);
    const draft = await request(api.url)
      .post('/api/v1/events')
      .set(bearer(forum.organiserToken))
      .send({ title: 'Draft forum', kind: 'network_forum', startsAt: '2027-03-01T10:00:00Z', endsAt: '2027-03-01T16:00:00Z' })
      .expect(201);
    await request(api.url).get(`/api/v1/events/${draft.body.id}/calendar.ics`).expect(404);
    const members = await makePublishedEvent(api, { visibility: 'members' });
    await request(api.url).get(`/api/v1/events/${members.id}/calendar.ics`).expect(404);
  });

  it('gives a delegate a private feed by their private link, replaces it on request and revokes it', async () => {
    const forum = await makeAutumnForum(api);
    const delegate = await register(api, forum.id, [forum.saturdayWorkshop.id]);
    const token = await privateToken(delegate.email);

    await request(api.url).post(`/api/v1/registrations/${delegate.id}/calendar-feed?token=wrong`).expect(404);
    const created = await request(api.url).post(`/api/v1/registrations/${delegate.id}/calendar-feed?token=${encodeURIComponent(token)}`).expect(201);
    const path = new URL(created.body.url as string).pathname;
    const feed = await request(api.url).get(path).expect(200);
    expect(feed.headers['content-type']).toMatch(/^text\/calendar/);
    expect(parseCalendar(feed.text).events.map((event) => event.uid)).toEqual([`event-${forum.id}@localhost`, `session-${forum.saturdayWorkshop.id}@localhost`]);
    await request(api.url).get(path).set('If-None-Match', feed.headers.etag as string).expect(304);
    // The table holds only the secret's hash.
    const secret = path.split('/')[4];
    const stored: unknown[] = await dataSource.query(`SELECT 1 FROM calendar_feeds WHERE token_hash = $1`, [secret]);
    expect(stored).toHaveLength(0);

    const replaced = await request(api.url).post(`/api/v1/registrations/${delegate.id}/calendar-feed?token=${encodeURIComponent(token)}`).expect(201);
    await request(api.url).get(path).expect(404);
    const newPath = new URL(replaced.body.url as string).pathname;
    await request(api.url).get(newPath).expect(200);
    await request(api.url).delete(`/api/v1/registrations/${delegate.id}/calendar-feed?token=${encodeURIComponent(token)}`).expect(204);
    const revoked = await request(api.url).get(newPath).expect(404);
    expect(revoked.body.code).toBe('calendar_feed_not_found');
  });

  it("lists every event an address holds a place at in its private feed, soonest first, a cancelled one too, never one back in draft", async () => {
    const forum = await makeAutumnForum(api);
    const delegate = await register(api, forum.id, [forum.sundayWorkshop.id]);
    const token = await privateToken(delegate.email);
    const atEvent = async (startsAt: string, endsAt: string) => {
      const event = await makePublishedEvent(api, { startsAt, endsAt });
      const placed = await request(api.url).post(`/api/v1/events/${event.id}/registrations`).send({ name: 'Ada Delegate', email: delegate.email }).expect(201);
      expect(placed.body.status).toBe('confirmed');
      return event;
    };
    // Made in another order than they start in: the feed orders by start.
    const summer = await atEvent('2027-06-01T09:00:00Z', '2027-06-01T16:00:00Z');
    const spring = await atEvent('2027-04-01T09:00:00Z', '2027-04-01T16:00:00Z');
    const cancelled = await atEvent('2027-05-01T09:00:00Z', '2027-05-01T16:00:00Z');
    await request(api.url).post(`/api/v1/events/${cancelled.id}/cancel`).set(bearer(cancelled.organiserToken)).expect(200);
    // No route takes a published event back to draft: the feed still never shows one that is.
    const drafted = await atEvent('2027-03-01T09:00:00Z', '2027-03-01T16:00:00Z');
    await dataSource.query(`UPDATE events SET status = 'draft' WHERE id = $1`, [drafted.id]);

    const created = await request(api.url).post(`/api/v1/registrations/${delegate.id}/calendar-feed?token=${encodeURIComponent(token)}`).expect(201);
    const feed = await request(api.url).get(new URL(created.body.url as string).pathname).expect(200);
    expect(parseCalendar(feed.text).events.map((event) => event.uid)).toEqual([
      `event-${spring.id}@localhost`,
      `event-${cancelled.id}@localhost`,
      `event-${summer.id}@localhost`,
      `event-${forum.id}@localhost`,
      `session-${forum.sundayWorkshop.id}@localhost`,
    ]);
  });

  it('keeps the older feed URLs working when asked with replace: false, only the newest 20 of them, and refuses a bad body', async () => {
    const forum = await makeAutumnForum(api);
    const delegate = await register(api, forum.id, []);
    const feedRoute = `/api/v1/registrations/${delegate.id}/calendar-feed?token=${encodeURIComponent(await privateToken(delegate.email))}`;
    const paths: string[] = [];
    for (let n = 0; n < 21; n++) {
      const created = await request(api.url).post(feedRoute).send({ replace: false }).expect(201);
      paths.push(new URL(created.body.url as string).pathname);
    }
    // The first asked for has given way to the newest 20.
    await request(api.url).get(paths[0]).expect(404);
    for (const path of [paths[1], paths[20]]) await request(api.url).get(path).expect(200);
    const [{ live }] = (await dataSource.query(`SELECT count(*)::int AS live FROM calendar_feeds WHERE email = $1 AND revoked_at IS NULL`, [delegate.email])) as { live: number }[];
    expect(live).toBe(20);

    const refused = await request(api.url).post(feedRoute).send({ replace: 'yes' }).expect(400);
    expect(refused.body.details).toHaveProperty('replace');
    await request(api.url).get(paths[1]).expect(200);
  });

  it('keeps one waiting sync job per event however many changes are published inside the debounce window', async () => {
    const forum = await makeAutumnForum(api);
    const auth = bearer(forum.organiserToken);
    for (const room of ['Room E', 'Room F', 'Room G']) {
      await request(api.url).patch(`/api/v1/sessions/${forum.saturdayWorkshop.id}`).set(auth).send({ room }).expect(200);
      await request(api.url).post(`/api/v1/events/${forum.id}/agenda/publish`).set(auth).expect(200);
    }
    const delayed = (await queue.getDelayed()).filter((job) => job.name === 'sync' && job.data.eventId === forum.id);
    expect(delayed.map((job) => job.id)).toEqual([`sync-${forum.id}`]);
  });

  it('schedules the reminder a day before, moves it with the event and removes it when the event is cancelled', async () => {
    const forum = await makeAutumnForum(api);
    const dueOf = async () => {
      const job = await queue.getJob(`reminder-${forum.id}`);
      return job ? job.timestamp + (job.opts.delay ?? 0) : null;
    };
    const DAY = 86_400_000;
    expect(Math.abs((await dueOf()) as number - (Date.parse('2027-10-30T08:00:00Z') - DAY))).toBeLessThan(10_000);

    const auth = bearer(forum.organiserToken);
    await request(api.url).patch(`/api/v1/events/${forum.id}`).set(auth).send({ startsAt: '2027-10-29T08:00:00Z' }).expect(200);
    expect(Math.abs((await dueOf()) as number - (Date.parse('2027-10-29T08:00:00Z') - DAY))).toBeLessThan(10_000);

    await request(api.url).post(`/api/v1/events/${forum.id}/cancel`).set(auth).expect(200);
    expect(await dueOf()).toBeNull();
  });

  it('rebuilds lost reminder and sync jobs from the database, as the worker does at start-up', async () => {
    const forum = await makeAutumnForum(api);
    await request(api.url).patch(`/api/v1/sessions/${forum.saturdayWorkshop.id}`).set(bearer(forum.organiserToken)).send({ room: 'Room H' }).expect(200);
    await request(api.url).post(`/api/v1/events/${forum.id}/agenda/publish`).set(bearer(forum.organiserToken)).expect(200);
    // As if the queue had lost its data.
    await queue.remove(`reminder-${forum.id}`);
    await queue.remove(`sync-${forum.id}`);
    expect(await queue.getJob(`reminder-${forum.id}`)).toBeFalsy();

    expect(await api.app.get(Reminders).rebuild()).toBeGreaterThanOrEqual(1);
    expect(await api.app.get(CalendarSync).resumeUnsynced()).toBeGreaterThanOrEqual(1);
    expect((await queue.getJob(`reminder-${forum.id}`))?.data).toEqual({ eventId: forum.id });
    expect((await queue.getJob(`sync-${forum.id}`))?.data).toEqual({ eventId: forum.id });
  });

  it('reminds each delegate confirmed when the reminder runs, once, and not one who cancelled', async () => {
    const soon = (hours: number) => new Date(Date.now() + hours * 3_600_000).toISOString();
    const event = await makePublishedEvent(api, { startsAt: soon(2), endsAt: soon(4) });
    const staying = await register(api, event.id, []);
    const leaving = await register(api, event.id, []);
    await request(api.url).delete(`/api/v1/registrations/${leaving.id}`).set(bearer(event.organiserToken)).expect(200);

    const reminders = api.app.get(Reminders);
    expect(await reminders.send(event.id)).toBe(1);
    await reminders.send(event.id);
    const rows: { recipient: string }[] = await dataSource.query(
      `SELECT recipient FROM outbox_messages WHERE kind = 'event-reminder' AND template_data->>'eventId' = $1`,
      [event.id],
    );
    expect(rows.map((row) => row.recipient)).toEqual([staying.email]);
  });
});
