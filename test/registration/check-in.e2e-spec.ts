import request from 'supertest';
import { testConfig } from '@convene/testing';
import { DataSource } from 'typeorm';
import { bearer, makePerson, tokenFor } from '../identity/identity-fixtures';
import { RunningApi, startApi } from '../support/api';
import { MadeEvent, makePublishedEvent, registerDelegate } from '../support/events';

// At the door: the code from the confirmation mail, and walk-ins.
describe('Check-in by code, and walk-ins', () => {
  let api: RunningApi;
  let db: DataSource;

  beforeAll(async () => {
    api = await startApi(await testConfig());
    db = api.app.get(DataSource);
  });

  afterAll(async () => {
    await api?.close();
  });


  async function mailedCode(email: string): Promise<string> {
    const [row]: { code: string }[] = await db.query(
      `SELECT template_data->>'checkInCode' AS code FROM outbox_messages WHERE kind = 'registration-confirmed' AND recipient = $1`,
      [email],
    );
    return row.code;
  }

  const checkIn = (event: MadeEvent, code: string, token = event.organiserToken) =>
    request(api.url).post(`/api/v1/events/${event.id}/check-in`).set(bearer(token)).send({ code });

  it('checks in the registration whose code was typed or scanned, once, however it was typed', async () => {
    const event = await makePublishedEvent(api, { capacity: 10 });
    const delegate = await registerDelegate(api, event.id, 1);
    const code = await mailedCode(delegate.email);
    expect(code).toMatch(/^[2-9A-HJ-NP-Z]{5}-[2-9A-HJ-NP-Z]{5}$/);

    const first = await checkIn(event, ` ${code.toLowerCase().replace('-', ' ')} `).expect(200);
    expect(first.body.alreadyCheckedIn).toBe(false);
    expect(first.body.registration).toMatchObject({ id: delegate.id, status: 'confirmed' });
    expect(first.body.registration.checkedInAt).not.toBeNull();

    const again = await checkIn(event, code).expect(200);
    expect(again.body.alreadyCheckedIn).toBe(true);
    expect(again.body.registration.checkedInAt).toBe(first.body.registration.checkedInAt);
  });

  it('gives the holder of the private link the same code as the mail, only once the place is confirmed', async () => {
    const event = await makePublishedEvent(api, { capacity: 1 });
    const confirmed = await registerDelegate(api, event.id, 1);
    const waitlisted = await registerDelegate(api, event.id, 2);
    const linkOf = async (email: string) => {
      const [row]: { link: string }[] = await db.query(`SELECT template_data->>'link' AS link FROM outbox_messages WHERE recipient = $1 AND template_data ? 'link' ORDER BY created_at LIMIT 1`, [email]);
      return new URL(row.link);
    };
    const codeThrough = (link: URL) => request(api.url).get(`/api/v1${link.pathname}/check-in-code${link.search}`);

    const mine = await codeThrough(await linkOf(confirmed.email)).expect(200);
    expect(mine.body).toEqual({ code: await mailedCode(confirmed.email) });
    expect((await codeThrough(await linkOf(waitlisted.email)).expect(200)).body).toEqual({ code: null });
    // A wrong token is as good as no registration at all.
    expect((await request(api.url).get(`/api/v1/registrations/${confirmed.id}/check-in-code?token=not-the-token`)).status).toBe(404);
    expect((await request(api.url).get(`/api/v1/registrations/${confirmed.id}/check-in-code`)).status).toBe(404);
  });

  it('refuses a wrong code, another event’s code, a cancelled or waitlisted registration, and anyone but an organiser', async () => {
    const event = await makePublishedEvent(api, { capacity: 1 });
    const other = await makePublishedEvent(api, { capacity: 10 });
    const confirmed = await registerDelegate(api, event.id, 1);
    const waitlisted = await registerDelegate(api, event.id, 2);
    expect(waitlisted.status).toBe('waitlisted');
    const elsewhere = await registerDelegate(api, other.id, 3);

    const wrong = await checkIn(event, 'ABCDE-FGHJK');
    expect(wrong.status).toBe(404);
    expect(wrong.body.code).toBe('check_in_code_unknown');
    expect((await checkIn(event, 'not a code at all')).status).toBe(404);
    expect((await request(api.url).post(`/api/v1/events/${event.id}/check-in`).set(bearer(event.organiserToken)).send({})).status).toBe(400);

    const foreign = await checkIn(event, await mailedCode(elsewhere.email));
    expect(foreign.status).toBe(409);
    expect(foreign.body.code).toBe('check_in_code_other_event');

    const stranger = await tokenFor(api, await makePerson(api, { roles: [] }));
    expect((await checkIn(event, await mailedCode(confirmed.email), stranger)).status).toBe(403);

    // Cancelling promotes the waitlisted delegate; the cancelled code no longer checks in.
    const code = await mailedCode(confirmed.email);
    await request(api.url).delete(`/api/v1/registrations/${confirmed.id}`).set(bearer(event.organiserToken)).expect(200);
    const cancelled = await checkIn(event, code);
    expect(cancelled.status).toBe(409);
    expect(cancelled.body.code).toBe('registration_closed');
    const rows: { checked: number }[] = await db.query(`SELECT count(checked_in_at)::int AS checked FROM registrations WHERE event_id = $1`, [event.id]);
    expect(rows[0].checked).toBe(0);
  });

  it('adds a walk-in confirmed and checked in, refusing one over capacity unless the organiser says so', async () => {
    const event = await makePublishedEvent(api, { capacity: 2 });
    await registerDelegate(api, event.id, 1);
    const walkIn = await request(api.url)
      .post(`/api/v1/events/${event.id}/walk-ins`)
      .set(bearer(event.organiserToken))
      .send({ name: 'Sam Door', organisationName: 'Kirklees Council', category: 'officer' })
      .expect(201);
    expect(walkIn.body).toMatchObject({ status: 'confirmed', walkIn: true, email: null, category: 'officer', organisationName: 'Kirklees Council' });
    expect(walkIn.body.checkedInAt).not.toBeNull();

    const full = await request(api.url).post(`/api/v1/events/${event.id}/walk-ins`).set(bearer(event.organiserToken)).send({ name: 'Late Arrival' });
    expect(full.status).toBe(409);
    expect(full.body.code).toBe('event_full');
    const admitted = await request(api.url)
      .post(`/api/v1/events/${event.id}/walk-ins`)
      .set(bearer(event.organiserToken))
      .send({ name: 'Late Arrival', email: 'Late.Arrival@Example.org', overCapacity: true })
      .expect(201);
    expect(admitted.body).toMatchObject({ status: 'confirmed', email: 'late.arrival@example.org' });

    // The same address again is the same registration, not a second place.
    const again = await request(api.url)
      .post(`/api/v1/events/${event.id}/walk-ins`)
      .set(bearer(event.organiserToken))
      .send({ name: 'Late Arrival', email: 'late.arrival@example.org' })
      .expect(201);
    expect(again.body.id).toBe(admitted.body.id);

    expect((await request(api.url).post(`/api/v1/events/${event.id}/walk-ins`).set(bearer(event.organiserToken)).send({ name: '' })).status).toBe(400);
    const [counts] = await db.query(
      `SELECT count(*) FILTER (WHERE status = 'confirmed')::int AS confirmed, count(checked_in_at)::int AS checked FROM registrations WHERE event_id = $1`,
      [event.id],
    );
    expect(counts).toEqual({ confirmed: 3, checked: 2 });
  });
});
