import { Injectable, Logger } from '@nestjs/common';
import { DomainError } from '@convene/core';
import { AgendaService, EventsService } from '@convene/events';
import { LiveBroadcaster, LiveChange, LiveLog, LiveParticipant, RateLimits, SessionAudience } from '@convene/live';
import { DataSource, EntityManager } from 'typeorm';
import { decisionText, isCarried } from './decision';
import { BallotDto, CreateMotionDto } from './dto/votes.dto';
import { BallotKind, Motion, MotionAction, MotionStatus } from './motion.entity';
import { BallotResult, BallotRight, MotionChanges, MotionConsole, MotionList, MotionView, VotingMemberView } from './dto/votes.views';
import { motionView } from './motion-view';
import { AlreadyVoted, MemberPresent, MotionNotFound, MotionWrongStatus, NotEligibleToVote, NotPresent, NotQuorate } from './votes.errors';
import { VotingListService, quorumOf } from './voting-list.service';
import { VotingRepository } from './voting.repository';

export const VOTES_STREAM = 'votes';
const BALLOT_LIMIT = { bucket: 'motion-ballot', perMinute: 30 } as const;
const CATCH_UP_LIMIT = 500;

/** A decision as the minutes record it. */
export interface DecisionRecord {
  sessionId: string;
  text: string;
}

class NotSignedInToVote extends DomainError {
  constructor() {
    super('unauthenticated', 'sign_in_to_vote', 'Sign in to vote: ballots are cast by name');
  }
}

/** Formal votes on motions in a committee meeting: quorum at opening, eligible ballots once each, the decision at close. */
@Injectable()
export class MotionsService {
  private readonly logger = new Logger(MotionsService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: VotingRepository,
    private readonly lists: VotingListService,
    private readonly agenda: AgendaService,
    private readonly events: EventsService,
    private readonly audience: SessionAudience,
    private readonly log: LiveLog,
    private readonly broadcaster: LiveBroadcaster,
    private readonly limits: RateLimits,
  ) {}

  async create(sessionId: string, actor: LiveParticipant, input: CreateMotionDto): Promise<MotionView> {
    const access = await this.audience.assertModerator(actor, sessionId);
    return this.dataSource.transaction(async (tx) => {
      const motion = await this.repository.insertMotion(tx, { eventId: access.event.id, sessionId, text: input.text, majority: input.majority, ballot: input.ballot, createdBy: actor.personId });
      await this.audit(tx, actor, motion, 'create', { text: motion.text, majority: motion.majority, ballot: motion.ballot });
      return motionView(motion, 0);
    });
  }

  async remove(motionId: string, actor: LiveParticipant): Promise<void> {
    await this.asModerator(motionId, actor, async (tx, motion) => {
      if (motion.status !== MotionStatus.Draft) throw new MotionWrongStatus('Only a motion not yet put to the vote can be deleted');
      await tx.getRepository(Motion).delete({ id: motion.id });
      await this.audit(tx, actor, motion, 'delete', { text: motion.text });
      return null;
    });
  }

  /** Puts the motion to the vote: only when the meeting is quorate, which is recorded. */
  async open(motionId: string, actor: LiveParticipant): Promise<MotionView> {
    return this.asModerator(motionId, actor, async (tx, motion, changed) => {
      if (motion.status !== MotionStatus.Draft) throw new MotionWrongStatus(`This motion is already ${motion.status}`);
      const event = await this.events.get(motion.eventId);
      const body = await this.repository.bodyFor(event, tx);
      const quorum = quorumOf(body, body ? await this.lists.members(body.id, event.id, tx) : []);
      if (!quorum.hasList) throw new MotionWrongStatus('This meeting has no voting members yet: the organisers list them first');
      if (!quorum.quorate) throw new NotQuorate(quorum.present, quorum.quorum);
      const opened = await this.repository.updateMotion(tx, motion.id, {
        status: MotionStatus.Open,
        openedAt: new Date(),
        membersCount: quorum.members,
        presentCount: quorum.present,
        quorum: quorum.quorum,
      });
      await this.audit(tx, actor, motion, 'open', { members: quorum.members, present: quorum.present, quorum: quorum.quorum });
      return changed(opened, 'motion.opened');
    });
  }

