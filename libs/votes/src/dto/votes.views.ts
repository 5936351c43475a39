import { ApiProperty } from '@nestjs/swagger';
import { BallotKind, MajorityRule, MotionStatus } from '../motion.entity';

// What the voting routes answer, for the OpenAPI document; the shapes are motion-view.ts's and the services'.

export class QuorumDoc {
  @ApiProperty({ description: 'False when no voting list applies to the event' }) hasList: boolean;
  @ApiProperty({ type: String, enum: ['series', 'event', null], nullable: true }) scope: 'series' | 'event' | null;
  @ApiProperty({ description: 'Voting members' }) members: number;
  @ApiProperty({ description: 'Voting members checked in' }) present: number;
  @ApiProperty() quorum: number;
  @ApiProperty() quorate: boolean;
}

export class VotingMemberDoc {
  @ApiProperty({ format: 'uuid' }) personId: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: String, nullable: true }) organisation: string | null;
  @ApiProperty() voting: boolean;
  @ApiProperty({ description: 'Checked in at this meeting' }) present: boolean;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) proxyPersonId: string | null;
  @ApiProperty({ type: String, nullable: true }) proxyName: string | null;
  @ApiProperty() proxyPresent: boolean;
}

export class VotingListDoc {
  @ApiProperty({ type: String, enum: ['series', 'event', null], nullable: true }) scope: 'series' | 'event' | null;
  @ApiProperty({ type: String, nullable: true }) series: string | null;
  @ApiProperty({ type: QuorumDoc }) quorum: QuorumDoc;
  @ApiProperty({ type: [VotingMemberDoc] }) members: VotingMemberDoc[];
}

export class MotionResultDoc {
  @ApiProperty() for: number;
  @ApiProperty() against: number;
  @ApiProperty() abstentions: number;
  @ApiProperty() carried: boolean;
  @ApiProperty({ example: 'RESOLVED: that the network adopts the 2027 work programme. For 9, Against 2, Abstentions 1. ...' }) decision: string;
}

export class MotionDoc {
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
  @ApiProperty({ type: MotionResultDoc, nullable: true, description: 'Once closed' }) result: MotionResultDoc | null;
  @ApiProperty({ type: Date, nullable: true }) openedAt: Date | null;
  @ApiProperty({ type: Date, nullable: true }) closedAt: Date | null;
}

export class BallotRightDoc {
  @ApiProperty({ format: 'uuid' }) memberPersonId: string;
  @ApiProperty() name: string;
  @ApiProperty({ description: 'As the proxy of an absent member' }) asProxy: boolean;
}

export class CastDoc {
  @ApiProperty({ format: 'uuid' }) motionId: string;
  @ApiProperty({ format: 'uuid' }) memberPersonId: string;
}

export class MyBallotsDoc {
  @ApiProperty({ type: [BallotRightDoc] }) rights: BallotRightDoc[];
  @ApiProperty({ type: [CastDoc] }) cast: CastDoc[];
}

export class MotionListDoc {
  @ApiProperty() lastSeq: number;
  @ApiProperty({ type: [MotionDoc] }) motions: MotionDoc[];
  @ApiProperty({ type: MyBallotsDoc, nullable: true, description: 'Signed-in callers: whom they may vote for' }) mine: MyBallotsDoc | null;
}

export class MotionConsoleDoc {
  @ApiProperty() lastSeq: number;
  @ApiProperty({ type: QuorumDoc }) quorum: QuorumDoc;
  @ApiProperty({ type: [MotionDoc], description: 'Drafts included' }) motions: MotionDoc[];
}

export class MotionChangeDoc {
  @ApiProperty() seq: number;
  @ApiProperty({ example: 'motion.opened', description: 'motion.opened, motion.ballot, motion.closed' }) type: string;
  @ApiProperty() at: Date;
  @ApiProperty({ type: MotionDoc }) motion: MotionDoc;
}

export class MotionChangesDoc {
  @ApiProperty() lastSeq: number;
  @ApiProperty({ type: [MotionChangeDoc] }) changes: MotionChangeDoc[];
  @ApiProperty() more: boolean;
}

export class BallotResultDoc {
  @ApiProperty({ type: MotionDoc }) motion: MotionDoc;
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
