import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
// Relative, not @convene/core: jest's global setup loads this file with plain require.
import { freePort } from '../../core/src/process/net';

export interface RunningRedis {
  url: string;
  port: number;
  process: ChildProcess;
  stop: () => Promise<void>;
}

/** A real redis-server from PATH, configured as BullMQ requires (AOF, noeviction). */
export async function startRedisServer(dir: string, port?: number): Promise<RunningRedis> {
  if (spawnSync('redis-server', ['--version']).error) {
    throw new Error('redis-server is not on PATH: install it (apt-get install -y redis-server) to run npm run test:redis');
  }
  fs.mkdirSync(dir, { recursive: true });
  const chosen = port ?? (await freePort());
  const child = spawn(
    'redis-server',
    ['--port', String(chosen), '--bind', '127.0.0.1', '--dir', dir, '--appendonly', 'yes', '--maxmemory-policy', 'noeviction', '--save', ''],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  await new Promise<void>((resolve, reject) => {
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Ready to accept connections')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`redis-server exited (${code}): ${output.slice(-300)}`)));
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    url: `redis://127.0.0.1:${chosen}`,
    port: chosen,
    process: child,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
