import { AgendaSession } from '@convene/events';
import { Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export enum PollKind {
  /** One option. */
  Single = 'single',
  /** Up to `maxChoices` options. */
  Multiple = 'multiple',
  /** A rating from 1 to 5. */
  Rating = 'rating',
  /** A short text, shown as a word cloud. */
  Text = 'text',
}

export enum PollStatus {
  /** Prepared by a moderator: nobody else sees it. */
  Draft = 'draft',
  /** Taking answers; answers may change until it closes. */
  Open = 'open',
  Closed = 'closed',
}

/** A question the chair puts to the room, in a session with live Q&A. */
@Entity('polls')
@Index('polls_session', ['sessionId', 'createdAt'])
export class Poll {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ForeignKey(() => AgendaSession, { onDelete: 'CASCADE' })
  @Column({ name: 'session_id', type: 'uuid' })
  sessionId: string;

  @Column({ type: 'text' })
  question: string;

  @Column({ type: 'enum', enum: PollKind, enumName: 'poll_kind' })
  kind: PollKind;

  /** The choices of a single or multiple choice poll, in order (empty for rating and text). */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  options: string[];

  /** Multiple choice: the most options one participant may pick. */
  @Column({ name: 'max_choices', type: 'int', nullable: true })
  maxChoices: number | null;

  @Column({ type: 'enum', enum: PollStatus, enumName: 'poll_status', default: PollStatus.Draft })
  status: PollStatus;

  /** Results reach the room (audience pages, projector, the live log) only while this is on. */
  @Column({ name: 'results_shown', type: 'boolean', default: false })
  resultsShown: boolean;

  /** Answers only from signed-in people (not anonymous identities). */
  @Column({ name: 'requires_sign_in', type: 'boolean', default: false })
  requiresSignIn: boolean;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @Column({ name: 'opened_at', type: 'timestamptz', nullable: true })
  openedAt: Date | null;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
