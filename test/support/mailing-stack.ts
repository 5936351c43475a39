import { DataSource } from 'typeorm';
import { RunningApi } from './api';
import { eventually } from './eventually';
import { MailFixture, startMailFixture } from './mail-fixture';
import { WorkerProcess, startWorkerProcess } from './worker-process';

/** The whole mail path: API -> outbox -> queue -> worker process -> real SMTP (a sink). */
export interface MailingStack extends MailFixture {
  worker: WorkerProcess;
}

/** A fresh test database with an API and a worker on it, both with `settings` (the outbox relay every 500 ms unless set). */
export async function startMailingStack(settings: Record<string, string> = {}): Promise<MailingStack> {
  const env = { OUTBOX_RELAY_INTERVAL_MS: '500', ...settings };
  const fixture = await startMailFixture(env);
  const worker = await startWorkerProcess(fixture.config, env);
  return {
    ...fixture,
    worker,
    close: async () => {
      await worker.kill('SIGTERM');
      await fixture.close();
    },
  };
}

/**
 * Waits until no mail recorded for these addresses is left to send (each sent, or failed for
 * good). A row is sent at most once, so from then on the sink holds every mail they will get
 * from what has happened: a test can count what did not come instead of waiting for it.
 */
export async function allMailSentTo(api: RunningApi, recipients: string[], timeoutMs = 30_000): Promise<void> {
  const db = api.app.get(DataSource);
  await eventually(
    async () => (await db.query(`SELECT 1 FROM outbox_messages WHERE status = 'pending' AND recipient = ANY($1) LIMIT 1`, [recipients])).length === 0,
    'every mail recorded for them to be sent',
    timeoutMs,
    100,
  );
}
