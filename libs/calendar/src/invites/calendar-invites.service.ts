import { t } from '@convene/i18n';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig, SharedInFlight, hashLinkSecret } from '@convene/core';
import { createHmac } from 'node:crypto';
import { AgendaService, AgendaSessionView, EventRepository, NetworkEvent } from '@convene/events';
import { CalendarAttachment, CalendarPartsRequest, MailCalendar, buildCalendar, mailboxOf } from '@convene/notifications';
import { RegistrationContact } from '@convene/registration';
import { CalendarRepository } from '../calendar.repository';
import { ItemDraft, droppedDraft, eventDraft, eventUid, feedUrl, fingerprintOf, inLanguage, sessionDraft, toCalendarItem } from '../items/calendar-items';

/** The mail kinds whose mail carries an invite (REQUEST) for the delegate's items. */
export const INVITING_KINDS = ['registration-confirmed', 'registration-promoted', 'registration-approved'];

export interface EventNow {
  event: NetworkEvent;
  /** The published agenda, by session id: what delegates see. */
  sessions: Map<string, AgendaSessionView>;
  publishedAt: Date | null;
}

/**
 * Builds each mail's invites when it is sent, from the database as it is then: a mail that
 * waited in the queue while the room changed carries the new room.
 */
@Injectable()
export class CalendarInvites {
  // A batch of a hundred mails about one event reads the event and its agenda once.
  private readonly eventsNow = new SharedInFlight<string, EventNow | null>();

