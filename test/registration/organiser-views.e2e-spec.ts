import request from 'supertest';
import { testConfig } from '@convene/testing';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { bearer, makePerson, tokenFor } from '../identity/identity-fixtures';
import { RunningApi, startApi } from '../support/api';
import { makePublishedEvent, registerDelegate } from '../support/events';

// What organisers see of their registrants as a whole, and the messages they send them.
describe('Organiser views: summary and messages to registrants', () => {
  let api: RunningApi;
  let db: DataSource;

  beforeAll(async () => {
    api = await startApi(await testConfig());
    db = api.app.get(DataSource);
  });

  afterAll(async () => {
    await api?.close();
  });


  it('sums registrations by status, category and organisation, and the needs of confirmed delegates, for organisers only', async () => {
    const event = await makePublishedEvent(api, { capacity: 3 });
    await registerDelegate(api, event.id, 1, { category: 'officer', organisationName: 'Oldham Council', dietaryNeeds: 'Vegetarian', accessNeeds: 'Step-free access' });
    await registerDelegate(api, event.id, 2, { category: 'delegate', organisationName: 'oldham council', dietaryNeeds: 'vegetarian ' });
    await registerDelegate(api, event.id, 3, { category: 'delegate', organisationName: 'Preston City Council', dietaryNeeds: 'Halal' });
    await registerDelegate(api, event.id, 4, { category: 'press', dietaryNeeds: 'Vegan' });

    const stranger = await tokenFor(api, await makePerson(api, { roles: [] }));
    expect((await request(api.url).get(`/api/v1/events/${event.id}/registrations/summary`).set(bearer(stranger))).status).toBe(403);
    const summary = await request(api.url).get(`/api/v1/events/${event.id}/registrations/summary`).set(bearer(event.organiserToken)).expect(200);
    expect(summary.body.byStatus).toMatchObject({ confirmed: 3, waitlisted: 1, cancelled: 0, checkedIn: 0 });
    expect(summary.body.byCategory).toEqual([
      { category: 'delegate', confirmed: 2, waiting: 0, checkedIn: 0 },
      { category: 'officer', confirmed: 1, waiting: 0, checkedIn: 0 },
      { category: 'press', confirmed: 0, waiting: 1, checkedIn: 0 },
    ]);
    expect(summary.body.byOrganisation).toEqual([
      { organisation: 'Oldham Council', confirmed: 2, waiting: 0, checkedIn: 0 },
      { organisation: 'Preston City Council', confirmed: 1, waiting: 0, checkedIn: 0 },
      { organisation: null, confirmed: 0, waiting: 1, checkedIn: 0 },
    ]);
    // Only the confirmed are catered for: the waitlisted vegan is not counted.
    expect(summary.body.dietaryNeeds).toEqual([
      { need: 'Vegetarian', count: 2 },
      { need: 'Halal', count: 1 },
    ]);
    expect(summary.body.accessNeeds).toEqual([{ need: 'Step-free access', count: 1 }]);
  });

  it('mails one message to each registrant of the chosen statuses, and never twice for the same message id', async () => {
    const event = await makePublishedEvent(api, { capacity: 2 });
    const confirmed = [await registerDelegate(api, event.id, 1), await registerDelegate(api, event.id, 2)];
    const waitlisted = await registerDelegate(api, event.id, 3);
    expect(waitlisted.status).toBe('waitlisted');
    const send = (body: Record<string, unknown>, token = event.organiserToken) =>
      request(api.url).post(`/api/v1/events/${event.id}/registrations/messages`).set(bearer(token)).send(body);
    const message = { messageId: randomUUID(), subject: 'Room change', body: 'We meet in the Council Chamber.\n\n<b>Bring ID</b>.', statuses: ['confirmed'] };

    const sent = await send(message).expect(200);
    expect(sent.body).toEqual({ recipients: 2, queued: 2 });
    const retried = await send(message).expect(200);
    expect(retried.body).toEqual({ recipients: 2, queued: 0 });

    const rows: { recipient: string }[] = await db.query(
      `SELECT recipient FROM outbox_messages WHERE kind = 'registrants-message' AND dedupe_key LIKE $1 ORDER BY recipient`,
      [`registrants-message:${message.messageId}:%`],
    );
    expect(rows.map((row) => row.recipient)).toEqual(confirmed.map((r) => r.email).sort());

    // Bad input is refused and records nothing.
    for (const bad of [
      { ...message, messageId: randomUUID(), statuses: [] },
      { ...message, messageId: randomUUID(), statuses: ['cancelled'] },
      { ...message, messageId: randomUUID(), subject: 'Two\nlines' },
      { ...message, messageId: 'not-a-uuid' },
      { ...message, messageId: randomUUID(), body: 'x'.repeat(10001) },
    ]) {
      expect((await send(bad)).status).toBe(400);
    }
    const stranger = await tokenFor(api, await makePerson(api, { roles: [] }));
    expect((await send({ ...message, messageId: randomUUID() }, stranger)).status).toBe(403);
    const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM outbox_messages WHERE kind = 'registrants-message' AND recipient = ANY($1)`, [
      [...confirmed.map((r) => r.email), waitlisted.email],
    ]);
    expect(n).toBe(2);
  });
});
