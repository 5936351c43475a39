import { Injectable, Logger } from '@nestjs/common';

/**
 * What other libs need to hear about: what delegates can see changed (published state), and
 * room made for those waiting (a higher capacity, or none).
 */
export type EventChange = 'agenda-published' | 'event-moved' | 'event-cancelled' | 'capacity-raised';

export type EventChangeListener = (eventId: string, change: EventChange) => Promise<void>;

/**
 * The port through which higher libs (calendar invites, reminders) hear of committed changes
 * to an event, without events depending on them. Called after commit; a listener's failure is
 * logged and never undoes or fails the change (listeners keep their own way to catch up).
 */
@Injectable()
export class EventChanges {
  private readonly logger = new Logger(EventChanges.name);
  private readonly listeners: EventChangeListener[] = [];

  listen(listener: EventChangeListener): void {
    this.listeners.push(listener);
  }

  async changed(eventId: string, change: EventChange): Promise<void> {
    for (const listener of this.listeners) {
      await listener(eventId, change).catch((error: Error) => this.logger.warn({ eventId, change, err: error.message }, 'An event change listener failed'));
    }
  }
}
