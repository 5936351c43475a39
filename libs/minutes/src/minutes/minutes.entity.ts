import type { Language } from '@convene/i18n';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { MinutesContent } from './minutes-content';

export enum MinutesStatus {
  Draft = 'draft',
  Approved = 'approved',
  Published = 'published',
}

/** The record of a meeting (an event, or one session of it): drafted, approved, published. */
@Entity('minutes')
@Index('minutes_event', ['eventId'])
export class Minutes {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'event_id', type: 'uuid' })
  eventId: string;

  /** Null: minutes of the whole event. */
  @Column({ name: 'session_id', type: 'uuid', nullable: true })
  sessionId: string | null;

  @Column({ type: 'enum', enum: MinutesStatus, enumName: 'minutes_status', default: MinutesStatus.Draft })
  status: MinutesStatus;

  /** Raised by every save; a save must name the version it edited. */
  @Column({ type: 'int', default: 1 })
  version: number;

  @Column({ type: 'jsonb' })
  content: MinutesContent;

  /** The language they are written in: their exports are headed in it (in both, Welsh first, for a bilingual event). */
  @Column({ type: 'varchar', length: 2, default: 'en' })
  language: Language;

  /** The minute-taker. */
  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  @Column({ name: 'circulated_at', type: 'timestamptz', nullable: true })
  circulatedAt: Date | null;

  @Column({ name: 'approved_by', type: 'uuid', nullable: true })
  approvedBy: string | null;

  @Column({ name: 'approved_at', type: 'timestamptz', nullable: true })
  approvedAt: Date | null;

  @Column({ name: 'published_by', type: 'uuid', nullable: true })
  publishedBy: string | null;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** Each saved version of the minutes, kept: for diffs and restoring. */
@Entity('minutes_revisions')
@Index('minutes_revisions_version_key', ['minutesId', 'version'], { unique: true })
export class MinutesRevision {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'minutes_id', type: 'uuid' })
  minutesId: string;

  @Column({ type: 'int' })
  version: number;

  @Column({ type: 'jsonb' })
  content: MinutesContent;

  @Column({ name: 'saved_by', type: 'uuid', nullable: true })
  savedBy: string | null;

  /** What made it: 'drafted', 'saved', 'autosaved', 'restored 3', 'correction accepted'. */
  @Column({ type: 'text' })
  reason: string;

  @CreateDateColumn({ name: 'saved_at', type: 'timestamptz' })
  savedAt: Date;
}
