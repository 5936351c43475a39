import { AppConfig, QueueName } from '@convene/core';
import { getQueueToken } from '@nestjs/bullmq';
import { MailOutbox, OutboxStatus } from '@convene/notifications';
import { SmtpSink, startSmtpSink, testConfig } from '@convene/testing';
import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { RunningApi, startApi } from '../support/api';
import { eventually } from '../support/eventually';
import { clientPortsOf, isAlive, workerChildren } from '../support/processes';
import { startWorkerProcess } from '../support/worker-process';

// The worker sending mail from two processes (MAIL_WORKER_PROCESSES=2): its first process
// supervises them. Runs on the Postgres queue backend in `npm test` and on Redis in `npm run test:redis`.
describe('Mail from two worker processes', () => {
  let sink: SmtpSink;
  let sinkPort: number;
  let config: AppConfig;
  let api: RunningApi;
  let dataSource: DataSource;
  let outbox: MailOutbox;
  let mailQueue: Queue;
  const twoProcesses = { MAIL_WORKER_PROCESSES: '2', OUTBOX_RELAY_INTERVAL_MS: '500' };

  beforeAll(async () => {
    sink = await startSmtpSink();
    sinkPort = Number(new URL(sink.url).port);
    config = await testConfig({ SMTP_URL: sink.url, ...twoProcesses });
    api = await startApi(config);
    dataSource = api.app.get(DataSource);
    outbox = api.app.get(MailOutbox);
    mailQueue = api.app.get<Queue>(getQueueToken(QueueName.Mail));
  });

  afterAll(async () => {
    await api?.close();
    await sink?.close();
  });

  /** Recorded and dispatched as a fan-out does: 100 rows a transaction. Returns their Message-IDs. */
  async function recordSignInMails(count: number, tag: string): Promise<{ ids: string[]; messageIds: Set<string> }> {
    const ids: string[] = [];
    for (let start = 0; start < count; start += 100) {
      const batch = await dataSource.transaction((tx) =>
        outbox.recordMany(
          tx,
          Array.from({ length: Math.min(100, count - start) }, (_, offset) => ({
            kind: 'sign-in',
            recipient: `${tag}-${start + offset}@example.org`,
            templateData: { name: 'Delegate', code: String(100000 + start + offset), link: 'http://localhost/sign-in', expiresInMinutes: 15 },
            dedupeKey: `${tag}:${start + offset}`,
          })),
        ),
      );
      await outbox.dispatch(batch);
      ids.push(...batch);
    }
    return { ids, messageIds: new Set(ids.map((id) => `<${id}@localhost>`)) };
  }

  /** Once the queue holds no job still to run, what was sent is final: no duplicate can come later. */
  async function queueDrained(): Promise<void> {
    await eventually(async () => Object.values(await mailQueue.getJobCounts('waiting', 'active', 'delayed', 'prioritized')).every((n) => n === 0), 'the mail queue to drain', 90_000, 200);
  }

  async function expectEachSentOnce(ids: string[], messageIds: Set<string>): Promise<void> {
    const counts = new Map<string, number>();
    for (const mail of sink.received) if (messageIds.has(mail.messageId)) counts.set(mail.messageId, (counts.get(mail.messageId) ?? 0) + 1);
    expect(counts.size).toBe(ids.length);
    expect([...counts.values()].filter((count) => count !== 1)).toEqual([]);
    const statuses = await dataSource.query(`SELECT status, count(*)::int AS n FROM outbox_messages WHERE id = ANY($1) GROUP BY status`, [ids]);
    expect(statuses).toEqual([{ status: OutboxStatus.Sent, n: ids.length }]);
  }

  it('sends 1,000 mails from both processes, each exactly once, and stops both on SIGTERM', async () => {
    const worker = await startWorkerProcess(config, twoProcesses);
    const children = workerChildren(worker.child.pid as number);
    expect([...children.keys()].sort()).toEqual([1, 2]);
    try {
      const { ids, messageIds } = await recordSignInMails(1000, 'both');
      const ours = () => sink.received.filter((mail) => messageIds.has(mail.messageId));
      await eventually(() => ours().length >= 1000, 'all 1,000 mails', 90_000, 100);
      // Which process sent each mail, by the connection it came on (the pools stay open meanwhile).
      const sentFrom = [...children.values()].map((pid) => {
        const ports = clientPortsOf(pid, sinkPort);
        return ours().filter((mail) => ports.has(mail.clientPort)).length;
      });
      expect(sentFrom.every((sent) => sent > 0)).toBe(true);
      await queueDrained();
      await expectEachSentOnce(ids, messageIds);
    } finally {
      await worker.kill('SIGTERM');
    }
    expect([...children.values()].filter(isAlive)).toEqual([]);
  }, 200_000);

  it('restarts a mail process killed with its mail in flight, and what it held still goes out exactly once', async () => {
    const worker = await startWorkerProcess(config, twoProcesses);
    const before = workerChildren(worker.child.pid as number);
    const [first, second] = [before.get(1) as number, before.get(2) as number];
    try {
      const { ids, messageIds } = await recordSignInMails(1000, 'killed');
      const ours = () => sink.received.filter((mail) => messageIds.has(mail.messageId));
      await eventually(() => ours().length >= 100, 'the first 100 mails', 90_000, 100);

      // The second process dies with SMTP transactions in flight: their replies are held, so those
      // messages are not delivered (as with a real server) and must be sent again; the first keeps sending.
      sink.holdReplies((clientPort) => !clientPortsOf(first, sinkPort).has(clientPort));
      await eventually(() => sink.heldCount() > 0, 'the second process to have mail in flight', 60_000);
      // What it did deliver is marked sent before the kill (moments after each 250), so a resend
      // could only be of mail it never delivered.
      const secondPorts = clientPortsOf(second, sinkPort);
      await eventually(async () => {
        const delivered = ours().filter((mail) => secondPorts.has(mail.clientPort)).map((mail) => mail.messageId.slice(1).split('@')[0]);
        const [{ pending }] = await dataSource.query(`SELECT count(*)::int AS pending FROM outbox_messages WHERE id = ANY($1) AND status = 'pending'`, [delivered]);
        return pending === 0;
      }, 'what the second process delivered to be marked sent', 20_000, 50);
      process.kill(second, 'SIGKILL');
      await eventually(() => !isAlive(second), 'the second process to die');
      sink.releaseReplies();

      const restarted = () => workerChildren(worker.child.pid as number).get(2);
      await eventually(() => restarted() !== undefined && restarted() !== second, 'the supervisor to start the second process again', 60_000, 100).catch(() => undefined); // the expectation says what it found
      expect(restarted()).toEqual(expect.any(Number));
      expect(restarted()).not.toBe(second);
      expect(workerChildren(worker.child.pid as number).get(1)).toBe(first);

      await eventually(() => ours().length >= 1000, 'all 1,000 mails', 120_000, 100);
      await queueDrained();
      await expectEachSentOnce(ids, messageIds);
    } finally {
      await worker.kill('SIGTERM');
    }
    // Its waits allow 90 + 60 + 20 + 60 + 120 + 90 s: the killed process's jobs come back once their locks expire.
  }, 460_000);

  it('leaves no process behind when the worker is killed with SIGKILL', async () => {
    const worker = await startWorkerProcess(config, twoProcesses);
    const children = [...workerChildren(worker.child.pid as number).values()];
    expect(children).toHaveLength(2);
    await worker.kill('SIGKILL');
    await eventually(() => children.every((pid) => !isAlive(pid)), 'both mail processes to exit once the worker is gone', 30_000, 100).catch(() => undefined); // the expectation says which are left
    expect(children.filter(isAlive)).toEqual([]);
  });
});
