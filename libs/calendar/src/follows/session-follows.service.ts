import type { Language } from '@convene/i18n';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig, DomainError } from '@convene/core';
import { AgendaSessionView, EventStatus } from '@convene/events';
import { SignedIn } from '@convene/identity';
import { LiveParticipant, NotAllowedInSession, RateLimits, SessionAudience, personParticipant } from '@convene/live';
import { MailOutbox } from '@convene/notifications';
import { DataSource } from 'typeorm';
import { CalendarInvites, EventNow } from '../invites/calendar-invites.service';
import { followIdOf } from './follow-tokens';
import { followMailData } from './follow-mail';
import { FollowRow, SessionFollowsRepository } from './session-follows.repository';
import { SessionStartReminders } from './session-start-reminders.service';

export class FollowNotFound extends DomainError {
  constructor() {
    super('not_found', 'follow_not_found', 'No such follow: the link is wrong, or the reminders were stopped');
  }
}

export class SessionNotFollowable extends DomainError {
  constructor(message: string) {
    super('conflict', 'session_not_followable', message);
  }
}

/** What a session's pages offer: whether it can be followed (and why not), and whether I do. */
export interface FollowOffer {
  following: boolean;
  followable: boolean;
  /** Why it cannot be followed (null when it can). */
  reason: string | null;
  /** The session's start in the published programme (null when it cannot be followed). */
  startsAt: Date | null;
}

/** What a follow's private page shows. */
export interface FollowStatus {
  sessionId: string;
  sessionTitle: string;
  eventTitle: string;
  eventSlug: string;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  confirmed: boolean;
  /** When the mail goes (null once the session has started or left the programme). */
  remindAt: Date | null;
  liveblogUrl: string | null;
  qaUrl: string | null;
}

// Everyone without an account shares these limits' key space by address; an address gets at
// most one confirmation mail an hour per session whatever the limits allow.
const ADDRESS_REQUESTS_PER_MINUTE = 5;
const CONFIRMATION_RESEND_MS = 3_600_000;
const ANONYMOUS: LiveParticipant = { key: 'anon:session-follow', personId: null, anonymousId: null, signedIn: null };

/**
 * Following a session remotely: a signed-in person at once, an address after its owner
 * confirms. Only sessions of the published programme with a liveblog or live Q&A, not yet
 * over, that the follower may see.
 */