  /**
   * Closes the vote: the result by the majority rule, the decision text, announced and
   * recorded. A secret ballot's voters are resealed in the same transaction and the old row
   * versions vacuumed after it, so nothing at rest ties a voter to a change of the counts.
   */
  async close(motionId: string, actor: LiveParticipant): Promise<MotionView> {
    const view = await this.asModerator(motionId, actor, async (tx, motion, changed) => {
      if (motion.status !== MotionStatus.Open) throw new MotionWrongStatus(motion.status === MotionStatus.Draft ? 'This motion has not been put to the vote' : 'This vote has already closed');
      const tally = { for: motion.votesFor, against: motion.votesAgainst, abstentions: motion.abstentions };
      const carried = isCarried(motion.majority, tally, motion.membersCount ?? 0);
      const decision = decisionText({
        text: motion.text,
        majority: motion.majority,
        ballot: motion.ballot,
        tally,
        carried,
        names: motion.ballot === BallotKind.Named ? await this.repository.namesByChoice(tx, motion.id) : undefined,
        quorum: { present: motion.presentCount ?? 0, members: motion.membersCount ?? 0, quorum: motion.quorum ?? 0, quorate: true },
      });
      const closed = await this.repository.updateMotion(tx, motion.id, { status: MotionStatus.Closed, closedAt: new Date(), carried, decision });
      await this.audit(tx, actor, motion, 'close', { ...tally, ballotsCast: await this.repository.ballotsCast(motion.id, tx), carried });
      if (motion.ballot === BallotKind.Secret) await this.repository.resealVoters(tx, motion.id);
      return changed(closed, 'motion.closed');
    });
    if (view.ballot === BallotKind.Secret) {
      await this.repository.vacuumBallots().catch((error: Error) => this.logger.warn(`Vacuum after the secret ballot ${view.id} failed: ${error.message}`));
    }
    return view;
  }

  /**
   * Casts one ballot: for the caller as a voting member present, or as the proxy of an absent
   * one (`onBehalfOf`). Once per member; the motion's row is locked so the count and the close
   * never cross.
   */
  async vote(motionId: string, participant: LiveParticipant, input: BallotDto): Promise<BallotResult> {
    if (!participant.personId) throw new NotSignedInToVote();
    const voterId = participant.personId;
    const found = await this.repository.findMotion(motionId);
    if (!found) throw new MotionNotFound();
    await this.audience.assertCanFollow(participant, found.sessionId);
    if (found.status === MotionStatus.Draft) throw new MotionNotFound();
    await this.limits.take(participant.key, BALLOT_LIMIT.bucket, BALLOT_LIMIT.perMinute);
    const memberId = input.onBehalfOf ?? voterId;
    const result = await this.inTransaction(async (tx, changed) => {
      const motion = await this.repository.lockMotion(tx, motionId);
      if (!motion) throw new MotionNotFound();
      if (motion.status !== MotionStatus.Open) throw new MotionWrongStatus('This vote is not open');
      const event = await this.events.get(motion.eventId);
      const body = await this.repository.bodyFor(event, tx);
      const members = body ? await this.lists.members(body.id, event.id, tx) : [];
      const member = members.find((row) => row.personId === memberId);
      assertMayCast(member, voterId, memberId);
      if (!(await this.lists.isPresent(event.id, voterId, tx))) throw new NotPresent();
      if (memberId !== voterId && (member as VotingMemberView).present) throw new MemberPresent((member as VotingMemberView).name);
      const cast = await this.repository.castBallot(tx, motion.id, memberId, voterId, input.choice, motion.ballot === BallotKind.Named);
      if (!cast) throw new AlreadyVoted(memberId === voterId ? null : (member as VotingMemberView).name);
      const updated = (await this.repository.findMotion(motion.id, tx)) as Motion;
      return { motion: await changed(updated, 'motion.ballot'), memberPersonId: memberId };
    });
    return result;
  }

  async list(sessionId: string, participant: LiveParticipant): Promise<MotionList> {
    const access = await this.audience.assertCanFollow(participant, sessionId);
    const lastSeq = (await this.log.lastSeqs(sessionId))[VOTES_STREAM] ?? 0;
    const motions = await this.repository.motionsOf(sessionId, false);
    const views = await Promise.all(motions.map(async (motion) => motionView(motion, await this.repository.ballotsCast(motion.id))));
    let mine: MotionList['mine'] = null;
    if (participant.personId) {
      mine = { rights: await this.rights(access.event, participant.personId), cast: await this.repository.castBy(motions.map((motion) => motion.id), participant.personId) };
    }
    return { lastSeq, motions: views, mine };
  }

