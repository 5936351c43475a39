import 'reflect-metadata';
import { loadConfig, runProcess } from '@convene/core';
import { createWorkerApp } from './worker-app';

void runProcess('worker', async () => {
  const config = loadConfig();
  await createWorkerApp(config);
  return { readyMessage: 'Worker ready: processing queues' };
});
