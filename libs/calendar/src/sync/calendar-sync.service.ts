import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, AppConfig, CalendarJob, CalendarJobPayloads, QueueName } from '@convene/core';
import { describeWhen } from '@convene/events';
import { CalendarChange, MailOutbox, NewMail } from '@convene/notifications';
import { RegistrationReads, RegistrationService, SeatedDelegate } from '@convene/registration';
import { Queue } from 'bullmq';
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { CalendarRepository } from '../calendar.repository';
import { ItemDraft, describeItemChange, droppedDraft, eventDraft, fingerprintOf, itemChanged, sessionDraft } from '../items/calendar-items';
import { CalendarInvites } from '../invites/calendar-invites.service';
import { SessionStartReminders } from '../follows/session-start-reminders.service';

export interface SyncOutcome {
  changedItems: number;
  mails: number;
}

/** One job per event; the job id makes a second change inside the window join the first. */
export function syncJobId(eventId: string): string {
  return `sync-${eventId}`;
}

/**
 * Brings delegates' calendars up to date after published changes. A change asks for a sync;
 * the sync runs once the debounce window has passed, reads the state as it is then, raises the
 * sequence of each item that really changed since it was last sent, and records one mail per
 * delegate concerned, in the same transaction (so a retried job sends nothing twice).
 */
