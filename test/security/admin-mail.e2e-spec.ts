import { NetworkRole } from '@convene/identity';
import { MailOutbox, OutboxStatus } from '@convene/notifications';
import { testConfig } from '@convene/testing';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { bearer, makeAdmin, makePerson, tokenFor, unique } from '../identity/identity-fixtures';
import { RunningApi, startApi } from '../support/api';

// The admin's mail page (issue 15.8): counts per state, failed mail with its reason, retry one or
// all. Only admins see or retry anything; a retry never sends a mail that was already sent.
describe("The mail queue's admin routes", () => {
  let api: RunningApi;
  let db: DataSource;
  let admin: { Authorization: string };
  let organiser: { Authorization: string };

  beforeAll(async () => {
    api = await startApi(await testConfig());
    db = api.app.get(DataSource);
    admin = bearer(await tokenFor(api, await makeAdmin(api)));
    organiser = bearer(await tokenFor(api, await makePerson(api, { roles: [NetworkRole.Organiser] })));
  });

  afterAll(async () => {
    await api?.close();
  });

  /** A sign-in mail in the outbox, moved to `status` as the worker would leave it. */
  async function mailIn(status: OutboxStatus, error: string | null = null): Promise<{ id: string; recipient: string }> {
    const recipient = `${unique('mailed')}@example.org`;
    const [id] = await db.transaction((tx) =>
      api.app.get(MailOutbox).recordMany(tx, [
        { kind: 'sign-in', recipient, templateData: { name: 'Jo', code: '123456', link: 'http://localhost/sign-in', expiresInMinutes: 15 }, dedupeKey: unique('admin-mail') },
      ]),
    );
    await db.query(
      `UPDATE outbox_messages SET status = $2::outbox_status, attempts = 1, last_error = $3, sent_at = CASE WHEN $2::outbox_status = 'sent' THEN now() END WHERE id = $1`,
      [id, status, error],
    );
    return { id, recipient };
  }

  const rowOf = async (id: string) => (await db.query('SELECT status, attempts, sent_at, queued_at FROM outbox_messages WHERE id = $1', [id]))[0];

  it('shows admins the counts per state and each failed mail with its recipient, subject and reason', async () => {
    const before = (await request(api.url).get('/api/v1/admin/mail/counts').set(admin).expect(200)).body;
    const failed = await mailIn(OutboxStatus.Failed, '550 No such mailbox here');
    await mailIn(OutboxStatus.Sent);
    const after = (await request(api.url).get('/api/v1/admin/mail/counts').set(admin).expect(200)).body;
    expect(after).toEqual({ ...before, failed: before.failed + 1, sent: before.sent + 1 });

    const list = await request(api.url).get('/api/v1/admin/mail').query({ status: 'failed' }).set(admin).expect(200);
    expect(list.body.items).toContainEqual(
      expect.objectContaining({ id: failed.id, recipient: failed.recipient, subject: expect.stringContaining('sign-in code'), status: 'failed', lastError: '550 No such mailbox here' }),
    );
  });

  it.each([
    ['GET', '/api/v1/admin/mail'],
    ['GET', '/api/v1/admin/mail/counts'],
    ['POST', '/api/v1/admin/mail/retry-failed'],
  ])('refuses %s %s to an organiser with 403, telling nothing and retrying nothing', async (method, path) => {
    const failed = await mailIn(OutboxStatus.Failed, '550 No such mailbox here');
    const answer = await request(api.url)[method === 'GET' ? 'get' : 'post'](path).set(organiser).expect(403);
    expect(JSON.stringify(answer.body)).not.toMatch(/mailed-|items|failed"?:/);
    expect((await rowOf(failed.id)).status).toBe('failed');
  });

  it('refuses one retry to an organiser (403) and to someone not signed in (401), and the mail stays failed', async () => {
    const failed = await mailIn(OutboxStatus.Failed, '550 No such mailbox here');
    const refused = await request(api.url).post(`/api/v1/admin/mail/${failed.id}/retry`).set(organiser).expect(403);
    expect(JSON.stringify(refused.body)).not.toContain(failed.recipient);
    await request(api.url).post(`/api/v1/admin/mail/${failed.id}/retry`).expect(401);
    expect(await rowOf(failed.id)).toMatchObject({ status: 'failed', attempts: 1, queued_at: null });
  });

  it('refuses to retry a mail already sent (409), so it never goes twice', async () => {
    const sent = await mailIn(OutboxStatus.Sent);
    const before = await rowOf(sent.id);
    const answer = await request(api.url).post(`/api/v1/admin/mail/${sent.id}/retry`).set(admin).expect(409);
    expect(answer.body.code).toBe('mail_not_failed');
    expect(await rowOf(sent.id)).toEqual(before);
  });

  it('retries a failed mail once: a second retry is refused while it is on its way', async () => {
    const failed = await mailIn(OutboxStatus.Failed, '550 No such mailbox here');
    const retried = await request(api.url).post(`/api/v1/admin/mail/${failed.id}/retry`).set(admin).expect(200);
    expect(retried.body).toMatchObject({ id: failed.id, status: 'pending', attempts: 0, lastError: null });
    await request(api.url).post(`/api/v1/admin/mail/${failed.id}/retry`).set(admin).expect(409);
  });

  it.each([
    ['an unknown state', () => request(api.url).get('/api/v1/admin/mail').query({ status: 'lost' }).set(admin)],
    ['a page too large', () => request(api.url).get('/api/v1/admin/mail').query({ limit: 1000 }).set(admin)],
    ['a malformed id', () => request(api.url).post('/api/v1/admin/mail/not-a-uuid/retry').set(admin)],
  ])('refuses %s with 400 and changes nothing', async (_case, send) => {
    const failed = await mailIn(OutboxStatus.Failed, '550 No such mailbox here');
    const counts = (await request(api.url).get('/api/v1/admin/mail/counts').set(admin).expect(200)).body;
    const answer = await send().expect(400);
    expect(answer.body.statusCode).toBe(400);
    expect((await request(api.url).get('/api/v1/admin/mail/counts').set(admin).expect(200)).body).toEqual(counts);
    expect((await rowOf(failed.id)).status).toBe('failed');
  });

  it('answers a retry of an unknown mail with 404', async () => {
    const answer = await request(api.url).post('/api/v1/admin/mail/00000000-0000-4000-8000-000000000000/retry').set(admin).expect(404);
    expect(answer.body.code).toBe('mail_not_found');
  });
});
