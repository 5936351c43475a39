import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { MaintenanceJob, QueueName } from '@convene/core';
import { CalendarSync, Reminders, SessionStartReminders } from '@convene/calendar';
import { RegistrationService } from '@convene/registration';
import { Job } from 'bullmq';

/**
 * The scheduled sweeps. Concurrency 1: one sweep at a time on this worker, and the queue hands
 * each tick's job to one worker only, so two sweeps never overlap. A failed sweep is logged and
 * the next tick tries again.
 */
@Processor(QueueName.Maintenance, { concurrency: 1, lockDuration: 5 * 60_000 })
export class MaintenanceProcessor extends WorkerHost {
  private readonly logger = new Logger(MaintenanceProcessor.name);

  constructor(
    private readonly registrations: RegistrationService,
    private readonly sync: CalendarSync,
    private readonly reminders: Reminders,
    private readonly sessionStarts: SessionStartReminders,
  ) {
    super();
  }

  async process(job: Job): Promise<Record<string, number>> {
    try {
      const counts = await this.run(job.name as MaintenanceJob);
      if (Object.values(counts).some((count) => count > 0)) this.logger.log({ sweep: job.name, ...counts }, 'Sweep done');
      return counts;
    } catch (error) {
      this.logger.warn({ sweep: job.name, err: (error as Error).message }, 'Sweep failed; the next one tries again');
      throw error;
    }
  }

  private async run(name: MaintenanceJob): Promise<Record<string, number>> {
    switch (name) {
      case MaintenanceJob.Offers:
        return { passedOn: await this.registrations.passOnExpiredOffers(), lapsed: await this.registrations.lapseUnconfirmed() };
      case MaintenanceJob.NeedsErasure:
        return { erased: await this.registrations.eraseExpiredNeeds() };
      case MaintenanceJob.CalendarSyncs:
        return { queued: await this.sync.resumeUnsynced() };
      case MaintenanceJob.EventReminders:
        return { queued: await this.reminders.rebuild() };
      case MaintenanceJob.SessionStarts:
        return { queued: await this.sessionStarts.rebuild() };
      default:
        this.logger.warn({ name }, 'Unknown sweep');
        return {};
    }
  }
}
