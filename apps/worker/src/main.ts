import 'reflect-metadata';
import { loadConfig, runProcess } from '@convene/core';
import { createWorkerApp } from './worker-app';

void runProcess('worker', async () => {
  const config = loadConfig();
  await createWorkerApp(config);
  // Stay up until told to stop, even at a moment when no queue holds an open connection.
  setInterval(() => undefined, 1 << 30);
  return { readyMessage: 'Worker ready: processing queues' };
});
