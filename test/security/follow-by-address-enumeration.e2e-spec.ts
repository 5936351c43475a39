import { testConfig } from '@convene/testing';
import { Client } from 'pg';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { makeQaSession } from '../qa/qa-fixtures';
import { RunningApi, startApi } from '../support/api';
import { eventually } from '../support/eventually';
import { statementsDuring } from '../support/statements';
import { unique } from '../identity/identity-fixtures';

// Review 2026-12-03: following a session by address answered a new address after recording its
// confirmation mail and putting it on the queue, and an address that already followed after
// neither: one round trip to the queue more or less, enough to show who follows what. Now every
// address takes the same statements (the mail is recorded, or not, inside the same one), and the
// mail is put on the queue after the answer.
describe('Attack: learning whether an address follows a session from the follow answer', () => {
  let api: RunningApi;
  let db: DataSource;

  beforeAll(async () => {
    api = await startApi(await testConfig());
    db = api.app.get(DataSource);
  });

  afterAll(async () => {
    await api?.close();
  });

  const follow = (sessionId: string, email: string) => request(api.url).post(`/api/v1/sessions/${sessionId}/follow`).send({ email }).timeout(15_000).expect(202);
  const confirmations = async (email: string) =>
    (await db.query(`SELECT template_data->>'followLink' AS link, queued_at FROM outbox_messages WHERE kind = 'session-follow-confirm' AND recipient = $1`, [
      email,
    ])) as Array<{ link: string; queued_at: Date | null }>;

  it('does the same work and gives the same answer for a new address, a pending one and one that already follows', async () => {
    const { sessionId } = await makeQaSession(api);
    const following = `${unique('follower')}@example.org`;
    await follow(sessionId, following);
    await eventually(async () => (await confirmations(following)).length === 1, 'the first confirmation mail');
    const [{ link }] = await confirmations(following);
    const token = decodeURIComponent(new URL(link).pathname.split('/').pop() as string);
    await request(api.url).post(`/api/v1/follows/${encodeURIComponent(token)}/confirm`).expect(200);
    const pending = `${unique('pending')}@example.org`;
    await follow(sessionId, pending);
    // Their mails queued first, so that nothing of theirs runs while the work below is recorded.
    const queued = async (email: string) => (await confirmations(email)).every((mail) => mail.queued_at !== null);
    await eventually(async () => (await queued(following)) && (await queued(pending)), 'the first mails to be queued');
    const fresh = `${unique('fresh')}@example.org`;

    const work: Record<string, string[]> = {};
    const answers: Record<string, request.Response> = {};
    for (const [name, email] of Object.entries({ pending, following })) {
      work[name] = await statementsDuring(db, async () => (answers[name] = await follow(sessionId, email)));
    }
    // The new address last, with the queue's table held: its answer still comes (it does not
    // wait on the queue), and the queueing after it cannot land among the statements recorded.
    const locker = new Client({ connectionString: api.config.databaseUrl });
    await locker.connect();
    try {
      await locker.query('BEGIN');
      await locker.query('LOCK TABLE bullmq.job IN EXCLUSIVE MODE');
      work.fresh = await statementsDuring(db, async () => (answers.fresh = await follow(sessionId, fresh)));
      await locker.query('COMMIT');
    } finally {
      await locker.end();
    }

    expect(answers.fresh.body).toEqual({ following: false, status: 'confirmation-sent' });
    expect(answers.pending.body).toEqual(answers.fresh.body);
    expect(answers.following.body).toEqual(answers.fresh.body);
    const headers = (answer: request.Response) => Object.keys(answer.headers).filter((name) => name !== 'x-request-id').sort();
    expect(headers(answers.pending)).toEqual(headers(answers.fresh));
    expect(headers(answers.following)).toEqual(headers(answers.fresh));
    expect(work.fresh.length).toBeGreaterThan(3);
    expect(work.pending).toEqual(work.fresh);
    expect(work.following).toEqual(work.fresh);

    // What each should get: the new address its one mail, put on the queue once the table is free;
    // the pending one no second mail within the hour; the follower none at all.
    await eventually(async () => (await confirmations(fresh)).length === 1 && (await queued(fresh)), 'the new address’s mail to be queued');
    expect(await confirmations(fresh)).toHaveLength(1);
    expect(await confirmations(pending)).toHaveLength(1);
    expect(await confirmations(following)).toHaveLength(1);
  });
});
