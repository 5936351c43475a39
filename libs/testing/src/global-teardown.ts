import fs from 'node:fs';
import type { TestState } from './global-setup';

export default async function globalTeardown(): Promise<void> {
  const state = (globalThis as { __conveneTest?: TestState }).__conveneTest;
  if (!state) return;
  await state.redis?.stop();
  await state.postgres.stop();
  fs.rmSync(state.dataDir, { recursive: true, force: true });
}
