import request from 'supertest';
import { DataSource } from 'typeorm';
import { bearer, makeAdmin, makePerson, tokenFor } from '../identity/identity-fixtures';
import { makePublishedEvent, registerDelegate } from '../support/events';
import { eventually } from '../support/eventually';
import { MailingStack, startMailingStack } from '../support/mailing-stack';

// An event's organisers learn from its pages that mail is not getting out (the admin alone did,
// on the mail page): GET /events/:id/mail-status, for them and admins only, with no counts,
// addresses or server answers. The answer may be 10 s old, so the tests wait for it to turn.
describe("An event's organisers see whether mail is getting out", () => {
  let stack: MailingStack;

  beforeAll(async () => {
    stack = await startMailingStack();
  });

  afterAll(() => stack?.close());

  it('says stuck, since when the oldest mail waits, while the mail server refuses for now, and flowing once the mail has gone', async () => {
    const { api, sink } = stack;
    const event = await makePublishedEvent(api);
    const status = async () => (await request(api.url).get(`/api/v1/events/${event.id}/mail-status`).set(bearer(event.organiserToken)).expect(200)).body;
    await eventually(async () => (await status()).state === 'flowing', 'mail to be flowing at the start', 60_000, 250);

    sink.rejectWith(451, 'Requested action aborted: try again later');
    const before = Date.now();
    const delegate = await registerDelegate(api, event.id, 1);
    const confirmation = `SELECT attempts FROM outbox_messages WHERE recipient = $1`;
    const dataSource = api.app.get(DataSource);
    await eventually(async () => (await dataSource.query(confirmation, [delegate.email]))[0]?.attempts > 0, 'the confirmation to meet the refusal', 60_000, 200);
    await eventually(async () => (await status()).state === 'stuck', 'the status to say stuck', 60_000, 250);
    const stuck = await status();
    expect(Object.keys(stuck).sort()).toEqual(['state', 'waitingSince']);
    expect(new Date(stuck.waitingSince).getTime()).toBeLessThanOrEqual(Date.now());
    expect(new Date(stuck.waitingSince).getTime()).toBeGreaterThan(before - 60_000);

    // An admin sees it too (an admin may look after any event).
    const adminToken = await tokenFor(api, await makeAdmin(api));
    expect((await request(api.url).get(`/api/v1/events/${event.id}/mail-status`).set(bearer(adminToken)).expect(200)).body.state).toBe('stuck');

    // The server takes mail again: the next try (brought forward, as time passing would) sends it, and the notice goes.
    sink.rejectWith(undefined);
    await dataSource.query(`UPDATE outbox_messages SET retry_at = now() - interval '1 second' WHERE recipient = $1`, [delegate.email]);
    await sink.waitFor((mail) => mail.to === delegate.email, 60_000);
    await eventually(async () => (await status()).state === 'flowing', 'the status to say flowing again', 60_000, 250);
  });

  it('answers only the event’s organisers and admins: 401 signed out, 403 for anyone else, 400 for an id that is not one', async () => {
    const { api } = stack;
    const event = await makePublishedEvent(api);
    const stranger = await tokenFor(api, await makePerson(api, { name: 'Dee Delegate' }));
    const path = `/api/v1/events/${event.id}/mail-status`;
    const signedOut = await request(api.url).get(path).expect(401);
    expect(signedOut.body).not.toHaveProperty('state');
    const other = await request(api.url).get(path).set(bearer(stranger)).expect(403);
    expect(other.body).not.toHaveProperty('state');
    await request(api.url).get('/api/v1/events/not-an-id/mail-status').set(bearer(event.organiserToken)).expect(400);
  });
});
