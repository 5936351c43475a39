import { Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { Poll } from './poll.entity';

/**
 * One participant's answer to one poll. The primary key makes it one per participant, so a
 * changed answer replaces the old one (an upsert) and the counts, always taken from this
 * table, count each participant once under any concurrency.
 */
@Entity('poll_answers')
@Index('poll_answers_id', ['id'], { unique: true })
export class PollAnswer {
  @ForeignKey(() => Poll, { onDelete: 'CASCADE' })
  @PrimaryColumn({ name: 'poll_id', type: 'uuid' })
  pollId: string;

  /** 'person:<id>' or 'anon:<id>'. */
  @PrimaryColumn({ name: 'participant_key', type: 'text' })
  participantKey: string;

  /** A handle for moderators (hiding a text answer) that says nothing about who answered. */
  @Column({ type: 'uuid', default: () => 'gen_random_uuid()' })
  id: string;

  @Column({ name: 'person_id', type: 'uuid', nullable: true })
  personId: string | null;

  /** Option indexes from 0 (a rating r is stored as r - 1); empty for text. */
  @Column({ type: 'int', array: true, default: () => "'{}'" })
  choices: number[];

  @Column({ type: 'text', nullable: true })
  text: string | null;

  /** A text answer kept out of the word cloud: by a moderator, or held by the word filter. */
  @Column({ type: 'boolean', default: false })
  hidden: boolean;

  @Column({ type: 'boolean', default: false })
  filtered: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
