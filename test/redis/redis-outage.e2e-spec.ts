import { RunningRedis, freePort, startRedisServer } from '@convene/testing';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MailFixture, startMailFixture } from '../support/mail-fixture';
import { WorkerProcess, startWorkerProcess } from '../support/worker-process';

// Only in `npm run test:redis`: this suite stops its own redis-server mid-test.
describe('Mail while Redis is down', () => {
  const redisDir = fs.mkdtempSync(path.join(os.tmpdir(), 'convene-redis-outage-'));
  let redisPort: number;
  let redis: RunningRedis;
  let mail: MailFixture;
  let worker: WorkerProcess;

  beforeAll(async () => {
    redisPort = await freePort();
    redis = await startRedisServer(redisDir, redisPort);
    mail = await startMailFixture({ REDIS_URL: redis.url });
    worker = await startWorkerProcess(mail.config);
  });

  afterAll(async () => {
    await worker?.kill('SIGTERM');
    await mail?.close();
    await redis?.stop();
    fs.rmSync(redisDir, { recursive: true, force: true });
  });

  it('sends a mail committed while Redis was stopped, once Redis is back', async () => {
    await redis.stop();
    // Recorded and dispatched: the dispatch must come back (after its timeout), not hang the request.
    const sent = await mail.recordSignInMails(1, 'outage');
    const [row] = await mail.dataSource.query('SELECT status, queued_at FROM outbox_messages WHERE id = $1', sent.ids);
    expect(row).toEqual({ status: 'pending', queued_at: null });

    redis = await startRedisServer(redisDir, redisPort);
    const received = await mail.sink.waitFor((each) => sent.messageIds.has(each.messageId), 60_000);
    expect(received.to).toBe('outage-0@example.org');
    // A duplicate could come only from a job still to run (the request's own, held by ioredis
    // while Redis was down, beside the relay's): once the queue holds none, what was sent is final.
    await mail.queueDrained(30_000);
    await mail.expectEachSentOnce(sent);
  });
});
