import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, AppConfig, CalendarJob, CalendarJobPayloads, QueueName } from '@convene/core';
import { AgendaReads, AgendaSessionView, NetworkEvent } from '@convene/events';
import { MailOutbox, NewMail } from '@convene/notifications';
import { Queue } from 'bullmq';
import { DataSource, EntityManager } from 'typeorm';
import { CalendarInvites, EventNow } from '../invites/calendar-invites.service';
import { followMailData } from './follow-mail';
import { SessionFollowsRepository } from './session-follows.repository';

const MINUTE_MS = 60_000;

export function sessionStartJobId(sessionId: string): string {
  return `session-start-${sessionId}`;
}

/**
 * The mail to a session's remote followers as it starts: one delayed job per followed session,
 * due SESSION_REMINDER_MINUTES_BEFORE its start in the published agenda. Moved when the agenda
 * or the event moves, removed when the event is cancelled, rebuilt from the database by the
 * worker. The job mails whoever follows when it runs, once per follow and start time.
 */
@Injectable()
export class SessionStartReminders {
  private readonly logger = new Logger(SessionStartReminders.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly invites: CalendarInvites,
    private readonly follows: SessionFollowsRepository,
    private readonly agenda: AgendaReads,
    private readonly mailOutbox: MailOutbox,
    @InjectQueue(QueueName.Calendar) private readonly queue: Queue<CalendarJobPayloads[CalendarJob.SessionStart]>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Makes sure the session has its job (a follow was confirmed); an existing one is kept. */
  async ensure(eventId: string, sessionId: string): Promise<void> {
    const now = await this.invites.eventNow(eventId);
    if (now) await this.schedule(now, sessionId);
  }

  /** The agenda or the event changed: every followed session's job follows its new time. */
  async rescheduleEvent(eventId: string): Promise<void> {
    const now = await this.invites.eventNow(eventId);
    for (const sessionId of await this.follows.followedSessionsOf(eventId)) {
      await this.unschedule(sessionId);
      if (now) await this.schedule(now, sessionId);
    }
  }

  async unscheduleEvent(eventId: string): Promise<void> {
    for (const sessionId of await this.follows.followedSessionsOf(eventId)) await this.unschedule(sessionId);
  }

  /** Worker start-up and every few minutes: every followed session still to come has its job. */
  async rebuild(): Promise<number> {
    // The sessions still to come first: they are bounded by the programmes ahead; follows pile up over the years.
    const followed = await this.follows.followedAmong(await this.agenda.unendedSessionIdsOfPublishedEvents());
    // Each event and its published agenda read once, however many of its sessions are followed.
    const sessionsByEvent = new Map<string, string[]>();
    for (const { eventId, sessionId } of followed) sessionsByEvent.set(eventId, [...(sessionsByEvent.get(eventId) ?? []), sessionId]);
    for (const [eventId, sessionIds] of sessionsByEvent) {
      const now = await this.invites.eventNow(eventId);
      if (now) for (const sessionId of sessionIds) await this.schedule(now, sessionId);
    }
    return followed.length;
  }

  /** The job: mails each confirmed follower once, if the session is still on and this is its time. */
  async send(eventId: string, sessionId: string): Promise<number | 'skipped'> {
    const now = await this.invites.eventNow(eventId);
    const session = now?.sessions.get(sessionId);
    if (!now || now.event.status !== 'published' || !session) return 'skipped';
    const { event } = now;
    // Moved later since this job was queued (its replacement will run), or already over.
    if (this.dueAt(session) - Date.now() > MINUTE_MS || Date.now() >= new Date(session.endsAt).getTime()) return 'skipped';
    const startsAt = new Date(session.startsAt).toISOString();
    const ids: string[] = [];
    const count = await this.dataSource.transaction(async (tx) => {
      const followers = await this.follows.followerAddresses(tx, sessionId);
      const mails: NewMail[] = followers.map((follower) => ({
        kind: 'session-starting',
        recipient: follower.email,
        templateData: { ...followMailData(event, session, follower.followId, this.config, follower.language), eventId, sessionId },
        dedupeKey: `session-starting:${follower.followId}:${startsAt}`,
      }));
      ids.push(...(await this.mailOutbox.recordMany(tx, mails)));
      return mails.length;
    });
    await this.mailOutbox.dispatch(ids);
    this.logger.log({ eventId, sessionId, count }, 'Session-start mails recorded');
    return count;
  }

  /**
   * For the calendar sync of a cancelled event, inside its transaction: a notice to each
   * confirmed follower of its sessions, once per follow (the sync may run again).
   */
  async cancellationMails(tx: EntityManager, event: NetworkEvent, sessions: Map<string, AgendaSessionView>): Promise<NewMail[]> {
    const followers = await this.follows.followerAddressesOfEvent(tx, event.id);
    return followers.flatMap((follower) => {
      const session = sessions.get(follower.sessionId);
      if (!session) return [];
      return [{
        kind: 'session-follow-cancelled',
        recipient: follower.email,
        templateData: { ...followMailData(event, session, follower.followId, this.config, follower.language), eventId: event.id, sessionId: session.id },
        dedupeKey: `session-follow-cancelled:${follower.followId}`,
      }];
    });
  }

  /** Queues the session's job for its published start; none for an event not on or a session over or gone. */
  async schedule({ event, sessions }: EventNow, sessionId: string): Promise<void> {
    const session = sessions.get(sessionId);
    if (event.status !== 'published' || !session || new Date(session.endsAt).getTime() <= Date.now()) return;
    await this.queue.add(CalendarJob.SessionStart, { eventId: event.id, sessionId }, {
      jobId: sessionStartJobId(sessionId),
      delay: Math.max(0, this.dueAt(session) - Date.now()),
      attempts: 5,
      backoff: { type: 'exponential', delay: 10_000 },
      removeOnComplete: true,
      removeOnFail: true,
    });
  }

  private async unschedule(sessionId: string): Promise<void> {
    // A job already running cannot be removed; it checks the session's time itself.
    await this.queue.remove(sessionStartJobId(sessionId)).catch(() => 0);
  }

  /** When the session's mail goes (ms since the epoch). */
  dueAt(session: Pick<AgendaSessionView, 'startsAt'>): number {
    return new Date(session.startsAt).getTime() - this.config.sessionReminderMinutesBefore * MINUTE_MS;
  }
}
