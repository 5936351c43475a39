import 'reflect-metadata';
import { loadConfig, runProcess } from '@convene/core';
import { createWorkerApp } from '../worker-app';
import { GracefulStop } from './graceful-stop';
import { mailRateShare, partOf } from './worker-part';

// One process of a worker that sends mail from several, started by WorkerSupervisor as
// `child-main.js <slot> <count>`. Listening for the end first: its parent may die while it starts.
const [slot, count] = process.argv.slice(2).map(Number);
const stop = new GracefulStop().listen({ toParent: true });

void runProcess(`worker ${slot}/${count}`, async () => {
  const config = loadConfig();
  // This process's share of the provider's limit: together the processes keep to it.
  const share = { ...config, mailRatePerMinute: mailRateShare(config.mailRatePerMinute, slot, count) };
  stop.started(await createWorkerApp(share, partOf(slot, count)));
  return {};
});
