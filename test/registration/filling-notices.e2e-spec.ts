import { MailOutbox } from '@convene/notifications';
import { testConfig } from '@convene/testing';
import { DataSource } from 'typeorm';
import { makePerson } from '../identity/identity-fixtures';
import { RunningApi, startApi } from '../support/api';
import { makePublishedEvent, registerDelegate } from '../support/events';

// Issue 15.4: the organiser got "80% full" and "Full" in the same second. Only the highest
// threshold a burst crossed is sent; a slow fill sends each. No waiting: the hold of the
// "80% full" notice is ended by hand, and the relay's step (queue what is due) is run directly.
describe('Filling notices to the organisers', () => {
  let api: RunningApi;
  let db: DataSource;

  beforeAll(async () => {
    api = await startApi(await testConfig());
    db = api.app.get(DataSource);
  });

  afterAll(async () => {
    await api?.close();
  });

  const notices = (eventId: string): Promise<Array<{ id: string; percent: number; status: string; held: boolean; queued: boolean }>> =>
    db.query(
      `SELECT id, (template_data->>'percent')::int AS percent, status::text, retry_at > now() AS held, queued_at IS NOT NULL AS queued
         FROM outbox_messages WHERE kind = 'event-filling' AND dedupe_key LIKE $1 ORDER BY 2`,
      [`event-filling:${eventId}:%`],
    );

  it('sends one "Full" notice when a burst crosses 80% and 100% together', async () => {
    const event = await makePublishedEvent(api, { capacity: 5 });
    await Promise.all(Array.from({ length: 8 }, (_, index) => registerDelegate(api, event.id, index)));
    // Registrations decided in one group cross both at once and record only "Full"; an "80% full"
    // recorded by an earlier group is held, then superseded. Either way one mail will go.
    const rows = await notices(event.id);
    expect(rows.filter((row) => row.status !== 'superseded').map(({ percent, status }) => ({ percent, status }))).toEqual([{ percent: 100, status: 'pending' }]);
    expect(rows.filter((row) => row.status === 'superseded').map(({ percent, queued }) => ({ percent, queued }))).toEqual(rows.length > 1 ? [{ percent: 80, queued: false }] : []);
  });

  it('sends "80% full" and later "Full" when the event fills slowly, each once', async () => {
    const event = await makePublishedEvent(api, { capacity: 5 });
    for (let index = 0; index < 4; index++) await registerDelegate(api, event.id, index);
    const [held] = await notices(event.id);
    expect(held).toMatchObject({ percent: 80, status: 'pending', held: true, queued: false });

    // The hold is over: the relay queues what is due.
    await db.query(`UPDATE outbox_messages SET retry_at = now() WHERE id = $1`, [held.id]);
    const due: { id: string }[] = await db.query(
      `SELECT id FROM outbox_messages WHERE id = $1 AND status = 'pending' AND queued_at IS NULL AND retry_at <= now()`,
      [held.id],
    );
    await api.app.get(MailOutbox).dispatch(due.map((row) => row.id));

    await registerDelegate(api, event.id, 4);
    await registerDelegate(api, event.id, 5);
    const rows = await notices(event.id);
    expect(rows.map(({ percent, status, queued }) => ({ percent, status, queued }))).toEqual([
      { percent: 80, status: 'pending', queued: true },
      { percent: 100, status: 'pending', queued: expect.any(Boolean) },
    ]);
  });

  it("tells each of the event's own organisers who has an address, and no one else", async () => {
    const event = await makePublishedEvent(api, { capacity: 1 });
    const other = await makePublishedEvent(api, { capacity: 1 });
    const [creator] = await db.query(`SELECT p.email FROM event_organisers o JOIN people p ON p.id = o.person_id WHERE o.event_id = $1`, [event.id]);
    const second = await makePerson(api, { name: 'Second Organiser' });
    // A person erased keeps their place in the table but has no address left.
    const unreachable = await makePerson(api, { name: 'Former participant', email: null });
    for (const person of [second, unreachable]) await db.query('INSERT INTO event_organisers (event_id, person_id) VALUES ($1, $2)', [event.id, person.id]);

    await registerDelegate(api, event.id, 0);
    const told: Array<{ recipient: string }> = await db.query(
      `SELECT recipient FROM outbox_messages WHERE kind = 'event-filling' AND dedupe_key LIKE $1 ORDER BY recipient`,
      [`event-filling:${event.id}:%`],
    );
    expect(told.map((row) => row.recipient)).toEqual([creator.email, second.email].sort());
    expect((await notices(other.id)).length).toBe(0);
  });
});
