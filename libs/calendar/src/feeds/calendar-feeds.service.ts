import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig, DomainError, hashLinkSecret, newLinkSecret } from '@convene/core';
import { EventNotFound, EventsService } from '@convene/events';
import { CalendarItem, buildCalendar, mailboxOf } from '@convene/notifications';
import { RegistrationReads } from '@convene/registration';
import { createHash } from 'node:crypto';
import { CalendarRepository } from '../calendar.repository';
import { ItemDraft, eventDraft, feedUrl, sessionDraft, toCalendarItem } from '../items/calendar-items';
import { CalendarInvites } from '../invites/calendar-invites.service';

export interface CalendarDocument {
  body: string;
  /** A strong validator of the body: the same content gives the same ETag. */
  etag: string;
}

export class CalendarFeedNotFound extends DomainError {
  constructor() {
    super('not_found', 'calendar_feed_not_found', 'No such calendar feed (it may have been revoked)');
  }
}

/**
 * Subscription feeds (METHOD:PUBLISH): an event's public agenda, and a delegate's private
 * feed of everything they are registered for, with the same UIDs and sequences as their invites.
 */
@Injectable()
export class CalendarFeeds {
  constructor(
    private readonly repository: CalendarRepository,
    private readonly registrations: RegistrationReads,
    private readonly events: EventsService,
    private readonly invites: CalendarInvites,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The public agenda of a published public event; anything else is "not found". */
  async publicAgenda(idOrSlug: string): Promise<CalendarDocument> {
    const found = await this.events.find(idOrSlug);
    if (found.status !== 'published' || found.visibility !== 'public') throw new EventNotFound();
    const now = await this.invites.eventNow(found.id);
    if (!now) throw new EventNotFound();
    const drafts = [eventDraft(now.event, this.config.publicUrl), ...[...now.sessions.values()].map((s) => sessionDraft(now.event, s, this.config.publicUrl))];
    return this.document(drafts, [now.event.updatedAt, now.publishedAt], now.event.title);
  }

  /**
   * A new secret feed URL for the registration's address. With `replace` the older URLs stop
   * working; without, they keep working (a calendar subscribed from the confirmation mail goes on
   * updating), up to the newest MAX_ACTIVE_FEEDS per address.
   */
  async create(email: string | null, replace = true): Promise<{ url: string }> {
    if (!email) throw new NoAddressForFeed();
    const secret = newLinkSecret();
    await this.repository.createFeed(email, hashLinkSecret(secret), replace);
    return { url: feedUrl(this.config.publicUrl, secret) };
  }

  async revoke(email: string | null): Promise<void> {
    if (!email) throw new NoAddressForFeed();
    await this.repository.revokeFeeds(email);
  }

  async personal(secret: string): Promise<CalendarDocument> {
    const email = secret.length <= 100 ? await this.repository.feedEmail(hashLinkSecret(secret)) : null;
    if (!email) throw new CalendarFeedNotFound();
    const drafts: ItemDraft[] = [];
    const changedAt: Array<Date | null> = [];
    for (const registration of await this.registrations.confirmedOfAddress(email)) {
      const now = await this.invites.eventNow(registration.eventId);
      if (!now) continue;
      changedAt.push(now.event.updatedAt, now.publishedAt);
      drafts.push(eventDraft(now.event, this.config.publicUrl));
      const sessions = registration.sessionIds.map((id) => now.sessions.get(id)).filter((session) => session !== undefined);
      sessions.sort((a, b) => new Date(a.startsAt).getTime() - new Date(b.startsAt).getTime());
      drafts.push(...sessions.map((session) => sessionDraft(now.event, session, this.config.publicUrl)));
    }
    return this.document(drafts, changedAt, 'My network events');
  }

  private async document(drafts: ItemDraft[], changedAt: Array<Date | null>, name: string): Promise<CalendarDocument> {
    const states = await this.repository.states(drafts.map((draft) => draft.uid));
    const items: CalendarItem[] = drafts.map((draft) => toCalendarItem(draft, states.get(draft.uid)?.sequence ?? 0));
    // DTSTAMP from the data, not the clock: an unchanged feed is byte for byte the same (and its ETag).
    const times = [...changedAt, ...[...states.values()].map((state) => state.updatedAt)].filter((at): at is Date => Boolean(at));
    const stamp = new Date(Math.max(0, ...times.map((at) => new Date(at).getTime())));
    const body = buildCalendar({ method: 'PUBLISH', items, organizer: mailboxOf(this.config.mailFrom), stamp, name });
    return { body, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"` };
  }
}

/** Walk-ins may come without an address: a personal feed is kept per address. */
export class NoAddressForFeed extends DomainError {
  constructor() {
    super('conflict', 'no_address_for_feed', 'This registration has no email address, so it has no personal calendar feed');
  }
}
