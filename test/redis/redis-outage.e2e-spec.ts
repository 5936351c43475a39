import { QueueName } from '@convene/core';
import { MailOutbox } from '@convene/notifications';
import { getQueueToken } from '@nestjs/bullmq';
import { Queue } from 'bullmq';
import { RunningRedis, SmtpSink, freePort, startRedisServer, startSmtpSink, testConfig } from '@convene/testing';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { RunningApi, startApi } from '../support/api';
import { eventually } from '../support/eventually';
import { WorkerProcess, startWorkerProcess } from '../support/worker-process';

// Only in `npm run test:redis`: this suite stops its own redis-server mid-test.
describe('Mail while Redis is down', () => {
  const redisDir = fs.mkdtempSync(path.join(os.tmpdir(), 'convene-redis-outage-'));
  let redisPort: number;
  let redis: RunningRedis;
  let sink: SmtpSink;
  let api: RunningApi;
  let worker: WorkerProcess;

  beforeAll(async () => {
    redisPort = await freePort();
    redis = await startRedisServer(redisDir, redisPort);
    sink = await startSmtpSink();
    const config = await testConfig({ REDIS_URL: redis.url, SMTP_URL: sink.url, OUTBOX_RELAY_INTERVAL_MS: '500' });
    api = await startApi(config);
    worker = await startWorkerProcess(config);
  });

  afterAll(async () => {
    await worker?.kill('SIGTERM');
    await api?.close();
    await redis?.stop();
    await sink?.close();
    fs.rmSync(redisDir, { recursive: true, force: true });
  });

  it('sends a mail committed while Redis was stopped, once Redis is back', async () => {
    await redis.stop();
    const dataSource = api.app.get(DataSource);
    const outbox = api.app.get(MailOutbox);
    const id = await dataSource.transaction((tx) =>
      outbox.record(tx, {
        kind: 'sign-in',
        recipient: 'outage@example.org',
        templateData: { name: null, code: '424242', link: 'http://localhost/sign-in', expiresInMinutes: 15 },
        dedupeKey: 'outage:1',
      }),
    );
    await outbox.dispatch([id]); // must come back (after its timeout), not hang the request
    const [row] = await dataSource.query('SELECT status, queued_at FROM outbox_messages WHERE id = $1', [id]);
    expect(row).toEqual({ status: 'pending', queued_at: null });

    redis = await startRedisServer(redisDir, redisPort);
    const mail = await sink.waitFor((received) => received.messageId === `<${id}@localhost>`, 60_000);
    expect(mail.to).toBe('outage@example.org');
    // A duplicate could come only from a job still to run (the request's own, held by ioredis
    // while Redis was down, beside the relay's): once the row is sent and the queue holds none,
    // what was sent is final.
    const mailQueue = api.app.get<Queue>(getQueueToken(QueueName.Mail));
    await eventually(async () => {
      const [sent] = await dataSource.query('SELECT status FROM outbox_messages WHERE id = $1', [id]);
      const counts = await mailQueue.getJobCounts('waiting', 'active', 'delayed', 'prioritized');
      return sent.status === 'sent' && Object.values(counts).every((n) => n === 0);
    }, 'the mail sent and the mail queue drained', 30_000, 200);
    expect(sink.received.filter((received) => received.messageId === mail.messageId)).toHaveLength(1);
  });
});