@Injectable()
export class CalendarSync {
  private readonly logger = new Logger(CalendarSync.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: CalendarRepository,
    private readonly invites: CalendarInvites,
    private readonly mailOutbox: MailOutbox,
    private readonly sessionStarts: SessionStartReminders,
    private readonly registrations: RegistrationService,
    private readonly registrationReads: RegistrationReads,
    @InjectQueue(QueueName.Calendar) private readonly queue: Queue<CalendarJobPayloads[CalendarJob.Sync]>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** After a published change: note it, and queue the event's sync unless one is already waiting. */
  async request(eventId: string): Promise<void> {
    await this.repository.requestSync(eventId);
    await this.enqueue(eventId, syncJobId(eventId));
  }

  /** Worker start-up: a sync asked for but never done (its job lost) is queued again. */
  async resumeUnsynced(): Promise<number> {
    const ids = await this.repository.unsyncedEventIds();
    for (const id of ids) await this.enqueue(id, syncJobId(id));
    return ids.length;
  }

  /** Runs the sync; if another change arrived while it ran, queues one more. */
  async run(eventId: string): Promise<SyncOutcome | 'skipped'> {
    const startedAt = await this.repository.now();
    const outcome = await this.sync(eventId, startedAt);
    const requestedAt = await this.repository.syncRequestedAt(eventId);
    // This job is still active, so its own id cannot be queued again: a follow-up gets its own.
    if (requestedAt && requestedAt > startedAt) await this.enqueue(eventId, `${syncJobId(eventId)}-${requestedAt.getTime()}`);
    return outcome;
  }

  private async sync(eventId: string, startedAt: Date): Promise<SyncOutcome | 'skipped'> {
    const now = await this.invites.eventNow(eventId);
    if (!now) return 'skipped';
    const { event, sessions } = now;
    const publicUrl = this.config.publicUrl;
    const ids: string[] = [];
    const result = await this.dataSource.transaction(async (tx) => {
      const states = await this.repository.statesOfEvent(tx, eventId);
      const current = new Map<string, ItemDraft>([eventDraft(event, publicUrl), ...[...sessions.values()].map((s) => sessionDraft(event, s, publicUrl))].map((d) => [d.uid, d]));
      // Only items someone was sent can have changed for someone.
      const differing = states
        .map((state) => ({ state, draft: current.get(state.uid) ?? droppedDraft(state) }))
        .filter(({ state, draft }) => itemChanged(state, draft));
      const eventItem = differing.find(({ draft }) => draft.sessionId === null);
      const eventRename = eventItem && { from: eventItem.state.snapshot.summary, to: eventItem.draft.snapshot.summary };
      const changed: { draft: ItemDraft; lines: CalendarChange[] }[] = [];
      for (const { state, draft } of differing) {
        await this.repository.advance(tx, draft, fingerprintOf(draft));
        changed.push({ draft, lines: describeItemChange(state.snapshot, draft, eventRename) });
      }
      await this.repository.markSynced(tx, eventId, startedAt);
      // Remote followers of its sessions hear of a cancelled event too, delegates or not.
      const followerMails = event.status === 'cancelled' ? await this.sessionStarts.cancellationMails(tx, event, sessions) : [];
      // So do those waiting for a place (no invite to cancel: they were never sent one).
      const waitingMails = event.status === 'cancelled' ? this.waitingCancellationMails(event, await this.registrationReads.waiting(tx, eventId)) : [];
      if (!changed.length && !followerMails.length && !waitingMails.length) return { changedItems: 0, mails: 0 };

      const delegates = changed.length ? await this.registrationReads.confirmedWithSeats(tx, eventId) : [];
      const sequences = await this.repository.states(changed.map((c) => c.draft.uid), tx);
      const delegateMails = event.status === 'cancelled' ? this.cancellationMails(event, delegates) : this.updateMails(event, delegates, changed, sequences);
      const mails = [...delegateMails, ...waitingMails, ...followerMails];
      ids.push(...(await this.mailOutbox.recordMany(tx, mails)));
      return { changedItems: changed.length, mails: mails.length };
    });
    await this.mailOutbox.dispatch(ids);
    this.logger.log({ eventId, ...result }, 'Calendar sync done');
    return result;
  }

  private updateMails(
    event: Parameters<typeof describeWhen>[0] & { id: string; title: string; venueName: string | null; venueAddress: string | null },
    delegates: SeatedDelegate[],
    changed: { draft: ItemDraft; lines: CalendarChange[] }[],
    sequences: Map<string, { sequence: number }>,
  ): NewMail[] {
    const eventItem = changed.find((c) => c.draft.sessionId === null);
    const mails: NewMail[] = [];
    for (const delegate of delegates) {
      const seated = new Set(delegate.sessionIds);
      const theirs = [...(eventItem ? [eventItem] : []), ...changed.filter((c) => c.draft.sessionId !== null && seated.has(c.draft.sessionId))];
      if (!theirs.length) continue;
      const versions = theirs.map((c) => `${c.draft.uid}@${sequences.get(c.draft.uid)?.sequence ?? 0}`);
      mails.push({
        kind: 'calendar-update',
        recipient: delegate.email,
        templateData: {
          ...this.mailBasics(event, delegate),
          changes: theirs.flatMap((c) => c.lines),
          uids: theirs.map((c) => c.draft.uid),
        },
        // The new sequences are in the key: the same update is recorded once, a later one again.
        dedupeKey: `calendar-update:${delegate.id}:${createHash('sha256').update(versions.join(',')).digest('hex').slice(0, 32)}`,
      });
    }
    return mails;
  }

  private cancellationMails(event: Parameters<CalendarSync['mailBasics']>[0], delegates: SeatedDelegate[]): NewMail[] {
    return delegates.map((delegate) => ({
      kind: 'event-cancelled',
      recipient: delegate.email,
      templateData: this.mailBasics(event, delegate),
      dedupeKey: `event-cancelled:${delegate.id}`,
    }));
  }

  private waitingCancellationMails(event: Parameters<CalendarSync['mailBasics']>[0], waiting: SeatedDelegate[]): NewMail[] {
    return waiting.map((registrant) => ({
      kind: 'event-cancelled-waiting',
      recipient: registrant.email,
      templateData: this.mailBasics(event, registrant),
      dedupeKey: `event-cancelled:${registrant.id}`,
    }));
  }

  private mailBasics(
    event: Parameters<typeof describeWhen>[0] & { id: string; title: string; venueName: string | null; venueAddress: string | null },
    delegate: SeatedDelegate,
  ) {
    return {
      registrationId: delegate.id,
      eventId: event.id,
      name: delegate.name,
      language: delegate.language,
      eventTitle: event.title,
      when: describeWhen(event, delegate.language),
      venue: [event.venueName, event.venueAddress].filter(Boolean).join(', ') || null,
      // Every mail about a registration carries its private link.
      link: this.registrations.privateLinkOf(delegate.id),
    };
  }

  private async enqueue(eventId: string, jobId: string): Promise<void> {
    // An existing job with this id (waiting in its delay) makes this add a no-op: the change
    // joins the sync already coming, which reads the state when it runs.
    await this.queue.add(CalendarJob.Sync, { eventId }, {
      jobId,
      delay: this.config.calendarDebounceMs,
      attempts: 5,
      backoff: { type: 'exponential', delay: 5_000 },
      removeOnComplete: true,
      removeOnFail: true,
    });
  }
}
