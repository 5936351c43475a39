import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { CalendarSync, Reminders } from '@convene/calendar';

/**
 * At start-up, rebuilds from the database what the queue should hold: a reminder job for
 * every future published event, and a sync for every change not yet sent (its job lost with
 * a Redis that lost data, or never queued). Both are idempotent.
 */
@Injectable()
export class CalendarSweepScheduler implements OnApplicationBootstrap {
  private readonly logger = new Logger(CalendarSweepScheduler.name);

  constructor(
    private readonly sync: CalendarSync,
    private readonly reminders: Reminders,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    try {
      const [syncs, reminders] = [await this.sync.resumeUnsynced(), await this.reminders.rebuild()];
      this.logger.log({ syncs, reminders }, 'Calendar jobs rebuilt from the database');
    } catch (error) {
      this.logger.warn({ err: (error as Error).message }, 'Calendar sweep failed; the next start tries again');
    }
  }
}
