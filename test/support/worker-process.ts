import { AppConfig } from '@convene/core';
import { ChildProcess, fork } from 'node:child_process';
import path from 'node:path';

export interface WorkerProcess {
  child: ChildProcess;
  exited: Promise<void>;
  kill: (signal: NodeJS.Signals) => Promise<void>;
}

/**
 * The built worker (dist/) as its own process, so a test can SIGKILL it; resolves once ready.
 * With WORKER_PROFILE=<dir> (benches) it writes a V8 CPU profile there when it stops.
 */
export async function startWorkerProcess(config: AppConfig, extraEnv: Record<string, string> = {}): Promise<WorkerProcess> {
  const entry = path.resolve(__dirname, '..', '..', 'dist', 'apps', 'worker', 'src', 'main.js');
  const child = fork(entry, [], {
    env: {
      ...process.env,
      NODE_ENV: 'test',
      DATABASE_URL: config.databaseUrl,
      REDIS_URL: config.redisUrl ?? '',
      SMTP_URL: config.smtpUrl ?? '',
      DATA_DIR: config.dataDir,
      PUBLIC_URL: config.publicUrl,
      ...extraEnv,
    },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    ...(process.env.WORKER_PROFILE ? { execArgv: ['--cpu-prof', `--cpu-prof-dir=${process.env.WORKER_PROFILE}`] } : {}),
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await new Promise<void>((resolve, reject) => {
    child.on('message', (message: { type?: string }) => message?.type === 'ready' && resolve());
    void exited.then(() => reject(new Error('The worker exited during start-up')));
  });
  return {
    child,
    exited,
    kill: async (signal) => {
      child.kill(signal);
      await exited;
    },
  };
}
