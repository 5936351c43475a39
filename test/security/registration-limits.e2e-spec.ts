import request from 'supertest';
import { testConfig } from '@convene/testing';
import { DataSource } from 'typeorm';
import { bearer, unique } from '../identity/identity-fixtures';
import { RunningApi, startApi } from '../support/api';
import { makePublishedEvent, registrationBody } from '../support/events';
import { inOneLimitWindow } from '../support/live';

// Issue 16, item 7: 20 anonymous registrations with invented addresses filled a 20-place event,
// and 60 from one client mailed 60 addresses. Registrations and apologies are limited per client
// address and event, and the count is shared by every API instance.
describe('Attack: filling an event (and mailing strangers) from one client', () => {
  let first: RunningApi;
  let second: RunningApi;
  let db: DataSource;

  beforeAll(async () => {
    const config = await testConfig({ REGISTRATION_LIMIT_PER_CLIENT: '3' });
    // Two instances on one database, as behind a load balancer.
    first = await startApi(config);
    second = await startApi(config);
    db = first.app.get(DataSource);
  });

  afterAll(async () => {
    await second?.close();
    await first?.close();
  });

  const countOf = async (eventId: string) => (await db.query('SELECT count(*)::int AS n FROM registrations WHERE event_id = $1', [eventId]))[0].n as number;

  it('refuses a client’s fourth registration or apologies for one event, whichever instance it reaches, changing nothing', async () => {
    const event = await makePublishedEvent(first, { capacity: 20 });
    await request(first.url).post(`/api/v1/events/${event.id}/registrations`).send(registrationBody(1)).expect(201);
    await request(second.url).post(`/api/v1/events/${event.id}/registrations`).send(registrationBody(2)).expect(201);
    await request(first.url).post(`/api/v1/events/${event.id}/apologies`).send({ name: 'Away', email: `${unique('away')}@example.org` }).expect(202);

    const refused = await request(second.url).post(`/api/v1/events/${event.id}/registrations`).send(registrationBody(3));
    expect(refused.status).toBe(429);
    expect(refused.body.code).toBe('too_many_attempts');
    expect(refused.headers['retry-after']).toBeDefined();
    const apologies = await request(first.url).post(`/api/v1/events/${event.id}/apologies`).send({ name: 'Away', email: `${unique('away')}@example.org` });
    expect(apologies.status).toBe(429);
    expect(await countOf(event.id)).toBe(2);
    expect((await db.query('SELECT count(*)::int AS n FROM apologies WHERE event_id = $1', [event.id]))[0].n).toBe(1);

    // The event's organisers register people on their behalf without limit.
    await request(second.url).post(`/api/v1/events/${event.id}/registrations`).set(bearer(event.organiserToken)).send(registrationBody(4)).expect(201);
    // Another event still takes this client's registration (the limit is per event).
    const other = await makePublishedEvent(first, { capacity: 20 });
    await request(first.url).post(`/api/v1/events/${other.id}/registrations`).send(registrationBody(5)).expect(201);
  });

  it('lets only the limit through when one client sends a burst at once, counted together in one statement', async () => {
    // Attempts that arrive together share a statement (HitBatches): each must still see the count
    // it would have seen alone, on either instance.
    const event = await makePublishedEvent(first, { capacity: 20 });
    await inOneLimitWindow(3600, 20_000);
    // A client of its own (the tests' proxy names it), so the first test's count plays no part.
    const answers = await Promise.all(
      Array.from({ length: 12 }, (_, index) =>
        request(index % 2 ? second.url : first.url)
          .post(`/api/v1/events/${event.id}/registrations`)
          .set('X-Forwarded-For', '203.0.113.7')
          .send(registrationBody(100 + index)),
      ),
    );
    const statuses = answers.map((answer) => answer.status).sort();
    expect(statuses).toEqual([201, 201, 201, ...Array<number>(9).fill(429)]);
    expect(await countOf(event.id)).toBe(3);
  });
});
