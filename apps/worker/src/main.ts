import 'reflect-metadata';
import { AppConfig, loadConfig, pinoHttpFor, runProcess } from '@convene/core/process';
import pino, { Logger } from 'pino';
import { GracefulStop } from './processes/graceful-stop';
import { mailProcessCount } from './processes/worker-part';
import { WorkerSupervisor } from './processes/worker-supervisor';

// The worker as one process (the default), or, when mail goes from several (MAIL_WORKER_PROCESSES),
// as their supervisor: see processes/. The app (TypeORM, Nest, BullMQ) is loaded only by the
// processes that run jobs, so the supervisor stays small: import nothing heavy here.
void runProcess('worker', async () => {
  const config = loadConfig();
  const count = mailProcessCount(config);
  if (count === 1) {
    const { createWorkerApp } = await import('./worker-app.js');
    const stop = new GracefulStop().listen({ toParent: false });
    stop.started(await createWorkerApp(config));
    return { readyMessage: 'Worker ready: processing queues' };
  }
  const supervisor = new WorkerSupervisor(count, supervisorLogger(config));
  for (const signal of ['SIGTERM', 'SIGINT'] as const) process.on(signal, () => void supervisor.stop().then(() => process.exit(0)));
  await supervisor.start();
  return { readyMessage: `Worker ready: processing queues, mail from ${count} processes` };
});

/** The same destination and format as the processes' own logs (readable in development). */
function supervisorLogger(config: AppConfig): Logger {
  const params = pinoHttpFor(config, { base: { pid: process.pid, context: 'WorkerSupervisor' } });
  const [options, destination] = Array.isArray(params) ? params : [params, undefined];
  return destination ? pino(options as pino.LoggerOptions, destination as pino.DestinationStream) : pino(options as pino.LoggerOptions);
}
