import request from 'supertest';
import { testConfig } from '@convene/testing';
import { DataSource } from 'typeorm';
import { bearer, unique } from '../identity/identity-fixtures';
import { RunningApi, startApi } from '../support/api';
import { makePublishedEvent, registrationBody } from '../support/events';

// Issue 16, item 2: typing someone's address into a registration or apologies form must not
// return their registration, nor tell a registered address from a new one.
describe('Attack: finding out who is registered through the public forms', () => {
  let api: RunningApi;
  let db: DataSource;

  beforeAll(async () => {
    api = await startApi(await testConfig());
    db = api.app.get(DataSource);
  });

  afterAll(async () => {
    await api?.close();
  });

  /** The answer without what differs in any two answers (ids, times, the request id). */
  const shape = (body: Record<string, unknown>) => {
    const { id, createdAt, requestId, ...rest } = body;
    return { ...rest, id: typeof id, createdAt: typeof createdAt, requestId: typeof requestId };
  };
  const mailsTo = (email: string) => db.query(`SELECT kind, template_data->>'link' AS link FROM outbox_messages WHERE recipient = $1 ORDER BY created_at`, [email]);

  it('answers a registered address exactly as a new one, with none of the holder’s data, and mails the holder their private link', async () => {
    const event = await makePublishedEvent(api, { capacity: 10 }, [{ title: 'Community energy', capacity: 5 }]);
    const victim = registrationBody(1, { name: 'Real Victim', jobTitle: 'Chief Executive', showOnAttendeeList: false, workshopIds: event.workshopIds });
    const real = await request(api.url).post(`/api/v1/events/${event.id}/registrations`).send(victim).expect(201);
    await request(api.url).post(`/api/v1/registrations/${real.body.id}/check-in`).set(bearer(event.organiserToken)).expect(200);

    const probe = { name: 'Anyone', email: victim.email, workshopIds: event.workshopIds };
    const known = await request(api.url).post(`/api/v1/events/${event.id}/registrations`).send(probe);
    const fresh = await request(api.url).post(`/api/v1/events/${event.id}/registrations`).send({ ...probe, email: `${unique('new')}@example.org` });

    expect(known.status).toBe(201);
    expect(fresh.status).toBe(201);
    expect(shape(known.body)).toEqual({ ...shape(fresh.body), email: victim.email });
    expect(known.body.id).not.toBe(real.body.id);
    expect(JSON.stringify(known.body)).not.toMatch(/Real Victim|Chief Executive/);
    expect(known.body.checkedInAt).toBeNull();

    // The holder hears of it, with their private link; their registration is as it was.
    const mails = await mailsTo(victim.email);
    expect(mails.map((mail: { kind: string }) => mail.kind)).toEqual(['registration-confirmed', 'registration-reminder']);
    expect(mails[1].link).toContain(`/registrations/${real.body.id}?token=`);
    expect(await db.query('SELECT name, job_title FROM registrations WHERE event_id = $1 AND email = $2', [event.id, victim.email])).toEqual([
      { name: 'Real Victim', job_title: 'Chief Executive' },
    ]);
  });

  it('refuses known and unknown addresses alike at an invitation-only event and a members-only one', async () => {
    for (const visibility of ['invitation', 'members']) {
      const event = await makePublishedEvent(api, { visibility, capacity: 10 });
      const registered = registrationBody(1);
      // Registered by an organiser on their behalf.
      await request(api.url).post(`/api/v1/events/${event.id}/registrations`).set(bearer(event.organiserToken)).send(registered).expect(201);
      const known = await request(api.url).post(`/api/v1/events/${event.id}/registrations`).send({ name: 'Anyone', email: registered.email });
      const unknown = await request(api.url).post(`/api/v1/events/${event.id}/registrations`).send({ name: 'Anyone', email: `${unique('nobody')}@example.org` });
      expect(known.status).toBe(403);
      expect(shape(known.body)).toEqual(shape(unknown.body));
    }
  });

  it('answers apologies from a registered address as from any other, and neither records them nor gives the place back', async () => {
    const event = await makePublishedEvent(api, { capacity: 10 });
    const holder = registrationBody(1);
    const registered = await request(api.url).post(`/api/v1/events/${event.id}/registrations`).send(holder).expect(201);

    const known = await request(api.url).post(`/api/v1/events/${event.id}/apologies`).send({ name: 'Anyone', email: holder.email });
    const unknown = await request(api.url).post(`/api/v1/events/${event.id}/apologies`).send({ name: 'Anyone', email: `${unique('other')}@example.org` });
    expect([known.status, unknown.status]).toEqual([202, 202]);
    expect(known.body).toEqual(unknown.body);

    // Nobody cancels another's place by typing their address: the holder is mailed their link instead.
    expect((await db.query('SELECT status FROM registrations WHERE id = $1', [registered.body.id]))[0].status).toBe('confirmed');
    expect(await db.query('SELECT count(*)::int AS n FROM apologies WHERE event_id = $1 AND email = $2', [event.id, holder.email])).toEqual([{ n: 0 }]);
    const mails = await mailsTo(holder.email);
    expect(mails.map((mail: { kind: string }) => mail.kind)).toEqual(['registration-confirmed', 'apologies-place-held']);
    expect(mails[1].link).toContain(`/registrations/${registered.body.id}?token=`);
  });
});
