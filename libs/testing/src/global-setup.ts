// Jest loads global setup with plain require, outside its moduleNameMapper: no @convene alias here.
import { EmbeddedPostgres } from '../../core/src/database/embedded-postgres';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startRedisServer } from './redis-server';

/**
 * One real Postgres for the whole run (each test file then makes its own database), and,
 * for `npm run test:redis`, one real redis-server. Test workers inherit the URLs.
 */
export default async function globalSetup(): Promise<void> {
  // Tests that run real processes (the launcher, a worker to SIGKILL) run the built code.
  execFileSync(process.execPath, [path.join(__dirname, '..', '..', '..', 'scripts', 'build.mjs'), '--if-stale'], { stdio: 'inherit' });
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'convene-test-'));
  const postgres = new EmbeddedPostgres({ dataDir: path.join(dataDir, 'postgres') });
  await postgres.start();
  process.env.CONVENE_TEST_PG_URL = postgres.url('postgres');
  process.env.CONVENE_TEST_DATA_DIR = dataDir;
  const state: TestState = { postgres, dataDir };
  if (process.env.CONVENE_TEST_WITH_REDIS === '1') {
    state.redis = await startRedisServer(path.join(dataDir, 'redis'));
    process.env.CONVENE_TEST_REDIS_URL = state.redis.url;
  }
  (globalThis as { __conveneTest?: TestState }).__conveneTest = state;
}

export interface TestState {
  postgres: EmbeddedPostgres;
  dataDir: string;
  redis?: { url: string; stop: () => Promise<void> };
}
