import request from 'supertest';
import { testConfig } from '@convene/testing';
import { DataSource } from 'typeorm';
import { bearer } from '../identity/identity-fixtures';
import { RunningApi, startApi } from '../support/api';
import { MadeEvent, makePublishedEvent, registrationBody } from '../support/events';
import { eventually } from '../support/eventually';
import { WorkerProcess, startWorkerProcess } from '../support/worker-process';

// Offer mode: a freed place is held for the first in line, who accepts, declines or lets it lapse.
describe('Waiting-list offers', () => {
  let api: RunningApi;
  let db: DataSource;

  beforeAll(async () => {
    api = await startApi(await testConfig());
    db = api.app.get(DataSource);
  });

  afterAll(async () => {
    await api?.close();
  });

  const offerEvent = (capacity: number) => makePublishedEvent(api, { capacity, waitingListMode: 'offer', offerHours: 48 });

  /** Registers one at a time, so arrival order is the order given. */
  async function registerInOrder(event: MadeEvent, count: number): Promise<{ id: string; email: string; status: string }[]> {
    const made = [];
    for (let index = 0; index < count; index += 1) {
      const response = await request(api.url).post(`/api/v1/events/${event.id}/registrations`).send(registrationBody(index)).expect(201);
      made.push({ id: response.body.id as string, email: response.body.email as string, status: response.body.status as string });
    }
    return made;
  }

  const cancel = (event: MadeEvent, id: string) => request(api.url).delete(`/api/v1/registrations/${id}`).set(bearer(event.organiserToken)).expect(200);
  const statusOf = async (id: string) => ((await db.query('SELECT status FROM registrations WHERE id = $1', [id])) as { status: string }[])[0].status;

  /** The token in the link of the offer mail sent to this address. */
  async function offerToken(email: string): Promise<string> {
    const rows: { link: string }[] = await db.query(
      `SELECT template_data->>'link' AS link FROM outbox_messages WHERE kind = 'registration-offered' AND recipient = $1`,
      [email],
    );
    expect(rows).toHaveLength(1);
    return new URL(rows[0].link).searchParams.get('token') as string;
  }

  it('offers a freed place to the first in line for the offer hours, holds it, and confirms them when they accept', async () => {
    const event = await offerEvent(2);
    const [first, , next, after] = await registerInOrder(event, 4);
    expect([next.status, after.status]).toEqual(['waitlisted', 'waitlisted']);

    await cancel(event, first.id);
    const offered = await request(api.url).get(`/api/v1/registrations/${next.id}`).set(bearer(event.organiserToken)).expect(200);
    expect(offered.body.status).toBe('offered');
    const hoursLeft = (new Date(offered.body.offerExpiresAt).getTime() - Date.now()) / 3_600_000;
    expect(hoursLeft).toBeGreaterThan(47);
    expect(hoursLeft).toBeLessThanOrEqual(48);
    // The one behind keeps their turn; a newcomer does not take the held place.
    expect((await request(api.url).get(`/api/v1/registrations/${after.id}`).set(bearer(event.organiserToken)).expect(200)).body.waitlistPosition).toBe(1);
    const newcomer = await request(api.url).post(`/api/v1/events/${event.id}/registrations`).send(registrationBody(9)).expect(201);
    expect(newcomer.body).toMatchObject({ status: 'waitlisted', waitlistPosition: 2 });

    const token = await offerToken(next.email);
    await request(api.url).post(`/api/v1/registrations/${after.id}/offer/accept`).query({ token }).expect(404);
    const accepted = await request(api.url).post(`/api/v1/registrations/${next.id}/offer/accept`).query({ token }).expect(200);
    expect(accepted.body).toMatchObject({ status: 'confirmed', offerExpiresAt: null });
    // Accepting twice changes nothing; the link still opens the registration.
    await request(api.url).post(`/api/v1/registrations/${next.id}/offer/accept`).query({ token }).expect(200);
    await request(api.url).get(`/api/v1/registrations/${next.id}`).query({ token }).expect(200);

    const [mail]: { code: string | null }[] = await db.query(
      `SELECT template_data->>'checkInCode' AS code FROM outbox_messages WHERE kind = 'registration-promoted' AND recipient = $1`,
      [next.email],
    );
    expect(mail.code).toMatch(/^[2-9A-HJ-NP-Z]{5}-[2-9A-HJ-NP-Z]{5}$/);
    const [counts] = await db.query(
      `SELECT count(*) FILTER (WHERE status = 'confirmed')::int AS confirmed, count(*) FILTER (WHERE status = 'offered')::int AS offered FROM registrations WHERE event_id = $1`,
      [event.id],
    );
    expect(counts).toEqual({ confirmed: 2, offered: 0 });
  });

  it('passes a declined offer to the next in line, keeping the order', async () => {
    const event = await offerEvent(1);
    const [first, second, third, fourth] = await registerInOrder(event, 4);
    await cancel(event, first.id);
    expect(await statusOf(second.id)).toBe('offered');

    await request(api.url).post(`/api/v1/registrations/${second.id}/offer/decline`).query({ token: 'not-the-token' }).expect(404);
    const declined = await request(api.url).post(`/api/v1/registrations/${second.id}/offer/decline`).query({ token: await offerToken(second.email) }).expect(200);
    expect(declined.body.status).toBe('cancelled');
    expect(await statusOf(third.id)).toBe('offered');
    expect(await statusOf(fourth.id)).toBe('waitlisted');
    // A declined offer cannot be accepted afterwards.
    const late = await request(api.url).post(`/api/v1/registrations/${second.id}/offer/accept`).set(bearer(event.organiserToken));
    expect(late.status).toBe(409);
    expect(late.body.code).toBe('offer_not_open');
  });

  describe('with the worker running', () => {
    let worker: WorkerProcess | undefined;

    afterAll(async () => {
      await worker?.kill('SIGTERM');
    });

    it('passes an offer to the next in line once its time is up, from the worker', async () => {
      const event = await offerEvent(1);
      const [first, second, third] = await registerInOrder(event, 3);
      await cancel(event, first.id);
      expect(await statusOf(second.id)).toBe('offered');
      // The window is hours long; the test moves its end into the past instead of waiting.
      await db.query(`UPDATE registrations SET offer_expires_at = now() - interval '1 second' WHERE id = $1`, [second.id]);

      worker = await startWorkerProcess(api.config, { OFFER_SWEEP_INTERVAL_MS: '200' });
      await eventually(async () => (await statusOf(third.id)) === 'offered', 'the offer to pass to the third in line', 20_000, 100);

      expect(await statusOf(second.id)).toBe('cancelled');
      const expired = await db.query(`SELECT 1 FROM outbox_messages WHERE kind = 'registration-offer-expired' AND recipient = $1`, [second.email]);
      expect(expired).toHaveLength(1);
      const late = await request(api.url).post(`/api/v1/registrations/${second.id}/offer/accept`).set(bearer(event.organiserToken));
      expect(late.status).toBe(409);
    });
  });

  it('never confirms more than the capacity while offers are accepted and declined among a rush of newcomers', async () => {
    const event = await offerEvent(5);
    const made = await registerInOrder(event, 12);
    await Promise.all(made.slice(0, 3).map((registration) => cancel(event, registration.id)));
    const offered = made.slice(5, 8);
    expect(await Promise.all(offered.map((registration) => statusOf(registration.id)))).toEqual(['offered', 'offered', 'offered']);

    const tokens = await Promise.all(offered.map((registration) => offerToken(registration.email)));
    const responses = await Promise.all([
      request(api.url).post(`/api/v1/registrations/${offered[0].id}/offer/accept`).query({ token: tokens[0] }),
      request(api.url).post(`/api/v1/registrations/${offered[1].id}/offer/accept`).query({ token: tokens[1] }),
      request(api.url).post(`/api/v1/registrations/${offered[2].id}/offer/decline`).query({ token: tokens[2] }),
      ...Array.from({ length: 20 }, (_, index) => request(api.url).post(`/api/v1/events/${event.id}/registrations`).send(registrationBody(100 + index))),
    ]);
    expect(responses.map((response) => response.status)).toEqual([200, 200, 200, ...Array(20).fill(201)]);
    expect(responses.slice(3).map((response) => response.body.status)).toEqual(Array(20).fill('waitlisted'));

    const [counts] = await db.query(
      `SELECT count(*) FILTER (WHERE status = 'confirmed')::int AS confirmed, count(*) FILTER (WHERE status = 'offered')::int AS offered FROM registrations WHERE event_id = $1`,
      [event.id],
    );
    expect(counts).toEqual({ confirmed: 4, offered: 1 });
    // The declined place went to the next in arrival order.
    expect(await statusOf(made[8].id)).toBe('offered');
  });
});
