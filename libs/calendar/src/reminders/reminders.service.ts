import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, AppConfig, CalendarJob, CalendarJobPayloads, QueueName } from '@convene/core';
import { EventRepository, describeWhen } from '@convene/events';
import { MailOutbox, NewMail } from '@convene/notifications';
import { RegistrationReads } from '@convene/registration';
import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { CalendarRepository } from '../calendar.repository';
import { eventPageUrl } from '../items/calendar-items';

const HOUR_MS = 3_600_000;

export function reminderJobId(eventId: string): string {
  return `reminder-${eventId}`;
}

/**
 * The day-before reminder: one delayed job per event, moved when the event moves, removed when
 * it is cancelled. When it runs it mails whoever is confirmed then, so a registration cancelled
 * in the meantime gets nothing. The jobs can be rebuilt from the database (worker start-up).
 */
@Injectable()
export class Reminders {
  private readonly logger = new Logger(Reminders.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly events: EventRepository,
    private readonly repository: CalendarRepository,
    private readonly registrations: RegistrationReads,
    private readonly mailOutbox: MailOutbox,
    @InjectQueue(QueueName.Calendar) private readonly queue: Queue<CalendarJobPayloads[CalendarJob.Reminder]>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** (Re)places the event's reminder job for its current start; none for a draft, cancelled or past event. */
  async schedule(eventId: string): Promise<void> {
    await this.unschedule(eventId);
    await this.ensure(eventId);
  }

  async unschedule(eventId: string): Promise<void> {
    // A job already running cannot be removed; it checks the event's start itself.
    await this.queue.remove(reminderJobId(eventId)).catch(() => 0);
  }

  /** Worker start-up: every future published event has its reminder job (an existing one is kept). */
  async rebuild(): Promise<number> {
    const ids = await this.events.futurePublishedIds();
    for (const id of ids) await this.ensure(id);
    return ids.length;
  }

  /** The job: mails each confirmed delegate once, if the event is still on and this is its time. */
  async send(eventId: string): Promise<number | 'skipped'> {
    const event = await this.events.findById(eventId);
    if (!event || event.status !== 'published') return 'skipped';
    const due = this.dueAt(event.startsAt);
    const now = Date.now();
    // Moved later since this job was queued (its replacement will run), or already begun.
    if (due - now > 60_000 || now >= new Date(event.startsAt).getTime()) return 'skipped';
    const ids: string[] = [];
    const count = await this.dataSource.transaction(async (tx) => {
      const delegates = await this.registrations.confirmedWithSeats(tx, eventId);
      const basics = {
        eventId,
        eventTitle: event.title,
        when: describeWhen(event),
        venue: [event.venueName, event.venueAddress].filter(Boolean).join(', ') || null,
        link: null,
        eventUrl: eventPageUrl(event, this.config.publicUrl),
      };
      const mails: NewMail[] = delegates.map((delegate) => ({
        kind: 'event-reminder',
        recipient: delegate.email,
        templateData: { ...basics, when: describeWhen(event, delegate.language), language: delegate.language, registrationId: delegate.id, name: delegate.name },
        dedupeKey: `event-reminder:${delegate.id}:${new Date(event.startsAt).toISOString()}`,
      }));
      ids.push(...(await this.mailOutbox.recordMany(tx, mails)));
      return mails.length;
    });
    await this.mailOutbox.dispatch(ids);
    this.logger.log({ eventId, count }, 'Reminders recorded');
    return count;
  }

  private async ensure(eventId: string): Promise<void> {
    const event = await this.events.findById(eventId);
    if (!event || event.status !== 'published' || new Date(event.startsAt).getTime() <= Date.now()) return;
    await this.queue.add(CalendarJob.Reminder, { eventId }, {
      jobId: reminderJobId(eventId),
      delay: Math.max(0, this.dueAt(event.startsAt) - Date.now()),
      attempts: 5,
      backoff: { type: 'exponential', delay: 30_000 },
      removeOnComplete: true,
      removeOnFail: true,
    });
  }

  private dueAt(startsAt: Date): number {
    return new Date(startsAt).getTime() - this.config.reminderHoursBefore * HOUR_MS;
  }
}