  async console(sessionId: string, actor: LiveParticipant): Promise<MotionConsole> {
    const access = await this.audience.assertModerator(actor, sessionId);
    const lastSeq = (await this.log.lastSeqs(sessionId))[VOTES_STREAM] ?? 0;
    const motions = await this.repository.motionsOf(sessionId, true);
    return {
      lastSeq,
      quorum: await this.lists.quorum(access.event),
      motions: await Promise.all(motions.map(async (motion) => motionView(motion, await this.repository.ballotsCast(motion.id)))),
    };
  }

  async changesSince(sessionId: string, participant: LiveParticipant, since: number): Promise<MotionChanges> {
    await this.audience.assertCanFollow(participant, sessionId);
    const changes = await this.log.since(sessionId, VOTES_STREAM, since, CATCH_UP_LIMIT);
    const lastSeq = (await this.log.lastSeqs(sessionId))[VOTES_STREAM] ?? 0;
    return { lastSeq, changes: changes.map((change) => ({ seq: change.seq, type: change.type, at: change.at, motion: change.data.motion as MotionView })), more: changes.length === CATCH_UP_LIMIT };
  }

  async auditTrail(sessionId: string, actor: LiveParticipant): Promise<MotionAction[]> {
    await this.audience.assertModerator(actor, sessionId);
    return this.repository.auditTrail(sessionId, 200);
  }

  /** The decisions of closed votes in these sessions, in the order closed: for the minutes. */
  async decisionsOf(sessionIds: string[]): Promise<DecisionRecord[]> {
    return (await this.repository.closedIn(sessionIds)).map((motion) => ({ sessionId: motion.sessionId, text: motion.decision ?? '' }));
  }

  private async rights(event: { id: string; series: string | null }, personId: string): Promise<BallotRight[]> {
    const body = await this.repository.bodyFor(event);
    if (!body) return [];
    const members = await this.lists.members(body.id, event.id);
    const rights: BallotRight[] = [];
    for (const member of members) {
      if (!member.voting) continue;
      if (member.personId === personId) rights.push({ memberPersonId: member.personId, name: member.name, asProxy: false });
      else if (member.proxyPersonId === personId && !member.present) rights.push({ memberPersonId: member.personId, name: member.name, asProxy: true });
    }
    return rights;
  }

  private async asModerator<T>(motionId: string, actor: LiveParticipant, work: (tx: EntityManager, motion: Motion, changed: (motion: Motion, type: string) => Promise<MotionView>) => Promise<T>): Promise<T> {
    const found = await this.repository.findMotion(motionId);
    if (!found) throw new MotionNotFound();
    await this.audience.assertModerator(actor, found.sessionId);
    return this.inTransaction(async (tx, changed) => {
      const motion = await this.repository.lockMotion(tx, motionId);
      if (!motion) throw new MotionNotFound();
      return work(tx, motion, changed);
    });
  }

  /** One transaction; each change logged on the session's votes stream there, broadcast after commit. */
  private async inTransaction<T>(work: (tx: EntityManager, changed: (motion: Motion, type: string) => Promise<MotionView>) => Promise<T>): Promise<T> {
    const changes: LiveChange[] = [];
    const result = await this.dataSource.transaction((tx) =>
      work(tx, async (motion, type) => {
        const view = motionView(motion, await this.repository.ballotsCast(motion.id, tx));
        changes.push(await this.log.append(tx, motion.sessionId, VOTES_STREAM, type, { motion: view }));
        return view;
      }),
    );
    this.broadcaster.publish(changes);
    return result;
  }

  private audit(tx: EntityManager, actor: LiveParticipant, motion: Motion, action: string, detail: Record<string, unknown>) {
    return this.repository.audit(tx, { sessionId: motion.sessionId, motionId: motion.id, actorPersonId: actor.personId, action, detail });
  }
}

function assertMayCast(member: VotingMemberView | undefined, voterId: string, memberId: string): void {
  if (!member || !member.voting) {
    throw new NotEligibleToVote(memberId === voterId ? 'Only voting members of this body vote on its motions' : 'That person is not a voting member of this body');
  }
  if (memberId !== voterId && member.proxyPersonId !== voterId) throw new NotEligibleToVote(`You do not hold ${member.name}'s proxy for this meeting`);
}
