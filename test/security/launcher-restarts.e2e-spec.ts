import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '@convene/testing';
import { descendantsOf, isAlive, launch, Launched } from '../support/processes';
import { eventually } from '../support/eventually';

// Issue 16.11: a SIGKILLed worker or API stopped everything ("worker stopped unexpectedly;
// stopping everything"), and 231 requests failed until someone restarted it by hand.
describe('npm start when a child process crashes', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'convene-restart-'));
  let port: number;
  let run: Launched;

  beforeAll(async () => {
    port = await freePort();
    run = launch({ DATA_DIR: dataDir, PORT: String(port), NODE_ENV: 'development', DATABASE_URL: '', REDIS_URL: '' });
    await run.waitFor('Convene is ready', 180_000);
  }, 200_000);

  afterAll(async () => {
    if (run.child.exitCode === null && run.child.signalCode === null) {
      run.child.kill('SIGTERM');
      await run.exited;
    }
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  /** The launcher's child running `apps/<name>/src/main.js`. */
  const pidOf = (name: 'api' | 'worker'): number | undefined =>
    descendantsOf(run.child.pid as number).find((pid) => {
      try {
        return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(`${name}/src/main.js`);
      } catch {
        return false;
      }
    });

  const mailsWritten = () => {
    const outbox = path.join(dataDir, 'outbox');
    return fs.existsSync(outbox) ? fs.readdirSync(outbox).filter((file) => file.endsWith('.eml')).length : 0;
  };

  const until = (what: string, ok: () => boolean | Promise<boolean>, timeoutMs = 120_000) =>
    eventually(ok, what, timeoutMs, 250).catch((error: Error) => {
      throw new Error(`${error.message}; output:\n${run.output().slice(-3000)}`);
    });

  const healthy = async () => {
    try {
      return (await fetch(`http://127.0.0.1:${port}/api/v1/health`)).status === 200;
    } catch {
      return false;
    }
  };

  it('restarts a SIGKILLed worker, which then sends mail', async () => {
    const worker = pidOf('worker')!;
    expect(worker).toBeDefined();
    process.kill(worker, 'SIGKILL');

    await run.waitFor('worker exited (SIGKILL); restarting in 1 s, attempt 1 of 5', 60_000);
    await run.waitFor('worker is running again', 180_000);
    const restarted = pidOf('worker');
    expect(restarted).toBeDefined();
    expect(restarted).not.toBe(worker);

    const before = mailsWritten();
    const asked = await fetch(`http://127.0.0.1:${port}/api/v1/auth/email`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'admin@example.org' }),
    });
    expect(asked.status).toBe(202);
    await until('the restarted worker wrote the sign-in mail', () => mailsWritten() > before);
  }, 400_000);

  it('restarts a SIGKILLed API, which answers again', async () => {
    const api = pidOf('api')!;
    expect(api).toBeDefined();
    process.kill(api, 'SIGKILL');

    await run.waitFor('api exited (SIGKILL); restarting in 1 s, attempt 1 of 5', 60_000);
    await until('the restarted API answers /health', healthy, 180_000);
    expect(pidOf('api')).not.toBe(api);
    expect(run.output()).not.toContain('stopping everything');
  }, 400_000);

  it('stops every child on SIGTERM, and only then', async () => {
    const started = descendantsOf(run.child.pid as number);
    expect(started.length).toBeGreaterThanOrEqual(3); // postgres (and its helpers), api, worker
    run.child.kill('SIGTERM');
    expect(await run.exited).toBe(0);
    expect(started.filter(isAlive)).toEqual([]);
  }, 120_000);
});
