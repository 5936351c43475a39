import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { APP_CONFIG, AppConfig, MaintenanceJob, QueueName } from '@convene/core';
import { Queue } from 'bullmq';

const MINUTE_MS = 60_000;

/** How often each sweep runs. */
export function maintenanceEvery(config: AppConfig): Record<MaintenanceJob, number> {
  return {
    [MaintenanceJob.Offers]: config.offerSweepIntervalMs,
    [MaintenanceJob.NeedsErasure]: 60 * MINUTE_MS,
    [MaintenanceJob.CalendarSyncs]: MINUTE_MS,
    [MaintenanceJob.EventReminders]: 60 * MINUTE_MS,
    // Sessions are short and their mails go minutes before: a lost job must come back sooner.
    [MaintenanceJob.SessionStarts]: 5 * MINUTE_MS,
  };
}

/**
 * Each sweep as a BullMQ job scheduler: every worker upserts the same schedulers at start-up
 * (the same ids, so there is one of each however many workers run), the queue makes one job a
 * tick, and the processor runs them one at a time. A sweep also runs at once at start-up: what a
 * crash left behind is picked up without waiting a tick. (The outbox relay stays on a timer of
 * its own: it must run while the queue is down.)
 */
@Injectable()
export class MaintenanceSchedules implements OnApplicationBootstrap {
  constructor(
    @InjectQueue(QueueName.Maintenance) private readonly queue: Queue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const settled = { removeOnComplete: true, removeOnFail: true };
    for (const [name, every] of Object.entries(maintenanceEvery(this.config))) {
      const known = await this.queue.getJobScheduler(name);
      await this.queue.upsertJobScheduler(name, { every }, { name, opts: settled });
      // A new schedule's first job runs at once; a known one's waits its tick, so sweep now. A job
      // id of its own: another worker's start-up sweep still waiting makes this one a no-op.
      if (known) await this.queue.add(name, {}, { ...settled, jobId: `${name}-at-start` });
    }
  }
}
