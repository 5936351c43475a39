import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import type { ChangePayload } from '@convene/live';
import { BallotKind, MajorityRule, MotionStatus } from '../motion.entity';

// What the voting routes answer, each shape defined once: the services return these classes and the
// OpenAPI document shows them, under the names it always gave them (…Doc).

/** Whether the meeting can vote now: voting members present against the quorum. */
@ApiSchema({ name: 'QuorumDoc' })
export class QuorumView {
  @ApiProperty({ description: 'False when no voting list applies to the event' }) hasList: boolean;
  @ApiProperty({ type: String, enum: ['series', 'event', null], nullable: true }) scope: 'series' | 'event' | null;
  @ApiProperty({ description: 'Voting members' }) members: number;
  @ApiProperty({ description: 'Voting members checked in' }) present: number;
  @ApiProperty() quorum: number;
  @ApiProperty() quorate: boolean;
}

/** A member of the list with their presence at the meeting and their proxy for it. */
@ApiSchema({ name: 'VotingMemberDoc' })
export class VotingMemberView {
  @ApiProperty({ format: 'uuid' }) personId: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: String, nullable: true }) organisation: string | null;
  @ApiProperty() voting: boolean;
  @ApiProperty({ description: 'Checked in at this meeting' }) present: boolean;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) proxyPersonId: string | null;
  @ApiProperty({ type: String, nullable: true }) proxyName: string | null;
  @ApiProperty() proxyPresent: boolean;
}

@ApiSchema({ name: 'VotingListDoc' })
export class VotingListView {
  @ApiProperty({ type: String, enum: ['series', 'event', null], nullable: true }) scope: 'series' | 'event' | null;
  @ApiProperty({ type: String, nullable: true }) series: string | null;
  @ApiProperty({ type: QuorumView }) quorum: QuorumView;
  @ApiProperty({ type: [VotingMemberView] }) members: VotingMemberView[];
}

@ApiSchema({ name: 'MotionResultDoc' })
export class MotionResult {
  @ApiProperty() for: number;
  @ApiProperty() against: number;
  @ApiProperty() abstentions: number;
  @ApiProperty() carried: boolean;
  @ApiProperty({ example: 'RESOLVED: that the network adopts the 2027 work programme. For 9, Against 2, Abstentions 1. ...' }) decision: string;
}

/** A motion as the room may see it: the counts only once it has closed. */
@ApiSchema({ name: 'MotionDoc' })
export class MotionView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) sessionId: string;
  @ApiProperty() text: string;
  @ApiProperty({ enum: MajorityRule }) majority: MajorityRule;
  @ApiProperty({ enum: BallotKind }) ballot: BallotKind;
  @ApiProperty({ enum: MotionStatus }) status: MotionStatus;
  @ApiProperty({ description: 'Ballots cast so far (never how)' }) ballotsCast: number;
  @ApiProperty({ type: Number, nullable: true }) membersCount: number | null;
  @ApiProperty({ type: Number, nullable: true }) presentCount: number | null;
  @ApiProperty({ type: Number, nullable: true }) quorum: number | null;
  @ApiProperty({ type: MotionResult, nullable: true, description: 'Once closed' }) result: MotionResult | null;
  @ApiProperty({ type: Date, nullable: true }) openedAt: Date | null;
  @ApiProperty({ type: Date, nullable: true }) closedAt: Date | null;
}

/** A ballot the caller may cast: for themselves, or for an absent member whose proxy they hold. */
@ApiSchema({ name: 'BallotRightDoc' })
export class BallotRight {
  @ApiProperty({ format: 'uuid' }) memberPersonId: string;
  @ApiProperty() name: string;
  @ApiProperty({ description: 'As the proxy of an absent member' }) asProxy: boolean;
}

/** A motion the caller has voted on, and for whom. */
@ApiSchema({ name: 'CastDoc' })
export class BallotCast {
  @ApiProperty({ format: 'uuid' }) motionId: string;
  @ApiProperty({ format: 'uuid' }) memberPersonId: string;
}

@ApiSchema({ name: 'MyBallotsDoc' })
export class MyBallots {
  @ApiProperty({ type: [BallotRight] }) rights: BallotRight[];
  @ApiProperty({ type: [BallotCast] }) cast: BallotCast[];
}

@ApiSchema({ name: 'MotionListDoc' })
export class MotionList {
  @ApiProperty() lastSeq: number;
  @ApiProperty({ type: [MotionView] }) motions: MotionView[];
  @ApiProperty({ type: MyBallots, nullable: true, description: 'Signed-in callers: whom they may vote for' }) mine: MyBallots | null;
}

@ApiSchema({ name: 'MotionConsoleDoc' })
export class MotionConsole {
  @ApiProperty() lastSeq: number;
  @ApiProperty({ type: QuorumView }) quorum: QuorumView;
  @ApiProperty({ type: [MotionView], description: 'Drafts included' }) motions: MotionView[];
}

/** A change of the "votes" stream as `?since=N` replays it. */
@ApiSchema({ name: 'MotionChangeDoc' })
export class MotionChange {
  @ApiProperty() seq: number;
  @ApiProperty({ example: 'motion.opened', description: 'motion.opened, motion.ballot, motion.closed' }) type: string;
  @ApiProperty() at: Date;
  @ApiProperty({ type: MotionView }) motion: MotionView;
}

@ApiSchema({ name: 'MotionChangesDoc' })
export class MotionChanges {
  @ApiProperty() lastSeq: number;
  @ApiProperty({ type: [MotionChange] }) changes: MotionChange[];
  @ApiProperty() more: boolean;
}

@ApiSchema({ name: 'BallotResultDoc' })
export class BallotResult {
  @ApiProperty({ type: MotionView }) motion: MotionView;
  @ApiProperty({ format: 'uuid', description: 'The member the ballot counted for' }) memberPersonId: string;
}

export class MotionActionDoc {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) motionId: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) actorPersonId: string | null;
  @ApiProperty() action: string;
  @ApiProperty({ type: 'object', additionalProperties: true, nullable: true }) detail: Record<string, unknown> | null;
  @ApiProperty() at: Date;
}

export class MotionAuditDoc {
  @ApiProperty({ type: [MotionActionDoc] }) items: MotionActionDoc[];
}

/** What the votes' /live event carries, from these classes (one definition for REST and socket). */
declare module '@convene/live' {
  interface ApiLivePayloads {
    votes: ChangePayload<MotionChange>;
  }
}
