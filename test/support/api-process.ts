import { AppConfig } from '@convene/core';
import { ChildProcess, fork } from 'node:child_process';
import path from 'node:path';
import { freePort } from '@convene/testing';

export interface ApiProcess {
  child: ChildProcess;
  url: string;
  exited: Promise<void>;
  kill: (signal: NodeJS.Signals) => Promise<void>;
}

/**
 * The built API (dist/) as its own process, so a test can SIGKILL it (an in-process app can
 * only be closed gracefully); resolves once it listens.
 */
export async function startApiProcess(config: AppConfig): Promise<ApiProcess> {
  const entry = path.resolve(__dirname, '..', '..', 'dist', 'apps', 'api', 'src', 'main.js');
  const port = await freePort();
  const child = fork(entry, [], {
    env: {
      ...process.env,
      NODE_ENV: 'test',
      HOST: '127.0.0.1',
      PORT: String(port),
      DATABASE_URL: config.databaseUrl,
      REDIS_URL: config.redisUrl ?? '',
      SMTP_URL: config.smtpUrl ?? '',
      DATA_DIR: config.dataDir,
      PUBLIC_URL: config.publicUrl,
      SESSION_SECRET: config.sessionSecret,
      TRUSTED_PROXIES: config.trustedProxies.join(','),
      REGISTRATION_LIMIT_PER_CLIENT: String(config.registrationLimitPerClient),
    },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await new Promise<void>((resolve, reject) => {
    child.on('message', (message: { type?: string }) => message?.type === 'ready' && resolve());
    void exited.then(() => reject(new Error('The API process exited during start-up')));
  });
  return {
    child,
    url: `http://127.0.0.1:${port}`,
    exited,
    kill: async (signal) => {
      child.kill(signal);
      await exited;
    },
  };
}
