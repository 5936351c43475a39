import { SharedInFlight } from '@convene/core';
import { Injectable } from '@nestjs/common';
import { AgendaReads, AgendaService, AgendaSession, EventAudience, EventStatus, EventsService, EventVisibility, NetworkEvent, SessionNotFound, Viewer, Viewers } from '@convene/events';
import { PeopleService } from '@convene/identity';
import { NotAllowedInSession } from './live.errors';
import { isIdentified, LiveParticipant } from './live-participant';

/** What one participant may do in one session. */
export interface SessionAccess {
  session: AgendaSession;
  event: NetworkEvent;
  /** May see the session's live pages and join its room. */
  canFollow: boolean;
  /** May ask, vote, request the floor: anyone on a public event; delegates and the programme otherwise. */
  canTakePart: boolean;
  /** The session's chair, an organiser of its event, or a network admin or organiser. */
  isModerator: boolean;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Granted access is remembered this long per participant and session: votes come in bursts. */
const GRANT_TTL_MS = 10_000;

/**
 * Who is the audience of a live session. The event's visibility decides who follows; taking
 * part in a members-only or invitation event needs a confirmed place (or a role on it).
 */
@Injectable()
export class SessionAudience {
  private readonly grants = new Map<string, { access: SessionAccess; until: number }>();
  // Thousands joining at once (a plenary's followers) wait for one check, not one each.
  private readonly checking = new SharedInFlight<string, SessionAccess>();
  /** Raised when a right ends: a check begun before then is not remembered. */
  private generation = 0;

  constructor(
    private readonly agenda: AgendaService,
    private readonly events: EventsService,
    private readonly viewers: Viewers,
    private readonly audience: EventAudience,
    private readonly programme: AgendaReads,
    private readonly people: PeopleService,
  ) {}

  /**
   * Forgets what was granted to a person (a right of theirs ended): the next check asks the
   * database. Each instance keeps its own grants: the gateway tells the others.
   */
  forget(personId: string): void {
    const prefix = `person:${personId}|`;
    for (const key of this.grants.keys()) if (key.startsWith(prefix)) this.grants.delete(key);
    this.generation += 1;
    this.checking.forgetAll();
  }

  /** The id of the person with this address, if there is one (a place taken by address). */
  async personWithEmail(email: string): Promise<string | null> {
    return (await this.people.findActiveByEmail(email))?.id ?? null;
  }

  /** Throws SessionNotFound for an unknown session, or a draft event's session to outsiders. */
  async access(participant: LiveParticipant, sessionId: string, fresh = false): Promise<SessionAccess> {
    if (typeof sessionId !== 'string' || !UUID.test(sessionId)) throw new SessionNotFound();
    // Everyone not signed in gets the same answer for a session (only whether they hold an
    // identity counts): one grant serves the whole anonymous room, not one per phone.
    const who = participant.signedIn ? participant.key : isIdentified(participant) ? 'anonymous' : 'follower';
    const cacheKey = `${who}|${sessionId}`;
    const cached = this.grants.get(cacheKey);
    if (!fresh && cached && cached.until > Date.now()) return cached.access;
    if (fresh) return this.decide(participant, sessionId, cacheKey);
    // Those sharing a key get the same answer, so the first one's check serves them all.
    return this.checking.run(cacheKey, () => this.decide(participant, sessionId, cacheKey));
  }

  private async decide(participant: LiveParticipant, sessionId: string, cacheKey: string): Promise<SessionAccess> {
    const generation = this.generation;
    const session = await this.agenda.getSession(sessionId);
    const event = await this.events.get(session.eventId);
    const viewer = await this.viewers.of(participant.signedIn);
    const isModerator = Boolean(
      viewer &&
        (viewer.isNetworkOrganiser ||
          (await this.events.isOrganiser(event.id, viewer.personId)) ||
          (await this.agenda.holdsRole(sessionId, viewer.personId, 'chair'))),
    );
    if (event.status === EventStatus.Draft && !isModerator) throw new SessionNotFound();
    const onProgramme = Boolean(viewer) && (isModerator || (await this.programme.isOnProgramme(sessionId, (viewer as Viewer).personId)));
    // An invitation event's room is for those who hold a place (or wait for one): a cancelled or
    // declined place ends it, though the invitation stays on record.
    const canFollow =
      onProgramme ||
      (!(await this.audience.isRestricted(event, viewer)) &&
        (event.visibility !== EventVisibility.Invitation || isModerator || (viewer !== null && (await this.audience.holdsOrAwaitsPlace(event.id, viewer)))));
    const canTakePart =
      canFollow && isIdentified(participant) && (event.visibility === EventVisibility.Public || onProgramme || (viewer !== null && (await this.audience.hasPlace(event.id, viewer))));
    const access = { session, event, canFollow, canTakePart, isModerator };
    if (canFollow && generation === this.generation) this.remember(cacheKey, access);
    return access;
  }

  async assertCanFollow(participant: LiveParticipant, sessionId: string): Promise<SessionAccess> {
    const access = await this.access(participant, sessionId);
    if (!access.canFollow) throw new NotAllowedInSession('This session is for the event\'s audience only: sign in as one of them');
    return access;
  }

  async assertCanTakePart(participant: LiveParticipant, sessionId: string): Promise<SessionAccess> {
    const access = await this.assertCanFollow(participant, sessionId);
    if (!access.canTakePart) throw new NotAllowedInSession('Only registered delegates of this event can take part');
    return access;
  }

  async assertModerator(participant: LiveParticipant, sessionId: string): Promise<SessionAccess> {
    const access = await this.access(participant, sessionId);
    if (!access.isModerator) throw new NotAllowedInSession('Only the session\'s chair or the event\'s organisers can do this');
    return access;
  }

  private remember(key: string, access: SessionAccess): void {
    if (this.grants.size > 50_000) this.grants.clear();
    this.grants.set(key, { access, until: Date.now() + GRANT_TTL_MS });
  }
}
