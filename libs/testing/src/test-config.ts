import { AppConfig, loadConfig } from '@convene/core';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';

/** A fresh database on the run's Postgres, for one test file. */
export async function createTestDatabase(): Promise<string> {
  const adminUrl = process.env.CONVENE_TEST_PG_URL;
  if (!adminUrl) throw new Error('CONVENE_TEST_PG_URL is unset: run the tests through jest (its global setup starts Postgres)');
  const name = `test_${randomBytes(6).toString('hex')}`;
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** The config a test app runs with: its own database and data folder, Redis when the suite has one. */
export async function testConfig(overrides: Record<string, string> = {}): Promise<AppConfig> {
  const dataDir = path.join(process.env.CONVENE_TEST_DATA_DIR ?? '/tmp', `app-${randomBytes(4).toString('hex')}`);
  fs.mkdirSync(dataDir, { recursive: true });
  return loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    DATABASE_URL: await createTestDatabase(),
    REDIS_URL: process.env.CONVENE_TEST_REDIS_URL,
    DATA_DIR: dataDir,
    // Many registrations from one test client are the norm in tests; test/security sets a low limit.
    REGISTRATION_LIMIT_PER_CLIENT: '100000',
    // Tests stand in for many clients by sending X-Forwarded-For from loopback, as a local proxy would.
    TRUSTED_PROXIES: 'loopback',
    ...overrides,
  });
}
