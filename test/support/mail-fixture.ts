import { AppConfig, QueueName } from '@convene/core';
import { MailOutbox, OutboxStatus } from '@convene/notifications';
import { ReceivedMail, SmtpSink, startSmtpSink, testConfig } from '@convene/testing';
import { getQueueToken } from '@nestjs/bullmq';
import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { RunningApi, startApi } from './api';
import { eventually } from './eventually';

/** Mails a test recorded itself, and how to find them in the sink (by the Message-ID the outbox gives each). */
export interface RecordedMails {
  ids: string[];
  messageIds: Set<string>;
  /** What the sink has received of them so far. */
  received(): ReceivedMail[];
}

/**
 * An API on a fresh test database with a real SMTP sink, for specs that record mail in the
 * outbox themselves and check what was sent: a worker is started by the test (or by
 * startMailingStack), since several kill theirs.
 */
export interface MailFixture {
  sink: SmtpSink;
  config: AppConfig;
  api: RunningApi;
  dataSource: DataSource;
  outbox: MailOutbox;
  /** Records `count` sign-in mails as a fan-out does (100 rows a transaction, dispatched after each commit). */
  recordSignInMails(count: number, tag: string): Promise<RecordedMails>;
  /** Once the mail queue holds no job still to run, what was sent is final: no duplicate can come later. */
  queueDrained(timeoutMs?: number): Promise<void>;
  /**
   * Waits until each of the mails the sink acknowledged (of those `from` picks) is marked sent:
   * a worker marks a row moments after its 250, so a kill before that would resend a delivered
   * mail (with its Message-ID, for the receiving server to drop). A test that kills a worker to
   * show unanswered mail goes out once waits for this first.
   */
  deliveredMarkedSent(mails: RecordedMails, from?: (mail: ReceivedMail) => boolean): Promise<void>;
  /** Each of the mails reached the sink exactly once, and each row is marked sent. */
  expectEachSentOnce(mails: RecordedMails): Promise<void>;
  close(): Promise<void>;
}

/** `settings` go to the config (the outbox relay every 500 ms unless set). */
export async function startMailFixture(settings: Record<string, string> = {}): Promise<MailFixture> {
  const sink = await startSmtpSink();
  const config = await testConfig({ SMTP_URL: sink.url, OUTBOX_RELAY_INTERVAL_MS: '500', ...settings });
  const api = await startApi(config);
  const dataSource = api.app.get(DataSource);
  const outbox = api.app.get(MailOutbox);
  const mailQueue = api.app.get<Queue>(getQueueToken(QueueName.Mail));

  async function recordSignInMails(count: number, tag: string): Promise<RecordedMails> {
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
    const messageIds = new Set(ids.map((id) => `<${id}@localhost>`));
    return { ids, messageIds, received: () => sink.received.filter((mail) => messageIds.has(mail.messageId)) };
  }

  async function queueDrained(timeoutMs = 90_000): Promise<void> {
    await eventually(
      async () => Object.values(await mailQueue.getJobCounts('waiting', 'active', 'delayed', 'prioritized')).every((n) => n === 0),
      'the mail queue to drain',
      timeoutMs,
      200,
    );
  }

  async function deliveredMarkedSent(mails: RecordedMails, from: (mail: ReceivedMail) => boolean = () => true): Promise<void> {
    await eventually(
      async () => {
        const delivered = mails.received().filter(from).map((mail) => mail.messageId.slice(1).split('@')[0]);
        const [{ pending }] = await dataSource.query(`SELECT count(*)::int AS pending FROM outbox_messages WHERE id = ANY($1) AND status = 'pending'`, [delivered]);
        return pending === 0;
      },
      'the delivered mails to be marked sent',
      20_000,
      50,
    );
  }

  async function expectEachSentOnce(mails: RecordedMails): Promise<void> {
    const counts = new Map<string, number>();
    for (const mail of mails.received()) counts.set(mail.messageId, (counts.get(mail.messageId) ?? 0) + 1);
    expect(counts.size).toBe(mails.ids.length);
    expect([...counts.values()].filter((count) => count !== 1)).toEqual([]);
    const statuses = await dataSource.query(`SELECT status, count(*)::int AS n FROM outbox_messages WHERE id = ANY($1) GROUP BY status`, [mails.ids]);
    expect(statuses).toEqual([{ status: OutboxStatus.Sent, n: mails.ids.length }]);
  }

  return {
    sink,
    config,
    api,
    dataSource,
    outbox,
    recordSignInMails,
    queueDrained,
    deliveredMarkedSent,
    expectEachSentOnce,
    close: async () => {
      await api.close();
      await sink.close();
    },
  };
}
