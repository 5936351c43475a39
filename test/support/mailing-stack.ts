import { AppConfig } from '@convene/core';
import { SmtpSink, startSmtpSink, testConfig } from '@convene/testing';
import { DataSource } from 'typeorm';
import { RunningApi, startApi } from './api';
import { eventually } from './eventually';
import { WorkerProcess, startWorkerProcess } from './worker-process';

/** The whole mail path: API -> outbox -> queue -> worker process -> real SMTP (a sink). */
export interface MailingStack {
  sink: SmtpSink;
  config: AppConfig;
  api: RunningApi;
  worker: WorkerProcess;
  close(): Promise<void>;
}

/** A fresh test database with an API and a worker on it, both with `settings` (the outbox relay every 500 ms unless set). */
export async function startMailingStack(settings: Record<string, string> = {}): Promise<MailingStack> {
  const env = { OUTBOX_RELAY_INTERVAL_MS: '500', ...settings };
  const sink = await startSmtpSink();
  const config = await testConfig({ SMTP_URL: sink.url, ...env });
  const api = await startApi(config);
  const worker = await startWorkerProcess(config, env);
  return {
    sink,
    config,
    api,
    worker,
    close: async () => {
      await worker.kill('SIGTERM');
      await api.close();
      await sink.close();
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
