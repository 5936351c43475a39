import { AppConfig, QueueName } from '@convene/core';
import { getQueueToken } from '@nestjs/bullmq';
import { MailOutbox, OutboxStatus } from '@convene/notifications';
import { SmtpSink, startSmtpSink, testConfig } from '@convene/testing';
import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { RunningApi, startApi } from '../support/api';
import { startWorkerProcess } from '../support/worker-process';
import { eventually } from '../support/eventually';

// Runs on the Postgres queue backend in `npm test` and on Redis in `npm run test:redis`.
describe('Mail delivery', () => {
  let sink: SmtpSink;
  let config: AppConfig;
  let api: RunningApi;
  let dataSource: DataSource;
  let outbox: MailOutbox;
  let mailQueue: Queue;

  beforeAll(async () => {
    sink = await startSmtpSink();
    config = await testConfig({ SMTP_URL: sink.url, OUTBOX_RELAY_INTERVAL_MS: '500' });
    api = await startApi(config);
    dataSource = api.app.get(DataSource);
    outbox = api.app.get(MailOutbox);
    mailQueue = api.app.get<Queue>(getQueueToken(QueueName.Mail));
  });

  afterAll(async () => {
    await api?.close();
    await sink?.close();
  });

  async function recordSignInMails(count: number, tag: string): Promise<string[]> {
    const ids = await dataSource.transaction(async (tx) => {
      const recorded: Array<string | null> = [];
      for (let index = 0; index < count; index++) {
        recorded.push(
          await outbox.record(tx, {
            kind: 'sign-in',
            recipient: `${tag}-${index}@example.org`,
            templateData: { name: `Delegate ${index}`, code: String(100000 + index), link: 'http://localhost/sign-in', expiresInMinutes: 15 },
            dedupeKey: `${tag}:${index}`,
          }),
        );
      }
      return recorded;
    });
    await outbox.dispatch(ids);
    return ids as string[];
  }

  const messageIdsOf = (ids: string[]) => new Set(ids.map((id) => `<${id}@localhost>`));

  it('delivers each of 200 mails exactly once when the worker is killed with SIGKILL mid-run', async () => {
    const first = await startWorkerProcess(config);
    const ids = await recordSignInMails(200, 'kill');
    const expected = messageIdsOf(ids);
    const ours = () => sink.received.filter((mail) => expected.has(mail.messageId));

    await sink.waitFor(() => ours().length >= 50, 60_000);
    // The worker dies with SMTP transactions in flight: their replies are held, so those
    // messages are not delivered (as with a real server), and must be sent again.
    sink.holdReplies();
    await new Promise((resolve) => setTimeout(resolve, 300));
    await first.kill('SIGKILL');
    sink.releaseReplies();
    const deliveredBeforeKill = ours().length;
    expect(deliveredBeforeKill).toBeLessThan(200);

    const second = await startWorkerProcess(config);
    try {
      await sink.waitFor(() => ours().length >= 200, 90_000);
      // A duplicate could come only from a job still to run (the killed worker's, once its lock
      // expires): when the queue holds none, every job has run and what was sent is final.
      await eventually(async () => Object.values(await mailQueue.getJobCounts('waiting', 'active', 'delayed', 'prioritized')).every((n) => n === 0), 'the mail queue to drain', 90_000, 200);
      const counts = new Map<string, number>();
      for (const mail of ours()) counts.set(mail.messageId, (counts.get(mail.messageId) ?? 0) + 1);
      expect(counts.size).toBe(200);
      expect([...counts.values()].filter((count) => count !== 1)).toEqual([]);

      const statuses = await dataSource.query(`SELECT status, count(*)::int AS n FROM outbox_messages WHERE id = ANY($1) GROUP BY status`, [ids]);
      expect(statuses).toEqual([{ status: OutboxStatus.Sent, n: 200 }]);
    } finally {
      await second.kill('SIGTERM');
    }
    // Its own waits allow 60 s + 90 s + 90 s: the killed worker's jobs come back only once their locks expire.
  }, 270_000);

  it('records a mail once per dedupe key', async () => {
    const again = await dataSource.transaction((tx) =>
      outbox.record(tx, { kind: 'sign-in', recipient: 'kill-0@example.org', templateData: {}, dedupeKey: 'kill:0' }),
    );
    expect(again).toBeNull();
  });

  it('records a mail without a dedupe key each time, keyed by its own row', async () => {
    const mail = { kind: 'registration-changed', recipient: 'twice@example.org', templateData: {} };
    const ids = await dataSource.transaction(async (tx) => [await outbox.record(tx, mail), await outbox.record(tx, mail)]);
    expect(ids).toEqual([expect.any(String), expect.any(String)]);
    const rows: Array<{ id: string; dedupe_key: string }> = await dataSource.query(`SELECT id, dedupe_key FROM outbox_messages WHERE id = ANY($1)`, [ids]);
    expect(rows.map((row) => row.dedupe_key).sort()).toEqual(rows.map((row) => `once:${row.id}`).sort());
    await dataSource.query(`DELETE FROM outbox_messages WHERE id = ANY($1)`, [ids]);
  });

  it('stops at a permanent refusal, records why, and clears the code from the row', async () => {
    const worker = await startWorkerProcess(config);
    try {
      sink.rejectWith(550, 'No such mailbox here');
      const [id] = await recordSignInMails(1, 'refused');
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
