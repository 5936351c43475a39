import { MaintenanceJob, QueueName, selectQueueBackend } from '@convene/core';
import { testConfig } from '@convene/testing';
import { Queue } from 'bullmq';
import { RunningApi, startApi } from '../support/api';
import { WorkerProcess, startWorkerProcess } from '../support/worker-process';

// The sweeps are BullMQ job schedulers: however many workers start, each sweep has one schedule.
describe('Scheduled sweeps', () => {
  let api: RunningApi;
  let queue: Queue;
  const workers: WorkerProcess[] = [];

  beforeAll(async () => {
    api = await startApi(await testConfig());
    queue = new Queue(QueueName.Maintenance, selectQueueBackend(api.config));
  });

  afterAll(async () => {
    await Promise.all(workers.map((worker) => worker.kill('SIGTERM')));
    await queue?.close();
    await api?.close();
  });

  it('has one schedule of each sweep, at its interval, with two workers started', async () => {
    workers.push(await startWorkerProcess(api.config, { OFFER_SWEEP_INTERVAL_MS: '30000' }));
    workers.push(await startWorkerProcess(api.config, { OFFER_SWEEP_INTERVAL_MS: '30000' }));
    const schedules = await queue.getJobSchedulers();
    expect(schedules.map((schedule) => schedule.key).sort()).toEqual(Object.values(MaintenanceJob).sort());
    const offers = schedules.find((schedule) => schedule.key === MaintenanceJob.Offers);
    expect(Number(offers?.every)).toBe(30_000);
  });
});
