import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '@convene/testing';
import { descendantsOf, isAlive, launch } from '../support/processes';

// `npm start` as a user runs it: a real launcher, embedded Postgres, API and worker processes.
describe('npm start on the embedded default', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'convene-launch-'));
  let port: number;

  beforeAll(async () => {
    port = await freePort();
  });

  afterAll(() => {
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  const env = () => ({ DATA_DIR: dataDir, PORT: String(port), NODE_ENV: 'development', DATABASE_URL: '', REDIS_URL: '' });

  it('starts everything, serves the page and readiness, and stops everything on SIGTERM', async () => {
    const run = launch(env());
    await run.waitFor('Convene is ready');
    expect(run.output()).toContain('Loaded demo data');
    expect(run.output()).toContain(`open http://localhost:${port}`);

    const ready = await fetch(`http://127.0.0.1:${port}/api/v1/ready`);
    expect(ready.status).toBe(200);
    expect(((await ready.json()) as { queueBackend: string }).queueBackend).toBe('postgres');
    const page = await fetch(`http://127.0.0.1:${port}/`);
    expect(await page.text()).toContain('Co-operative Councils Innovation Network');

    const started = descendantsOf(run.child.pid as number);
    expect(started.length).toBeGreaterThanOrEqual(3); // postgres (and its helpers), api, worker
    run.child.kill('SIGTERM');
    expect(await run.exited).toBe(0);
    expect(started.filter(isAlive)).toEqual([]);
  });

  it('keeps the data on a second start and does not load the demo data again', async () => {
    const run = launch(env());
    await run.waitFor('Convene is ready');
    expect(run.output()).not.toContain('Loaded demo data');
    expect(run.output()).not.toContain('Applied');
    const started = descendantsOf(run.child.pid as number);
    run.child.kill('SIGINT');
    expect(await run.exited).toBe(0);
    expect(started.filter(isAlive)).toEqual([]);
  });

  it('starts cleanly after its children were killed with SIGKILL', async () => {
    const first = launch(env());
    await first.waitFor('Convene is ready');
    const children = descendantsOf(first.child.pid as number);
    for (const pid of children) process.kill(pid, 'SIGKILL');
    expect(await first.exited).toBe(1);
    expect(children.filter(isAlive)).toEqual([]);

    const second = launch(env());
    await second.waitFor('Convene is ready');
    const ready = await fetch(`http://127.0.0.1:${port}/api/v1/ready`);
    expect(ready.status).toBe(200);
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
    // Two full starts of Postgres, API and worker: about 50 s on a loaded 2-core machine.
  }, 150_000);

  it('says in one line that the port is taken', async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(port, '0.0.0.0', resolve));
    try {
      const run = launch(env());
      expect(await run.exited).toBe(1);
      expect(run.output()).toMatch(new RegExp(`port ${port} is already in use`));
      expect(run.output()).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)/);
    } finally {
      await new Promise((resolve) => blocker.close(resolve));
    }
  });

  it('exits with the name of a bad variable in production', async () => {
    const run = launch({ ...env(), NODE_ENV: 'production', DATABASE_URL: 'mysql://nope' });
    expect(await run.exited).toBe(1);
    expect(run.output()).toMatch(/DATABASE_URL must start with postgres:\/\//);
    expect(run.output()).toMatch(/SESSION_SECRET is required/);
  });
});
