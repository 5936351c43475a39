import { AppConfig } from '@convene/core';
import { SmtpSink, startSmtpSink, testConfig } from '@convene/testing';
import { RunningApi, startApi } from './api';
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