  constructor(
    private readonly repository: CalendarRepository,
    private readonly events: EventRepository,
    private readonly agenda: AgendaService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  eventNow(eventId: string): Promise<EventNow | null> {
    return this.eventsNow.run(eventId, () => this.readEventNow(eventId));
  }

  private async readEventNow(eventId: string): Promise<EventNow | null> {
    const event = await this.events.findById(eventId);
    if (!event) return null;
    const published = await this.agenda.publishedAgenda(event);
    return {
      event,
      sessions: new Map(published.days.flatMap((day) => day.sessions).map((session) => [session.id, session])),
      publishedAt: published.publishedAt,
    };
  }

  /**
   * Confirmation, promotion, approval: a REQUEST for the event and each workshop with a seat,
   * and a private feed URL (only its hash is kept, so only this mail shows it). Built again on
   * each try of the mail, and the same each time: the items are recorded once, and the feed's
   * secret is derived from the mail's row, so a retry adds no second feed.
   */
  async invitesFor(mail: CalendarPartsRequest): Promise<MailCalendar> {
    const delegate = await this.delegateOf(mail, 'confirmed');
    const now = delegate && (await this.eventNow(delegate.eventId));
    if (!delegate || !now || now.event.status !== 'published') return { calendars: [], links: [] };
    const drafts = await this.draftsOf(delegate, now, true);
    const states = await this.repository.ensure(drafts.map((draft) => ({ ...draft, fingerprint: fingerprintOf(draft) })));
    const secret = createHmac('sha256', this.config.sessionSecret).update(`calendar-feed:${mail.id}`).digest('base64url');
    await this.repository.createFeed(delegate.email, hashLinkSecret(secret), false);
    return {
      calendars: drafts.map((draft, index) => this.attachment(draft, states.get(draft.uid)?.sequence ?? 0, delegate, index)),
      links: [{ label: t(delegate.language, 'mail.feedLink'), url: feedUrl(this.config.publicUrl, secret) }],
    };
  }

  /** A cancelled registration: a CANCEL, one sequence up, for the event and each workshop chosen. */
  async cancellationsFor(mail: CalendarPartsRequest): Promise<CalendarAttachment[]> {
    const delegate = await this.delegateOf(mail, 'cancelled');
    const now = delegate && (await this.eventNow(delegate.eventId));
    if (!delegate || !now) return [];
    const drafts = (await this.draftsOf(delegate, now, false)).map((draft) => ({ ...draft, cancelled: true }));
    const attachments: CalendarAttachment[] = [];
    for (const [index, draft] of drafts.entries()) {
      // Raised for the item: a later invite (registering again) must outrank this cancellation.
      const sequence = await this.repository.bump({ ...draft, fingerprint: fingerprintOf({ ...draft, cancelled: false }) });
      attachments.push(this.attachment(draft, sequence, delegate, index));
    }
    return attachments;
  }

  /** A workshop seat given from its line: a REQUEST for that workshop, while the seat is still held. */
  async workshopInviteFor(mail: CalendarPartsRequest): Promise<MailCalendar> {
    const none = { calendars: [], links: [] };
    const sessionId = mail.templateData.sessionId;
    const delegate = await this.delegateOf(mail, 'confirmed');
    const now = delegate && (await this.eventNow(delegate.eventId));
    if (!delegate || !now || now.event.status !== 'published' || typeof sessionId !== 'string') return none;
    const session = now.sessions.get(sessionId);
    if (!session || !(await this.repository.workshopsOf(delegate.id, true)).includes(sessionId)) return none;
    const draft = sessionDraft(now.event, session, this.config.publicUrl);
    const states = await this.repository.ensure([{ ...draft, fingerprint: fingerprintOf(draft) }]);
    return { calendars: [this.attachment(draft, states.get(draft.uid)?.sequence ?? 0, delegate, 1)], links: [] };
  }

  /** Workshops changed on the private page: a REQUEST for the event and each seat held, a CANCEL for each seat given up. */
  async changedWorkshopsFor(mail: CalendarPartsRequest): Promise<MailCalendar> {
    const delegate = await this.delegateOf(mail, 'confirmed');
    const now = delegate && (await this.eventNow(delegate.eventId));
    if (!delegate || !now || now.event.status !== 'published') return { calendars: [], links: [] };
    const drafts = await this.draftsOf(delegate, now, true);
    const states = await this.repository.ensure(drafts.map((draft) => ({ ...draft, fingerprint: fingerprintOf(draft) })));
    const attachments = drafts.map((draft, index) => this.attachment(draft, states.get(draft.uid)?.sequence ?? 0, delegate, index));
    const dropped = Array.isArray(mail.templateData.droppedSessionIds) ? (mail.templateData.droppedSessionIds as string[]) : [];
    for (const sessionId of dropped) {
      const session = now.sessions.get(sessionId);
      if (!session) continue;
      const draft = { ...sessionDraft(now.event, session, this.config.publicUrl), cancelled: true };
      const sequence = await this.repository.bump({ ...draft, fingerprint: fingerprintOf({ ...draft, cancelled: false }) });
      attachments.push(this.attachment(draft, sequence, delegate, attachments.length));
    }
    return { calendars: attachments, links: [] };
  }

  /** An update mail: the items it names, as they are now, at the sequence the sync gave them. */
  async updatesFor(mail: CalendarPartsRequest): Promise<CalendarAttachment[]> {
    const delegate = await this.delegateOf(mail, 'confirmed');
    const now = delegate && (await this.eventNow(delegate.eventId));
    const uids = Array.isArray(mail.templateData.uids) ? (mail.templateData.uids as string[]) : [];
    if (!delegate || !now || !uids.length) return [];
    const current = new Map([eventDraft(now.event, this.config.publicUrl), ...[...now.sessions.values()].map((s) => sessionDraft(now.event, s, this.config.publicUrl))].map((d) => [d.uid, d]));
    const states = await this.repository.states(uids);
    const attachments: CalendarAttachment[] = [];
    for (const uid of uids) {
      const state = states.get(uid);
      if (!state) continue;
      const draft = current.get(uid) ?? droppedDraft(state);
      attachments.push(this.attachment(draft, state.sequence, delegate, attachments.length));
    }
    return attachments;
  }

  /** The event is cancelled: a CANCEL for the event and each workshop with a seat. */
  async eventCancellationsFor(mail: CalendarPartsRequest): Promise<CalendarAttachment[]> {
    const delegate = await this.delegateOf(mail, null);
    const now = delegate && (await this.eventNow(delegate.eventId));
    if (!delegate || !now) return [];
    const drafts = (await this.draftsOf(delegate, now, true)).map((draft) => ({ ...draft, cancelled: true }));
    const states = await this.repository.states(drafts.map((draft) => draft.uid));
    return drafts.map((draft, index) => this.attachment(draft, states.get(draft.uid)?.sequence ?? 1, delegate, index));
  }

  /** The event, then the delegate's workshops on the published agenda. */
  private async draftsOf(delegate: RegistrationContact, now: EventNow, seatedOnly: boolean): Promise<ItemDraft[]> {
    const sessionIds = await this.repository.workshopsOf(delegate.id, seatedOnly);
    const sessions = sessionIds.map((id) => now.sessions.get(id)).filter((session): session is AgendaSessionView => Boolean(session));
    sessions.sort((a, b) => new Date(a.startsAt).getTime() - new Date(b.startsAt).getTime());
    return [eventDraft(now.event, this.config.publicUrl), ...sessions.map((session) => sessionDraft(now.event, session, this.config.publicUrl))];
  }

  private async delegateOf(mail: CalendarPartsRequest, status: string | null): Promise<RegistrationContact | null> {
    const id = mail.templateData.registrationId;
    if (typeof id !== 'string') return null;
    const delegate = await this.repository.registration(id);
    // A mail that waited while the registration changed again carries no invite: the later mail will.
    if (!delegate || (status && delegate.status !== status)) return null;
    return delegate;
  }

  private attachment(draft: ItemDraft, sequence: number, delegate: RegistrationContact, index: number): CalendarAttachment {
    const method = draft.cancelled ? 'CANCEL' : 'REQUEST';
    return {
      method,
      filename: draft.uid === eventUid(draft.eventId, this.config.publicUrl) ? 'invite.ics' : `session-${index}.ics`,
      content: buildCalendar({
        method,
        // In the registration's language, updates and cancellations too.
        items: [inLanguage(toCalendarItem(draft, sequence), draft, delegate.language)],
        organizer: mailboxOf(this.config.mailFrom),
        attendee: { name: delegate.name, email: delegate.email },
        language: delegate.language,
      }),
    };
  }
}
