import request from 'supertest';
import { testConfig } from '@convene/testing';
import { DataSource } from 'typeorm';
import { bearer } from '../identity/identity-fixtures';
import { RunningApi, startApi } from '../support/api';
import { makePublishedEvent, registrationBody } from '../support/events';

// Real HTTP, real Postgres, everything fired at once: the places must still add up.
describe('Capacity and the waiting list under concurrency', () => {
  let api: RunningApi;

  beforeAll(async () => {
    api = await startApi(await testConfig());
  });

  afterAll(async () => {
    await api?.close();
  });

  it('confirms exactly 50 of 300 simultaneous registrations, queues 250 in order, and promotes the first 10 in line', async () => {
    const event = await makePublishedEvent(api, { capacity: 50 });
    const responses = await Promise.all(
      Array.from({ length: 300 }, (_, index) => request(api.url).post(`/api/v1/events/${event.id}/registrations`).send(registrationBody(index))),
    );
    expect(responses.map((response) => response.status).filter((status) => status !== 201)).toEqual([]);
    const confirmed = responses.filter((response) => response.body.status === 'confirmed');
    const waitlisted = responses.filter((response) => response.body.status === 'waitlisted');
    expect(responses.filter((r) => r.status !== 201).map((r) => r.body.message).slice(0, 3)).toEqual([]);
    expect(confirmed).toHaveLength(50);
    expect(waitlisted).toHaveLength(250);
    const positions = waitlisted.map((response) => response.body.waitlistPosition as number).sort((a, b) => a - b);
    expect(positions).toEqual(Array.from({ length: 250 }, (_, index) => index + 1));

    // The organiser hears once, however many requests crossed together: "Full" (a held "80% full" is superseded).
    const notices: { percent: number }[] = await api.app
      .get(DataSource)
      .query(`SELECT (template_data->>'percent')::int AS percent FROM outbox_messages WHERE kind = 'event-filling' AND dedupe_key LIKE $1 AND status <> 'superseded' ORDER BY 1`, [
        `event-filling:${event.id}:%`,
      ]);
    expect(notices).toEqual([{ percent: 100 }]);

    const firstTen = waitlisted
      .sort((a, b) => a.body.waitlistPosition - b.body.waitlistPosition)
      .slice(0, 10)
      .map((response) => response.body.id as string);
    await Promise.all(
      confirmed.slice(0, 10).map((response) =>
        request(api.url).delete(`/api/v1/registrations/${response.body.id}`).set(bearer(event.organiserToken)).expect(200),
      ),
    );
    const statuses: { id: string; status: string }[] = await api.app
      .get(DataSource)
      .query(`SELECT id, status FROM registrations WHERE event_id = $1 AND status = 'confirmed'`, [event.id]);
    expect(statuses).toHaveLength(50);
    const confirmedIds = new Set(statuses.map((row) => row.id));
    expect(firstTen.filter((id) => !confirmedIds.has(id))).toEqual([]);

    const next = await request(api.url).get(`/api/v1/registrations/${waitlisted[10].body.id}`).set(bearer(event.organiserToken)).expect(200);
    expect(next.body.waitlistPosition).toBe(1);
  });

  it('keeps a workshop to its seats under concurrency, queuing the rest', async () => {
    const event = await makePublishedEvent(api, { capacity: null }, [{ title: 'Community wealth building', capacity: 10 }]);
    const [workshopId] = event.workshopIds;
    const responses = await Promise.all(
      Array.from({ length: 40 }, (_, index) =>
        request(api.url).post(`/api/v1/events/${event.id}/registrations`).send(registrationBody(index, { workshopIds: [workshopId] })),
      ),
    );
    expect(responses.map((response) => `${response.status} ${response.body.status ?? response.body.message}`).filter((s) => s !== "201 confirmed")).toEqual([]);
    const seats = responses.map((response) => response.body.workshops[0]);
    expect(seats.filter((seat) => seat.status === 'confirmed')).toHaveLength(10);
    const queued = seats.filter((seat) => seat.status === 'waitlisted').map((seat) => seat.waitlistPosition as number).sort((a, b) => a - b);
    expect(queued).toEqual(Array.from({ length: 30 }, (_, index) => index + 1));
  });

  it('holds the per-organisation limit under concurrency', async () => {
    const event = await makePublishedEvent(api, { capacity: 100, perOrganisationLimit: 5 });
    const responses = await Promise.all(
      Array.from({ length: 30 }, (_, index) =>
        request(api.url).post(`/api/v1/events/${event.id}/registrations`).send(registrationBody(index, { organisationName: 'Oldham Council' })),
      ),
    );
    expect(responses.filter((response) => response.status === 201)).toHaveLength(5);
    const refused = responses.filter((response) => response.status === 409);
    expect(refused).toHaveLength(25);
    expect(refused[0].body.code).toBe('organisation_limit_reached');
  });

  it('keeps one registration when the same email registers again; its organiser is shown the existing one', async () => {
    const event = await makePublishedEvent(api, { capacity: 10 });
    const body = registrationBody(1);
    const first = await request(api.url).post(`/api/v1/events/${event.id}/registrations`).send(body).expect(201);
    const [again, twice] = await Promise.all([
      request(api.url).post(`/api/v1/events/${event.id}/registrations`).send(body).set(bearer(event.organiserToken)),
      request(api.url).post(`/api/v1/events/${event.id}/registrations`).send({ ...body, email: body.email.toUpperCase() }).set(bearer(event.organiserToken)),
    ]);
    expect(again.status).toBe(200);
    expect(twice.status).toBe(200);
    expect(again.body.id).toBe(first.body.id);
    expect(twice.body.id).toBe(first.body.id);
    const rows = await api.app.get(DataSource).query('SELECT count(*)::int AS n FROM registrations WHERE event_id = $1', [event.id]);
    expect(rows).toEqual([{ n: 1 }]);
  });

  it('decides a burst that holds registered addresses as it would decide them one by one', async () => {
    // Groups of new addresses are written by a statement that first checks none is registered;
    // these groups hold some that are, and one cancelled that registers again.
    const event = await makePublishedEvent(api, { capacity: 20 });
    const bodies = Array.from({ length: 40 }, (_, index) => registrationBody(index));
    const earlier = [];
    for (const body of bodies.slice(0, 5)) earlier.push((await request(api.url).post(`/api/v1/events/${event.id}/registrations`).send(body).expect(201)).body);
    await request(api.url).delete(`/api/v1/registrations/${earlier[4].id}`).set(bearer(event.organiserToken)).expect(200);

    const responses = await Promise.all(bodies.map((body) => request(api.url).post(`/api/v1/events/${event.id}/registrations`).send(body)));
    expect(responses.map((response) => response.status).filter((status) => status !== 201)).toEqual([]);
    const db = api.app.get(DataSource);
    const rows: Array<{ id: string; email: string; status: string }> = await db.query(`SELECT id, email, status FROM registrations WHERE event_id = $1`, [event.id]);
    // One row per address: the four holders kept theirs, the cancelled one registered again in its own row.
    expect(rows).toHaveLength(40);
    expect(rows.filter((row) => row.status === 'confirmed')).toHaveLength(20);
    expect(rows.filter((row) => row.status === 'waitlisted')).toHaveLength(20);
    expect(earlier.map((registration) => rows.find((row) => row.id === registration.id)?.status)).toEqual(['confirmed', 'confirmed', 'confirmed', 'confirmed', expect.stringMatching(/^(confirmed|waitlisted)$/)]);
    // Those who joined the line were told distinct places in it, 1 to 20 (the holders' answers are only what a new address would get).
    const positions = responses
      .slice(4)
      .filter((response) => response.body.status === 'waitlisted')
      .map((response) => response.body.waitlistPosition as number)
      .sort((a, b) => a - b);
    expect(positions).toEqual(Array.from({ length: 20 }, (_, index) => index + 1));
    // Each holder is mailed their private link once; each address decided now gets its one mail.
    const mails: Array<{ kind: string; n: number }> = await db.query(
      `SELECT kind, count(*)::int AS n FROM outbox_messages WHERE recipient = ANY($1::text[]) GROUP BY kind ORDER BY kind`,
      [bodies.map((body) => body.email)],
    );
    expect(mails).toEqual([
      { kind: 'registration-cancelled', n: 1 },
      { kind: 'registration-confirmed', n: 5 + 16 },
      { kind: 'registration-reminder', n: 4 },
      { kind: 'registration-waitlisted', n: 20 },
    ]);
  });

  it('promotes as many as fit when the organiser raises the capacity', async () => {
    const event = await makePublishedEvent(api, { capacity: 2 });
    for (let index = 0; index < 5; index++) {
      await request(api.url).post(`/api/v1/events/${event.id}/registrations`).send(registrationBody(index)).expect(201);
    }
    const patched = await request(api.url).patch(`/api/v1/events/${event.id}`).set(bearer(event.organiserToken)).send({ capacity: 4 });
    expect(patched.body).toMatchObject({ capacity: 4, placesLeft: 0 });
    const list = await request(api.url).get(`/api/v1/events/${event.id}/registrations`).set(bearer(event.organiserToken)).expect(200);
    expect(list.body.counts).toEqual({ confirmed: 4, waitlisted: 1 });
  });

  it('confirms everyone waiting when the organiser removes the limit, and no one when the capacity is lowered', async () => {
    const event = await makePublishedEvent(api, { capacity: 2 });
    for (let index = 0; index < 4; index++) {
      await request(api.url).post(`/api/v1/events/${event.id}/registrations`).send(registrationBody(index)).expect(201);
    }
    const counts = async () => (await request(api.url).get(`/api/v1/events/${event.id}/registrations`).set(bearer(event.organiserToken)).expect(200)).body.counts;
    await request(api.url).patch(`/api/v1/events/${event.id}`).set(bearer(event.organiserToken)).send({ capacity: 1 }).expect(200);
    expect(await counts()).toEqual({ confirmed: 2, waitlisted: 2 });
    await request(api.url).patch(`/api/v1/events/${event.id}`).set(bearer(event.organiserToken)).send({ capacity: null }).expect(200);
    expect(await counts()).toEqual({ confirmed: 4 });
  });
});
