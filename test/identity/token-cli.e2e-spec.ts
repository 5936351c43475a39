import { createTestDatabase, testConfig } from '@convene/testing';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import request from 'supertest';
import { RunningApi, startApi } from '../support/api';

// The global setup has built dist/ (as `npm run cli` does when it is stale).
const CLI = path.join(__dirname, '..', '..', 'dist', 'apps', 'cli', 'src', 'main.js');

function cli(databaseUrl: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    env: { ...process.env, NODE_ENV: 'test', DATABASE_URL: databaseUrl },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('Creating an API token from the command line', () => {
  let databaseUrl: string;
  let api: RunningApi;

  beforeAll(async () => {
    databaseUrl = await createTestDatabase();
    const seeded = cli(databaseUrl, 'seed');
    if (seeded.status !== 0) throw new Error(`seed failed: ${seeded.stderr}`);
    api = await startApi(await testConfig({ DATABASE_URL: databaseUrl }));
  });

  afterAll(async () => {
    await api?.close();
  });

  it('prints the token alone on the last line, and the token signs the admin in', async () => {
    const result = cli(databaseUrl, 'token:create', '--email', 'Admin@Example.org', '--name', 'scripts');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    const token = lines[lines.length - 1];
    expect(token).toMatch(/^cvn_[A-Za-z0-9_-]{43}$/);

    const me = await request(api.url).get('/api/v1/me').set('Authorization', `Bearer ${token}`).expect(200);
    expect(me.body.email).toBe('admin@example.org');
    expect(me.body.roles).toContain('admin');
    const tokens = await request(api.url).get('/api/v1/me/tokens').set('Authorization', `Bearer ${token}`).expect(200);
    expect(tokens.body.map((t: { name: string }) => t.name)).toContain('scripts');
  });

  it('fails with a clear message for an address nobody has', () => {
    const result = cli(databaseUrl, 'token:create', '--email', 'nobody@example.org', '--name', 'scripts');
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('No person has the address nobody@example.org');
    expect(result.stdout).not.toMatch(/cvn_/);
  });

  it('says what is missing when --name is left out', () => {
    const result = cli(databaseUrl, 'token:create', '--email', 'admin@example.org');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('token:create needs --name');
  });
});
