import { RegistrationService } from '@convene/registration';
import { testConfig } from '@convene/testing';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { bearer, makePerson, randomIp, tokenFor, unique } from '../identity/identity-fixtures';
import { RunningApi, startApi } from '../support/api';
import { makePublishedEvent, postRegistration, registrationBody } from '../support/events';

// Issue 16, item 7: 20 anonymous registrations with invented addresses filled a 20-place event in
// a second and the real delegate after them was waitlisted. Organisers of a high-demand event can
// hold places for confirmed addresses only: a registration takes a place once confirmed from the
// mail, and one never confirmed lapses.
describe('Attack: filling a high-demand event with invented addresses', () => {
  let api: RunningApi;
  let db: DataSource;

  beforeAll(async () => {
    api = await startApi(await testConfig());
    db = api.app.get(DataSource);
  });

  afterAll(async () => {
    await api?.close();
  });

  const register = (eventId: string, body: Record<string, unknown>) => postRegistration(api, eventId, body).set('X-Forwarded-For', randomIp());

  /** The token of the private link in the last confirm-address mail to this address. */
  async function mailedConfirmLink(email: string): Promise<{ registrationId: string; token: string }> {
    const [row] = await db.query(
      `SELECT template_data FROM outbox_messages WHERE kind = 'registration-confirm-address' AND recipient = $1 ORDER BY created_at DESC LIMIT 1`,
      [email],
    );
    if (!row) throw new Error(`No confirm-address mail to ${email}`);
    const link = new URL(row.template_data.link);
    return { registrationId: link.pathname.split('/').pop() as string, token: link.searchParams.get('token') as string };
  }

  const confirm = (registrationId: string, token: string) => request(api.url).post(`/api/v1/registrations/${registrationId}/confirm-address`).query({ token });

  const statusCounts = async (eventId: string): Promise<Record<string, number>> =>
    Object.fromEntries(
      (await db.query(`SELECT status, count(*)::int AS n FROM registrations WHERE event_id = $1 GROUP BY status`, [eventId])).map((row: { status: string; n: number }) => [row.status, row.n]),
    );

  it('lets 20 invented addresses take no place on a 20-place event, so the real delegate who confirms gets one', async () => {
    const event = await makePublishedEvent(api, { capacity: 20, confirmAddressFirst: true });
    const shown = await request(api.url).get(`/api/v1/events/${event.id}`).expect(200);
    expect(shown.body).toMatchObject({ confirmAddressFirst: true, confirmationHours: 24 });

    const invented = await Promise.all(Array.from({ length: 20 }, (_, index) => register(event.id, registrationBody(index, { email: `${unique('nobody')}@invented.test` }))));
    expect(invented.map((response) => response.status)).toEqual(Array(20).fill(201));
    expect(invented.map((response) => response.body.status)).toEqual(Array(20).fill('unconfirmed'));
    expect(await statusCounts(event.id)).toEqual({ unconfirmed: 20 });
    const [{ n: askedToConfirm }] = await db.query(
      `SELECT count(*)::int AS n FROM outbox_messages WHERE kind = 'registration-confirm-address' AND recipient LIKE '%@invented.test' AND template_data->>'eventTitle' IS NOT NULL
          AND recipient = ANY($1)`,
      [invented.map((response) => response.body.email)],
    );
    expect(askedToConfirm).toBe(20);

    const delegate = `${unique('real-delegate')}@example.org`;
    const registered = await register(event.id, registrationBody(21, { email: delegate, name: 'Real Delegate' })).expect(201);
    expect(registered.body).toMatchObject({ status: 'unconfirmed', waitlistPosition: null });
    const hoursLeft = (new Date(registered.body.confirmBy).getTime() - Date.now()) / 3_600_000;
    expect(hoursLeft).toBeGreaterThan(23.9);
    expect(hoursLeft).toBeLessThanOrEqual(24);

    const link = await mailedConfirmLink(delegate);
    expect(link.registrationId).toBe(registered.body.id);
    await confirm(link.registrationId, 'not-the-token').expect(404);
    const confirmed = await confirm(link.registrationId, link.token).expect(200);
    expect(confirmed.body).toMatchObject({ status: 'confirmed', confirmBy: null });
    // The place's mail (with the check-in code and the invite) goes now.
    const [placeMail] = await db.query(`SELECT template_data FROM outbox_messages WHERE kind = 'registration-confirmed' AND recipient = $1`, [delegate]);
    expect(placeMail.template_data.checkInCode).toMatch(/\S/);
    // A second click changes nothing.
    await confirm(link.registrationId, link.token).expect(200);
    expect(await statusCounts(event.id)).toEqual({ unconfirmed: 20, confirmed: 1 });
  });

  it('puts one who confirms after the event filled at the end of the waiting list', async () => {
    const event = await makePublishedEvent(api, { capacity: 1, confirmAddressFirst: true });
    const [early, late] = [`${unique('early')}@example.org`, `${unique('late')}@example.org`];
    await register(event.id, registrationBody(1, { email: early })).expect(201);
    await register(event.id, registrationBody(2, { email: late })).expect(201);
    const lateLink = await mailedConfirmLink(late);
    expect((await confirm(lateLink.registrationId, lateLink.token).expect(200)).body.status).toBe('confirmed');
    const earlyLink = await mailedConfirmLink(early);
    expect((await confirm(earlyLink.registrationId, earlyLink.token).expect(200)).body).toMatchObject({ status: 'waitlisted', waitlistPosition: 1 });
  });

  it('lapses a registration not confirmed in time: it cannot be confirmed, counts for nothing, and the address may register again', async () => {
    const event = await makePublishedEvent(api, { capacity: 1, confirmAddressFirst: true, confirmationHours: 2 });
    const slow = `${unique('slow')}@example.org`;
    const registered = await register(event.id, registrationBody(1, { email: slow })).expect(201);
    expect((new Date(registered.body.confirmBy).getTime() - Date.now()) / 3_600_000).toBeGreaterThan(1.9);
    const link = await mailedConfirmLink(slow);
    await db.query(`UPDATE registrations SET confirm_by = now() - interval '1 minute' WHERE id = $1`, [link.registrationId]);

    const refused = await confirm(link.registrationId, link.token);
    expect(refused.status).toBe(410);
    expect(refused.body.code).toBe('confirmation_lapsed');
    expect(await api.app.get(RegistrationService).lapseUnconfirmed()).toBeGreaterThanOrEqual(1);
    expect(await statusCounts(event.id)).toEqual({ cancelled: 1 });
    expect((await confirm(link.registrationId, link.token)).status).toBe(410);

    // The place it never held goes to whoever confirms; the lapsed address may start again.
    const prompt = `${unique('prompt')}@example.org`;
    await register(event.id, registrationBody(2, { email: prompt })).expect(201);
    const promptLink = await mailedConfirmLink(prompt);
    expect((await confirm(promptLink.registrationId, promptLink.token).expect(200)).body.status).toBe('confirmed');
    const again = await register(event.id, registrationBody(3, { email: slow })).expect(201);
    expect(again.body.status).toBe('unconfirmed');
    const againLink = await mailedConfirmLink(slow);
    expect((await confirm(againLink.registrationId, againLink.token).expect(200)).body).toMatchObject({ status: 'waitlisted', waitlistPosition: 1 });
  });

  it('gives the details of whoever registered an unconfirmed address last, and the place to whoever confirms it from the mailbox', async () => {
    const event = await makePublishedEvent(api, { capacity: 5, confirmAddressFirst: true });
    const victim = `${unique('victim')}@example.org`;
    await register(event.id, registrationBody(1, { email: victim, name: 'Squatter', jobTitle: 'Not me' })).expect(201);
    const real = await register(event.id, registrationBody(2, { email: victim, name: 'Vera Victim' })).expect(201);
    expect(real.body).toMatchObject({ status: 'unconfirmed', name: 'Vera Victim' });
    const link = await mailedConfirmLink(victim);
    const confirmed = await confirm(link.registrationId, link.token).expect(200);
    expect(confirmed.body).toMatchObject({ status: 'confirmed', name: 'Vera Victim', jobTitle: null });
  });

  it('needs no confirmation from a person signed in with the address registered, nor from an organiser registering someone', async () => {
    const event = await makePublishedEvent(api, { capacity: 5, confirmAddressFirst: true });
    const email = `${unique('signed-in')}@example.org`;
    const person = await makePerson(api, { name: 'Known Person', email });
    const own = await register(event.id, registrationBody(1, { email, name: 'Known Person' })).set(bearer(await tokenFor(api, person))).expect(201);
    expect(own.body.status).toBe('confirmed');
    const byOrganiser = await register(event.id, registrationBody(2)).set(bearer(event.organiserToken)).expect(201);
    expect(byOrganiser.body.status).toBe('confirmed');
    // Signed in, but registering another address: that address is not proven.
    const other = await register(event.id, registrationBody(3)).set(bearer(await tokenFor(api, person))).expect(201);
    expect(other.body.status).toBe('unconfirmed');
  });

  it('lets the organiser switch it on and off through the API; without it registrations take places at once', async () => {
    const event = await makePublishedEvent(api, { capacity: 5 });
    expect((await register(event.id, registrationBody(1)).expect(201)).body.status).toBe('confirmed');
    const changed = await request(api.url).patch(`/api/v1/events/${event.id}`).set(bearer(event.organiserToken)).send({ confirmAddressFirst: true, confirmationHours: 48 }).expect(200);
    expect(changed.body).toMatchObject({ confirmAddressFirst: true, confirmationHours: 48 });
    expect((await register(event.id, registrationBody(2)).expect(201)).body.status).toBe('unconfirmed');
    await request(api.url).patch(`/api/v1/events/${event.id}`).set(bearer(event.organiserToken)).send({ confirmationHours: 0 }).expect(400);
  });
});
