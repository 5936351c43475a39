import { OutboxStatus } from '@convene/notifications';
import { eventually } from '../support/eventually';
import { MailFixture, startMailFixture } from '../support/mail-fixture';
import { startWorkerProcess } from '../support/worker-process';

// Runs on the Postgres queue backend in `npm test` and on Redis in `npm run test:redis`.
describe('Mail delivery', () => {
  let mail: MailFixture;

  beforeAll(async () => {
    mail = await startMailFixture();
  });

  afterAll(() => mail?.close());

  it('delivers each of 200 mails exactly once when the worker is killed with SIGKILL mid-run', async () => {
    const { sink, config } = mail;
    const first = await startWorkerProcess(config);
    const sent = await mail.recordSignInMails(200, 'kill');

    await sink.waitFor(() => sent.received().length >= 50, 60_000);
    // The worker dies with SMTP transactions in flight: their replies are held, so those
    // messages are not delivered (as with a real server), and must be sent again.
    sink.holdReplies();
    await eventually(() => sink.heldCount() > 0, 'the worker to have mail in flight', 60_000);
    // What it did deliver is marked sent before the kill (moments after each 250), so a resend
    // could only be of mail it never delivered.
    await mail.deliveredMarkedSent(sent);
    await first.kill('SIGKILL');
    sink.releaseReplies();
    expect(sent.received().length).toBeLessThan(200);

    const second = await startWorkerProcess(config);
    try {
      await sink.waitFor(() => sent.received().length >= 200, 90_000);
      // A duplicate could come only from a job still to run (the killed worker's, once its lock
      // expires): when the queue holds none, every job has run and what was sent is final.
      await mail.queueDrained();
      await mail.expectEachSentOnce(sent);
    } finally {
      await second.kill('SIGTERM');
    }
    // Its own waits allow 60 s + 60 s + 90 s + 90 s: the killed worker's jobs come back only once their locks expire.
  }, 330_000);

  it('records a mail once per dedupe key', async () => {
    const { dataSource, outbox } = mail;
    const again = await dataSource.transaction((tx) =>
      outbox.record(tx, { kind: 'sign-in', recipient: 'kill-0@example.org', templateData: {}, dedupeKey: 'kill:0' }),
    );
    expect(again).toBeNull();
  });

  it('records a mail without a dedupe key each time, keyed by its own row', async () => {
    const { dataSource, outbox } = mail;
    const twice = { kind: 'registration-changed', recipient: 'twice@example.org', templateData: {} };
    const ids = await dataSource.transaction(async (tx) => [await outbox.record(tx, twice), await outbox.record(tx, twice)]);
    expect(ids).toEqual([expect.any(String), expect.any(String)]);
    const rows: Array<{ id: string; dedupe_key: string }> = await dataSource.query(`SELECT id, dedupe_key FROM outbox_messages WHERE id = ANY($1)`, [ids]);
    expect(rows.map((row) => row.dedupe_key).sort()).toEqual(rows.map((row) => `once:${row.id}`).sort());
    await dataSource.query(`DELETE FROM outbox_messages WHERE id = ANY($1)`, [ids]);
  });

  it('stops at a permanent refusal, records why, and clears the code from the row', async () => {
    const { sink, config, dataSource } = mail;
    const worker = await startWorkerProcess(config);
    try {
      sink.rejectWith(550, 'No such mailbox here');
      const {
        ids: [id],
      } = await mail.recordSignInMails(1, 'refused');
      let row: { status: string; last_error: string; template_data: Record<string, unknown> } | undefined;
      await eventually(async () => {
        [row] = await dataSource.query('SELECT status, last_error, template_data FROM outbox_messages WHERE id = $1', [id]);
        return row?.status === OutboxStatus.Failed;
      }, 'the refused mail to fail', 20_000, 200).catch(() => undefined); // the expectations below say what it became
      expect(row?.status).toBe(OutboxStatus.Failed);
      expect(row?.last_error).toMatch(/^550/);
      expect(row?.template_data).not.toHaveProperty('code');
    } finally {
      sink.rejectWith(undefined);
      await worker.kill('SIGTERM');
    }
  });
});
