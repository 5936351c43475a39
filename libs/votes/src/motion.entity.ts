import { Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { AgendaSession } from '@convene/events';

export enum MajorityRule {
  /** More for than against. */
  Simple = 'simple',
  /** At least two-thirds of those voting for or against. */
  TwoThirdsVoting = 'two_thirds_voting',
  /** At least two-thirds of all the body's voting members. */
  TwoThirdsMembers = 'two_thirds_members',
}

export enum BallotKind {
  /** Who voted how is recorded and announced. */
  Named = 'named',
  /** Who voted is recorded; how, only as counts. */
  Secret = 'secret',
}

export enum MotionStatus {
  Draft = 'draft',
  Open = 'open',
  Closed = 'closed',
}

export enum VoteChoice {
  For = 'for',
  Against = 'against',
  Abstain = 'abstain',
}

/** A motion put to the vote in a session (the agenda item it decides). */
@Entity('motions')
@Index('motions_session', ['sessionId', 'createdAt'])
export class Motion {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @ForeignKey(() => AgendaSession, { onDelete: 'CASCADE' })
  @Column({ name: 'session_id', type: 'uuid' })
  sessionId: string;

  /** What is resolved, as "that ..." completes it. */
  @Column({ type: 'text' })
  text: string;

  @Column({ type: 'enum', enum: MajorityRule, enumName: 'majority_rule' })
  majority: MajorityRule;

  @Column({ type: 'enum', enum: BallotKind, enumName: 'ballot_kind' })
  ballot: BallotKind;

  @Column({ type: 'enum', enum: MotionStatus, enumName: 'motion_status', default: MotionStatus.Draft })
  status: MotionStatus;

  /** The body's voting members, those present and the quorum, as they stood when the vote opened. */
  @Column({ name: 'members_count', type: 'int', nullable: true })
  membersCount: number | null;

  @Column({ name: 'present_count', type: 'int', nullable: true })
  presentCount: number | null;

  @Column({ type: 'int', nullable: true })
  quorum: number | null;

  /**
   * The counts: the only record of how a secret ballot went. Each ballot adds one here in the
   * transaction that records who voted, so nothing ties a voter to a choice.
   */
  @Column({ name: 'votes_for', type: 'int', default: 0 })
  votesFor: number;

  @Column({ name: 'votes_against', type: 'int', default: 0 })
  votesAgainst: number;

  @Column({ type: 'int', default: 0 })
  abstentions: number;

  @Column({ type: 'boolean', nullable: true })
  carried: boolean | null;

  /** The decision as the minutes print it, written at close. */
  @Column({ type: 'text', nullable: true })
  decision: string | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @Column({ name: 'opened_at', type: 'timestamptz', nullable: true })
  openedAt: Date | null;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/**
 * Who has voted on a motion: one row per voting member (cast by them or their proxy). No time,
 * no serial id; `choice` only on a named ballot, null on a secret one.
 */
@Entity('motion_voters')
export class MotionVoter {
  @ForeignKey(() => Motion, { onDelete: 'CASCADE' })
  @PrimaryColumn({ name: 'motion_id', type: 'uuid' })
  motionId: string;

  @PrimaryColumn({ name: 'member_person_id', type: 'uuid' })
  memberPersonId: string;

  @Column({ name: 'cast_by_person_id', type: 'uuid' })
  castByPersonId: string;

  @Column({ type: 'enum', enum: VoteChoice, enumName: 'vote_choice', nullable: true })
  choice: VoteChoice | null;
}

/** The votes' audit trail: motions made, opened (with the quorum) and closed (with the counts). Never per ballot. */
@Entity('motion_actions')
@Index('motion_actions_session', ['sessionId', 'at'])
export class MotionAction {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'session_id', type: 'uuid' })
  sessionId: string;

  @Column({ name: 'motion_id', type: 'uuid', nullable: true })
  motionId: string | null;

  @Column({ name: 'actor_person_id', type: 'uuid', nullable: true })
  actorPersonId: string | null;

  @Column({ type: 'text' })
  action: string;

  @Column({ type: 'jsonb', nullable: true })
  detail: Record<string, unknown> | null;

  @CreateDateColumn({ type: 'timestamptz' })
  at: Date;
}