@Injectable()
export class SessionFollows {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audience: SessionAudience,
    private readonly invites: CalendarInvites,
    private readonly repository: SessionFollowsRepository,
    private readonly reminders: SessionStartReminders,
    private readonly mailOutbox: MailOutbox,
    private readonly limits: RateLimits,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** `language`: of the reminder mail (a person's saved language, once chosen, wins when it goes). */
  async followAsPerson(signedIn: SignedIn, sessionId: string, language: Language = 'en'): Promise<void> {
    const { now, session } = await this.followable(personParticipant(signedIn), sessionId);
    await this.repository.followAsPerson(session.id, now.event.id, signedIn.person.id, language);
    await this.reminders.schedule(now, session.id);
  }

  async unfollowAsPerson(signedIn: SignedIn, sessionId: string): Promise<void> {
    await this.repository.removeOfPerson(sessionId, signedIn.person.id);
  }

  /** For the session's pages: a form only where following is possible. Unknown sessions are 404s. */
  async offer(signedIn: SignedIn | null, sessionId: string): Promise<FollowOffer> {
    const following = Boolean(signedIn && (await this.repository.ofPerson(sessionId, signedIn.person.id)));
    try {
      const { session } = await this.followable(signedIn ? personParticipant(signedIn) : ANONYMOUS, sessionId);
      return { following, followable: true, reason: null, startsAt: new Date(session.startsAt) };
    } catch (error) {
      if (!(error instanceof SessionNotFollowable || error instanceof NotAllowedInSession)) throw error;
      return { following, followable: false, reason: error.message, startsAt: null };
    }
  }

  /**
   * Asks an address's owner to confirm; an already confirmed follow gets no mail. Every address
   * takes the same statements, new, waiting for its owner or already following (the mail is
   * recorded, or not, inside the same one), and the mail goes on the queue after the answer:
   * neither the answer nor its time tells whether the address follows.
   */
  async followByEmail(email: string, sessionId: string, language: Language = 'en'): Promise<void> {
    const address = email.trim().toLowerCase();
    await this.limits.take(`address:${address}`, 'follow requests for this address', ADDRESS_REQUESTS_PER_MINUTE);
    const { now: { event }, session } = await this.followable(ANONYMOUS, sessionId);
    const mailIds = await this.dataSource.transaction(async (tx) => {
      const follow = await this.repository.followByEmail(tx, session.id, event.id, address, language);
      const confirmation = this.mailOutbox.recordedInStatement([
        {
          kind: 'session-follow-confirm',
          recipient: address,
          templateData: { ...followMailData(event, session, follow.id, this.config, follow.language), eventId: event.id, sessionId: session.id },
          dedupeKey: `session-follow-confirm:${follow.id}:${Math.floor(Date.now() / CONFIRMATION_RESEND_MS)}`,
        },
      ]);
      return this.repository.recordUnlessConfirmed(tx, follow, confirmation);
    });
    // Not awaited: only a new mail has a round trip to the queue. Dispatch never throws, and the
    // worker's relay queues whatever it could not.
    void this.mailOutbox.dispatch(mailIds);
  }

  async status(token: string): Promise<FollowStatus> {
    const follow = await this.byToken(token);
    return this.describe(follow);
  }

  /** The owner confirmed: the follow counts, and the session has its job. Confirming twice is harmless. */
  async confirm(token: string): Promise<FollowStatus> {
    const follow = await this.byToken(token);
    await this.repository.confirm(follow.id);
    await this.reminders.ensure(follow.eventId, follow.sessionId);
    return this.describe({ ...follow, confirmedAt: follow.confirmedAt ?? new Date() });
  }

  /** Stops the reminders: the follow goes, and its link with it. Stopping twice is harmless. */
  async stop(token: string): Promise<void> {
    const id = followIdOf(token, this.config.sessionSecret);
    if (!id) throw new FollowNotFound();
    await this.repository.remove(id);
  }

  private async byToken(token: string): Promise<FollowRow> {
    const id = followIdOf(token, this.config.sessionSecret);
    const follow = id ? await this.repository.byId(id) : null;
    if (!follow) throw new FollowNotFound();
    return follow;
  }

  private async describe(follow: FollowRow): Promise<FollowStatus> {
    // The follow's link speaks for the follow: its event's visibility does not hide it from its owner.
    const access = await this.audience.access(ANONYMOUS, follow.sessionId).catch(() => null);
    const now = access && (await this.invites.eventNow(access.event.id));
    if (!access || !now) throw new FollowNotFound();
    const { event } = now;
    const published = now.sessions.get(follow.sessionId);
    const session = published ?? { ...access.session, speakers: [] };
    const links = followMailData(event, session, follow.id, this.config);
    return {
      sessionId: follow.sessionId,
      sessionTitle: session.title,
      eventTitle: event.title,
      eventSlug: event.slug,
      startsAt: new Date(session.startsAt),
      endsAt: new Date(session.endsAt),
      timeZone: event.timeZone,
      confirmed: Boolean(follow.confirmedAt),
      remindAt: published && event.status === EventStatus.Published && new Date(session.startsAt).getTime() > Date.now() ? new Date(this.reminders.dueAt(session)) : null,
      liveblogUrl: links.liveblogUrl,
      qaUrl: links.qaUrl,
    };
  }

  private async followable(participant: LiveParticipant, sessionId: string): Promise<{ now: EventNow; session: AgendaSessionView }> {
    const access = await this.audience.assertCanFollow(participant, sessionId);
    // The audience's answer may be a few seconds old; whether the event is still on may not.
    const now = await this.invites.eventNow(access.event.id);
    if (!now || now.event.status !== EventStatus.Published) throw new SessionNotFollowable('The event is not open: it is a draft or was cancelled');
    const session = now.sessions.get(sessionId);
    if (!session) throw new SessionNotFollowable('This session is not in the published programme yet');
    if (!session.liveblog && !session.liveQa) throw new SessionNotFollowable('This session has no liveblog or live Q&A to follow');
    if (new Date(session.endsAt).getTime() <= Date.now()) throw new SessionNotFollowable('This session is over');
    return { now, session };
  }
}
