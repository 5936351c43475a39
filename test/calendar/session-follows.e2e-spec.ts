import { getQueueToken } from '@nestjs/bullmq';
import { CalendarSync, SessionStartReminders, followToken } from '@convene/calendar';
import { AppConfig, QueueName } from '@convene/core';
import { AgendaReads } from '@convene/events';
import { testConfig } from '@convene/testing';
import { Queue } from 'bullmq';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { bearer, makePerson, tokenFor } from '../identity/identity-fixtures';
import { RunningApi, startApi } from '../support/api';
import { makePublishedEvent } from '../support/events';

const MINUTE = 60_000;

// No worker here: jobs stay in the queue where the test can look at them, and mail stays in the outbox.
describe('Following a session remotely', () => {
  let config: AppConfig;
  let api: RunningApi;
  let queue: Queue;
  let dataSource: DataSource;

  beforeAll(async () => {
    config = await testConfig({ SESSION_REMINDER_MINUTES_BEFORE: '10' });
    api = await startApi(config);
    queue = api.app.get<Queue>(getQueueToken(QueueName.Calendar));
    dataSource = api.app.get(DataSource);
  });

  afterAll(async () => {
    await api?.close();
  });

  /** A published event with a plenary (liveblog on, starting at `startsAt`) and a break (nothing live), agenda published. */
  async function liveSession(options: { startsAt?: Date; visibility?: string } = {}) {
    const startsAt = options.startsAt ?? new Date(Date.now() + 3 * 86_400_000);
    const event = await makePublishedEvent(api, {
      startsAt: new Date(startsAt.getTime() - 60 * MINUTE).toISOString(),
      endsAt: new Date(startsAt.getTime() + 6 * 60 * MINUTE).toISOString(),
      ...(options.visibility ? { visibility: options.visibility } : {}),
    });
    const auth = bearer(event.organiserToken);
    const add = async (title: string, kind: string, offsetMinutes: number, live: boolean) => {
      const created = await request(api.url)
        .post(`/api/v1/events/${event.id}/sessions`)
        .set(auth)
        .send({ title, kind, startsAt: new Date(startsAt.getTime() + offsetMinutes * MINUTE).toISOString(), endsAt: new Date(startsAt.getTime() + (offsetMinutes + 60) * MINUTE).toISOString(), liveblog: live })
        .expect(201);
      return created.body.id as string;
    };
    const plenary = await add('Opening plenary: co-operative places', 'plenary', 0, true);
    const lunch = await add('Lunch', 'break', 90, false);
    await request(api.url).post(`/api/v1/events/${event.id}/agenda/publish`).set(auth).expect(200);
    return { event, plenary, lunch, startsAt, auth };
  }

  const dueOf = async (sessionId: string) => {
    const job = await queue.getJob(`session-start-${sessionId}`);
    return job ? job.timestamp + (job.opts.delay ?? 0) : null;
  };
  const confirmationsTo = async (email: string) =>
    (await dataSource.query(`SELECT template_data AS data FROM outbox_messages WHERE kind = 'session-follow-confirm' AND recipient = $1`, [email])) as {
      data: { followLink: string; sessionTitle: string; liveblogUrl: string | null };
    }[];
  const tokenIn = (link: string) => decodeURIComponent(new URL(link).pathname.split('/').pop() as string);

  it('follows by address only once its owner confirms, through the link mailed to it, and says nothing of an existing follow', async () => {
    const { plenary, startsAt } = await liveSession();
    const email = 'Remote.Viewer@Example.org';
    const asked = await request(api.url).post(`/api/v1/sessions/${plenary}/follow`).send({ email }).expect(202);
    expect(asked.body).toEqual({ following: false, status: 'confirmation-sent' });

    // Pending: nothing scheduled yet, one confirmation mail to the lower-cased address with the live link.
    expect(await dueOf(plenary)).toBeNull();
    const [confirmation, ...more] = await confirmationsTo('remote.viewer@example.org');
    expect(more).toHaveLength(0);
    expect(confirmation.data.sessionTitle).toBe('Opening plenary: co-operative places');
    expect(confirmation.data.liveblogUrl).toBe(`${config.publicUrl}/sessions/${plenary}/liveblog`);
    const token = tokenIn(confirmation.data.followLink);
    expect((await request(api.url).get(`/api/v1/follows/${encodeURIComponent(token)}`).expect(200)).body).toMatchObject({ sessionId: plenary, confirmed: false });

    // Asking again within the hour sends no second mail.
    await request(api.url).post(`/api/v1/sessions/${plenary}/follow`).send({ email }).expect(202);
    expect(await confirmationsTo('remote.viewer@example.org')).toHaveLength(1);

    const confirmed = await request(api.url).post(`/api/v1/follows/${encodeURIComponent(token)}/confirm`).expect(200);
    expect(confirmed.body).toMatchObject({ confirmed: true, remindAt: new Date(startsAt.getTime() - 10 * MINUTE).toISOString() });
    await request(api.url).post(`/api/v1/follows/${encodeURIComponent(token)}/confirm`).expect(200);
    expect(Math.abs((await dueOf(plenary)) as number - (startsAt.getTime() - 10 * MINUTE))).toBeLessThan(10_000);

    // Confirmed: a new request for the same address mails nothing, and the answer is the same.
    await dataSource.query(`DELETE FROM outbox_messages WHERE kind = 'session-follow-confirm' AND recipient = 'remote.viewer@example.org'`);
    await request(api.url).post(`/api/v1/sessions/${plenary}/follow`).send({ email }).expect(202);
    expect(await confirmationsTo('remote.viewer@example.org')).toHaveLength(0);

    await request(api.url).delete(`/api/v1/follows/${encodeURIComponent(token)}`).expect(204);
    await request(api.url).delete(`/api/v1/follows/${encodeURIComponent(token)}`).expect(204);
    expect((await request(api.url).get(`/api/v1/follows/${encodeURIComponent(token)}`).expect(404)).body.code).toBe('follow_not_found');
  });

  it('refuses bad requests with a clear 4xx and records nothing', async () => {
    const { plenary, lunch } = await liveSession();
    const count = async () => ((await dataSource.query(`SELECT count(*)::int AS n FROM session_follows WHERE session_id = ANY($1)`, [[plenary, lunch]])) as { n: number }[])[0].n;

    expect((await request(api.url).post(`/api/v1/sessions/${plenary}/follow`).send({}).expect(400)).body.code).toBe('email_required');
    await request(api.url).post(`/api/v1/sessions/${plenary}/follow`).send({ email: 'not an address' }).expect(400);
    await request(api.url).post(`/api/v1/sessions/${plenary}/follow`).send({ email: `${'a'.repeat(250)}@example.org` }).expect(400);
    await request(api.url).post(`/api/v1/sessions/not-a-uuid/follow`).send({ email: 'a@example.org' }).expect(400);
    await request(api.url).post(`/api/v1/sessions/00000000-0000-4000-8000-000000000000/follow`).send({ email: 'a@example.org' }).expect(404);
    const noLive = await request(api.url).post(`/api/v1/sessions/${lunch}/follow`).send({ email: 'a@example.org' }).expect(409);
    expect(noLive.body.message).toMatch(/no liveblog or live Q&A/);
    expect((await request(api.url).get(`/api/v1/sessions/${lunch}/follow`).expect(200)).body).toMatchObject({ followable: false, reason: noLive.body.message });
    await request(api.url).get(`/api/v1/sessions/00000000-0000-4000-8000-000000000000/follow`).expect(404);

    // A forged or altered link.
    const [id] = ((await dataSource.query(`SELECT gen_random_uuid() AS id`)) as { id: string }[]).map((row) => row.id);
    await request(api.url).get(`/api/v1/follows/${id}.forged`).expect(404);
    await request(api.url).post(`/api/v1/follows/${encodeURIComponent(followToken(id, 'another secret'))}/confirm`).expect(404);
    await request(api.url).delete(`/api/v1/follows/${'x'.repeat(500)}`).expect(404);
    expect(await count()).toBe(0);
  });

  it('keeps outsiders and sessions not yet published out', async () => {
    const members = await liveSession({ visibility: 'members' });
    await request(api.url).post(`/api/v1/sessions/${members.plenary}/follow`).send({ email: 'outsider@example.org' }).expect(403);
    expect((await request(api.url).get(`/api/v1/sessions/${members.plenary}/follow`).expect(200)).body).toMatchObject({ followable: false, following: false });

    const { event, auth } = await liveSession();
    const unpublished = await request(api.url)
      .post(`/api/v1/events/${event.id}/sessions`)
      .set(auth)
      .send({ title: 'Added late', kind: 'plenary', startsAt: new Date(Date.now() + 3 * 86_400_000 + 200 * MINUTE).toISOString(), endsAt: new Date(Date.now() + 3 * 86_400_000 + 260 * MINUTE).toISOString(), liveblog: true })
      .expect(201);
    const refused = await request(api.url).post(`/api/v1/sessions/${unpublished.body.id}/follow`).send({ email: 'early@example.org' }).expect(409);
    expect(refused.body.message).toMatch(/not in the published programme/);
    const rows: unknown[] = await dataSource.query(`SELECT 1 FROM session_follows WHERE email IN ('outsider@example.org', 'early@example.org')`);
    expect(rows).toHaveLength(0);
  });

  it('lets a signed-in person follow at once and stop, and moves the mail with the published agenda', async () => {
    const { event, plenary, startsAt, auth } = await liveSession();
    const person = await makePerson(api, { name: 'Remote Councillor' });
    const me = bearer(await tokenFor(api, person));
    const offered = { followable: true, reason: null, startsAt: startsAt.toISOString() };
    expect((await request(api.url).get(`/api/v1/sessions/${plenary}/follow`).expect(200)).body).toEqual({ ...offered, following: false });
    expect((await request(api.url).get(`/api/v1/sessions/${plenary}/follow`).set(me).expect(200)).body).toEqual({ ...offered, following: false });
    expect((await request(api.url).post(`/api/v1/sessions/${plenary}/follow`).set(me).send({}).expect(202)).body).toEqual({ following: true, status: 'following' });
    await request(api.url).post(`/api/v1/sessions/${plenary}/follow`).set(me).send({}).expect(202);
    expect((await request(api.url).get(`/api/v1/sessions/${plenary}/follow`).set(me).expect(200)).body).toEqual({ ...offered, following: true });
    expect(Math.abs((await dueOf(plenary)) as number - (startsAt.getTime() - 10 * MINUTE))).toBeLessThan(10_000);

    // Moved by half an hour: the job follows once the change is published.
    const later = new Date(startsAt.getTime() + 30 * MINUTE);
    await request(api.url).patch(`/api/v1/sessions/${plenary}`).set(auth).send({ startsAt: later.toISOString(), endsAt: new Date(later.getTime() + 60 * MINUTE).toISOString() }).expect(200);
    expect(Math.abs((await dueOf(plenary)) as number - (startsAt.getTime() - 10 * MINUTE))).toBeLessThan(10_000);
    await request(api.url).post(`/api/v1/events/${event.id}/agenda/publish`).set(auth).expect(200);
    expect(Math.abs((await dueOf(plenary)) as number - (later.getTime() - 10 * MINUTE))).toBeLessThan(10_000);

    // Lost from the queue: rebuilt from the database, as the worker does.
    await queue.remove(`session-start-${plenary}`);
    expect(await api.app.get(SessionStartReminders).rebuild()).toBeGreaterThanOrEqual(1);
    expect((await queue.getJob(`session-start-${plenary}`))?.data).toEqual({ eventId: event.id, sessionId: plenary });
    expect(await api.app.get(AgendaReads).unendedSessionIdsOfPublishedEvents()).toContain(plenary);

    await request(api.url).post(`/api/v1/events/${event.id}/cancel`).set(auth).expect(200);
    expect(await dueOf(plenary)).toBeNull();
    // The rebuild reads the sessions still to come of published events: a cancelled event's are not among them.
    expect(await api.app.get(AgendaReads).unendedSessionIdsOfPublishedEvents()).not.toContain(plenary);

    await request(api.url).delete(`/api/v1/sessions/${plenary}/follow`).expect(401);
    await request(api.url).delete(`/api/v1/sessions/${plenary}/follow`).set(me).expect(204);
    // The event is cancelled: nothing to follow any more, and the page says why.
    expect((await request(api.url).get(`/api/v1/sessions/${plenary}/follow`).set(me).expect(200)).body).toEqual({
      following: false, followable: false, reason: 'The event is not open: it is a draft or was cancelled', startsAt: null,
    });
  });

  it('mails each confirmed follower once when the session starts: not a pending address, not twice', async () => {
    const { plenary } = await liveSession({ startsAt: new Date(Date.now() + 5 * MINUTE) });
    const person = await makePerson(api, { name: 'Remote Councillor' });
    await request(api.url).post(`/api/v1/sessions/${plenary}/follow`).set(bearer(await tokenFor(api, person))).send({}).expect(202);
    await request(api.url).post(`/api/v1/sessions/${plenary}/follow`).send({ email: 'confirmed@example.org' }).expect(202);
    await request(api.url).post(`/api/v1/sessions/${plenary}/follow`).send({ email: 'pending@example.org' }).expect(202);
    const [confirmation] = await confirmationsTo('confirmed@example.org');
    await request(api.url).post(`/api/v1/follows/${encodeURIComponent(tokenIn(confirmation.data.followLink))}/confirm`).expect(200);

    const reminders = api.app.get(SessionStartReminders);
    expect(await reminders.send(await eventOf(plenary), plenary)).toBe(2);
    await reminders.send(await eventOf(plenary), plenary);
    const rows: { recipient: string; data: { liveblogUrl: string; followLink: string } }[] = await dataSource.query(
      `SELECT recipient, template_data AS data FROM outbox_messages WHERE kind = 'session-starting' AND template_data->>'sessionId' = $1 ORDER BY recipient`,
      [plenary],
    );
    expect(rows.map((row) => row.recipient)).toEqual(['confirmed@example.org', person.email?.toLowerCase()].sort());
    expect(rows.every((row) => row.data.liveblogUrl === `${config.publicUrl}/sessions/${plenary}/liveblog`)).toBe(true);
  });

  it('tells confirmed followers once when the event is cancelled', async () => {
    const { event, plenary, auth } = await liveSession();
    const person = await makePerson(api, { name: 'Remote Councillor' });
    await request(api.url).post(`/api/v1/sessions/${plenary}/follow`).set(bearer(await tokenFor(api, person))).send({}).expect(202);
    await request(api.url).post(`/api/v1/sessions/${plenary}/follow`).send({ email: 'never-confirmed@example.org' }).expect(202);
    await request(api.url).post(`/api/v1/events/${event.id}/cancel`).set(auth).expect(200);

    // The calendar sync the cancellation asked for (its job waits out the debounce: run it now, twice).
    const sync = api.app.get(CalendarSync);
    await sync.run(event.id);
    await sync.run(event.id);
    const rows: { recipient: string; subject: string }[] = await dataSource.query(
      `SELECT recipient, template_data->>'sessionTitle' AS subject FROM outbox_messages WHERE kind = 'session-follow-cancelled' AND template_data->>'eventId' = $1`,
      [event.id],
    );
    expect(rows).toEqual([{ recipient: person.email?.toLowerCase(), subject: 'Opening plenary: co-operative places' }]);
  });

  it('sends nothing for a session that has moved later or is over', async () => {
    const { event, plenary } = await liveSession();
    const reminders = api.app.get(SessionStartReminders);
    // Three days ahead: the job would only run now if the session had moved later since it was queued.
    expect(await reminders.send(event.id, plenary)).toBe('skipped');
    expect(await reminders.send(event.id, '00000000-0000-4000-8000-000000000000')).toBe('skipped');
  });

  const eventOf = async (sessionId: string) =>
    ((await dataSource.query(`SELECT event_id AS id FROM agenda_sessions WHERE id = $1`, [sessionId])) as { id: string }[])[0].id;
});
