import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { CalendarSync, Reminders, SessionStartReminders } from '@convene/calendar';

const SYNC_SWEEP_MS = 60_000;
const REMINDER_SWEEP_MS = 60 * 60_000;
// Sessions are short and their mails go minutes before: a lost job must come back sooner.
const SESSION_START_SWEEP_MS = 5 * 60_000;

/**
 * Rebuilds from the database what the queue should hold, at start-up and then on a timer: a
 * sync for every change not yet sent (its job never queued because the queue was down, or lost
 * with a Redis that lost data), a reminder job for every future published event, and a
 * session-start job for every followed session still to come. All are
 * idempotent: an existing job with the same id is kept.
 */
@Injectable()
export class CalendarSweepScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(CalendarSweepScheduler.name);
  private timers: NodeJS.Timeout[] = [];
  private running: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly sync: CalendarSync,
    private readonly reminders: Reminders,
    private readonly sessionStarts: SessionStartReminders,
  ) {}

  onApplicationBootstrap(): void {
    // Not awaited: the worker is ready (and sending mail) while the sweep runs.
    void this.sweep('syncs', () => this.sync.resumeUnsynced())
      .then(() => this.sweep('reminders', () => this.reminders.rebuild()))
      .then(() => this.sweep('session starts', () => this.sessionStarts.rebuild()));
    this.timers = [
      setInterval(() => void this.sweep('syncs', () => this.sync.resumeUnsynced()), SYNC_SWEEP_MS),
      setInterval(() => void this.sweep('reminders', () => this.reminders.rebuild()), REMINDER_SWEEP_MS),
      setInterval(() => void this.sweep('session starts', () => this.sessionStarts.rebuild()), SESSION_START_SWEEP_MS),
    ];
  }

  async onApplicationShutdown(): Promise<void> {
    this.timers.forEach(clearInterval);
    await this.running;
  }

  private sweep(what: string, run: () => Promise<number>): Promise<unknown> {
    this.running = run()
      .then((count) => count > 0 && this.logger.log({ what, count }, 'Calendar jobs rebuilt from the database'))
      .catch((error: Error) => this.logger.warn({ what, err: error.message }, 'Calendar sweep failed; the next one tries again'));
    return this.running;
  }
}
