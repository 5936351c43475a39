import { eventually } from '../support/eventually';
import { LAST_TRY, OutboxStatus } from '@convene/notifications';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { bearer, makeAdmin, tokenFor } from '../identity/identity-fixtures';
import { MailingStack, startMailingStack } from '../support/mailing-stack';

// A long SMTP outage (issue 16.12): temporary failures keep being retried, further apart, for
// days; an admin can send every failed mail again at once; /ready says mail is not getting out.
// Days are not waited out: the test moves each row's clock (retry_at, attempts) as days would.
describe('Mail through a long SMTP outage', () => {
  let stack: MailingStack;
  let dataSource: DataSource;

  beforeAll(async () => {
    stack = await startMailingStack();
    dataSource = stack.api.app.get(DataSource);
  });

  afterAll(() => stack?.close());

  const record = async (count: number, tag: string): Promise<string[]> => (await stack.recordSignInMails(count, tag)).ids;

  type Row = { id: string; status: OutboxStatus; attempts: number; retry_at: Date | null; last_error: string | null };
  const rows = (ids: string[]): Promise<Row[]> =>
    dataSource.query('SELECT id, status, attempts, retry_at, last_error FROM outbox_messages WHERE id = ANY($1) ORDER BY id', [ids]);

  async function until(ids: string[], done: (row: Row) => boolean): Promise<Row[]> {
    let current: Row[] = [];
    await eventually(async () => {
      current = await rows(ids);
      return current.length === ids.length && current.every(done);
    }, `rows in the state: ${ids.join(', ')}`, 60_000, 200);
    return current;
  }

  /** As if the wait before each row's next try had passed. */
  const timePasses = (ids: string[]) => dataSource.query(`UPDATE outbox_messages SET retry_at = now() - interval '1 second' WHERE id = ANY($1)`, [ids]);

  it('keeps retrying through days of temporary failures, gives up only after them, and sends each mail once when SMTP is back', async () => {
    const { sink, api } = stack;
    const adminToken = await tokenFor(api, await makeAdmin(api));
    sink.rejectWith(421, 'Service not available, try again later');
    const ids = await record(4, 'outage');

    const waiting = await until(ids, (row) => row.attempts === 1);
    expect(waiting.map((row) => row.status)).toEqual(ids.map(() => OutboxStatus.Pending));
    expect(waiting.every((row) => row.retry_at !== null && row.last_error?.startsWith('421'))).toBe(true);

    const ready = await request(api.url).get('/api/v1/ready').expect(200);
    expect(ready.body.mail).toMatchObject({ state: 'stuck' });
    expect(ready.body.mail.retrying).toBeGreaterThanOrEqual(4);
    expect(ready.body.mail).not.toHaveProperty('lastError');
    const health = await request(api.url).get('/api/v1/admin/mail/health').set(bearer(adminToken)).expect(200);
    expect(health.body).toMatchObject({ state: 'stuck' });
    expect(health.body.lastError).toMatch(/^421/);

    // Three rows a day and more into the outage (far past the 8 tries that used to end them);
    // the fourth at its last try, five days in.
    const [last, ...longWait] = ids;
    await dataSource.query(`UPDATE outbox_messages SET attempts = 40 WHERE id = ANY($1)`, [longWait]);
    await dataSource.query(`UPDATE outbox_messages SET attempts = $2 WHERE id = $1`, [last, LAST_TRY - 1]);
    await timePasses(ids);
    await until(longWait, (row) => row.attempts === 41);
    const [givenUp] = await until([last], (row) => row.status === OutboxStatus.Failed);
    expect(givenUp.last_error).toMatch(/^421/);
    expect((await rows(longWait)).map((row) => row.status)).toEqual(longWait.map(() => OutboxStatus.Pending));
    expect(sink.received.filter((mail) => mail.to.startsWith('outage-'))).toEqual([]);

    // SMTP is back: the waiting rows go at their next try, the given-up one when an admin says so.
    sink.rejectWith(undefined);
    await timePasses(longWait);
    await until(longWait, (row) => row.status === OutboxStatus.Sent);
    const retried = await request(api.url).post('/api/v1/admin/mail/retry-failed').set(bearer(adminToken)).expect(200);
    expect(retried.body.retried).toBeGreaterThanOrEqual(1);
    await until(ids, (row) => row.status === OutboxStatus.Sent);

    const delivered = sink.received.filter((mail) => mail.to.startsWith('outage-'));
    expect(delivered.map((mail) => mail.to).sort()).toEqual(ids.map((_, index) => `outage-${index}@example.org`).sort());
    const after = await request(api.url).get('/api/v1/ready').expect(200);
    expect(after.body.mail).toMatchObject({ state: 'flowing', retrying: 0 });
  });

  it('still fails a mail for good at a permanent refusal, and lets only admins retry all', async () => {
    const { sink, api } = stack;
    sink.rejectWith(550, 'No such mailbox here');
    try {
      const ids = await record(1, 'refused-outage');
      const [row] = await until(ids, (current) => current.status === OutboxStatus.Failed);
      expect(row.attempts).toBe(1);
      expect(row.last_error).toMatch(/^550/);
    } finally {
      sink.rejectWith(undefined);
    }
    await request(api.url).post('/api/v1/admin/mail/retry-failed').expect(401);
  });
});
