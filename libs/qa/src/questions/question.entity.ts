import type { Language } from '@convene/i18n';
import { Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn, UpdateDateColumn, VirtualColumn } from 'typeorm';
import { AgendaSession } from '@convene/events';

export enum QuestionStatus {
  /** Waiting for a moderator (pre-moderation, or caught by the word filter). */
  Pending = 'pending',
  Approved = 'approved',
  /** Pinned as "now answering": one per session at most. */
  Answering = 'answering',
  Answered = 'answered',
  Hidden = 'hidden',
  /** A duplicate folded into another question (merged_into_id). */
  Merged = 'merged',
}

/** The statuses the audience sees. */
export const VISIBLE_STATUSES: readonly QuestionStatus[] = [QuestionStatus.Approved, QuestionStatus.Answering, QuestionStatus.Answered];

/** A question asked in a session's Q&A. The minutes read this table: keep its columns. */
@Entity('qa_questions')
@Index('qa_questions_session_status', ['sessionId', 'status'])
export class Question {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ForeignKey(() => AgendaSession, { onDelete: 'CASCADE' })
  @Column({ name: 'session_id', type: 'uuid' })
  sessionId: string;

  /** The text as shown, after any moderator edit. */
  @Column({ type: 'text' })
  body: string;

  /** The text as the asker wrote it (null on rows written by other means: the same as body). */
  @Column({ name: 'original_body', type: 'text', nullable: true })
  originalBody: string | null;

  /** The language the question is written in (the asker's, unless they chose the other). */
  @Column({ type: 'varchar', length: 2, default: 'en' })
  language: Language;

  @Column({ name: 'asker_name', type: 'text', nullable: true })
  askerName: string | null;

  @Column({ name: 'asker_organisation', type: 'text', nullable: true })
  askerOrganisation: string | null;

  @Column({ type: 'boolean', default: false })
  anonymous: boolean;

  /** The participant who asked ('person:<id>' or 'anon:<id>'): for "mine" and rate limits. */
  @Column({ name: 'asker_key', type: 'text', default: '' })
  askerKey: string;

  @Column({ name: 'asker_person_id', type: 'uuid', nullable: true })
  askerPersonId: string | null;

  @Column({ type: 'enum', enum: QuestionStatus, enumName: 'qa_question_status' })
  status: QuestionStatus;

  /** Why it was hidden; shown to the asker only. */
  @Column({ name: 'hidden_reason', type: 'text', nullable: true })
  hiddenReason: string | null;

  /** Held back by the word filter. */
  @Column({ type: 'boolean', default: false })
  filtered: boolean;

  @Column({ name: 'merged_into_id', type: 'uuid', nullable: true })
  mergedIntoId: string | null;

  /**
   * The number of its qa_votes rows, counted when the question is read. Not stored: a stored
   * count is one row every vote on the question must update, so votes queued on it.
   */
  @VirtualColumn({ type: 'int', query: (alias) => `SELECT count(*)::int FROM qa_votes WHERE question_id = ${alias}.id` })
  voteCount: number;

  @Column({ name: 'answering_at', type: 'timestamptz', nullable: true })
  answeringAt: Date | null;

  @Column({ name: 'answered_at', type: 'timestamptz', nullable: true })
  answeredAt: Date | null;

  @Column({ name: 'edited_at', type: 'timestamptz', nullable: true })
  editedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
