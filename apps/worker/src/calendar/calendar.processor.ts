import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { CalendarJob, CalendarJobPayloads, QueueName } from '@convene/core';
import { CalendarSync, Reminders } from '@convene/calendar';
import { Job } from 'bullmq';

/** Debounced invite updates and day-before reminders; each reads the event by id and fans out mail. */
@Processor(QueueName.Calendar, { concurrency: 2, lockDuration: 60_000 })
export class CalendarProcessor extends WorkerHost {
  private readonly logger = new Logger(CalendarProcessor.name);

  constructor(
    private readonly sync: CalendarSync,
    private readonly reminders: Reminders,
  ) {
    super();
  }

  async process(job: Job<CalendarJobPayloads[CalendarJob]>): Promise<unknown> {
    switch (job.name as CalendarJob) {
      case CalendarJob.Sync:
        return this.sync.run(job.data.eventId);
      case CalendarJob.Reminder:
        return this.reminders.send(job.data.eventId);
      default:
        this.logger.warn({ jobId: job.id, name: job.name }, 'Unknown calendar job');
        return 'skipped';
    }
  }
}
