import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { CalendarJob, CalendarJobPayloads, QueueName } from '@convene/core';
import { CalendarSync, Reminders, SessionStartReminders } from '@convene/calendar';
import { Job } from 'bullmq';

/** Debounced invite updates, day-before reminders and session-start mails; each reads the current state and fans out mail. */
@Processor(QueueName.Calendar, { concurrency: 2, lockDuration: 60_000 })
export class CalendarProcessor extends WorkerHost {
  private readonly logger = new Logger(CalendarProcessor.name);

  constructor(
    private readonly sync: CalendarSync,
    private readonly reminders: Reminders,
    private readonly sessionStarts: SessionStartReminders,
  ) {
    super();
  }

  async process(job: Job<CalendarJobPayloads[CalendarJob]>): Promise<unknown> {
    switch (job.name as CalendarJob) {
      case CalendarJob.Sync:
        return this.sync.run(job.data.eventId);
      case CalendarJob.Reminder:
        return this.reminders.send(job.data.eventId);
      case CalendarJob.SessionStart: {
        const { eventId, sessionId } = job.data as CalendarJobPayloads[CalendarJob.SessionStart];
        return this.sessionStarts.send(eventId, sessionId);
      }
      default:
        this.logger.warn({ jobId: job.id, name: job.name }, 'Unknown calendar job');
        return 'skipped';
    }
  }
}
