import type { Language } from '@convene/i18n';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export enum LiveblogEntryKind {
  Update = 'update',
  Quote = 'quote',
  KeyMoment = 'key_moment',
  Image = 'image',
}

/**
 * One entry of a session's liveblog. `publishedAt` null is a draft; `deletedAt` set is a soft
 * delete (the minutes read key moments from this table by SQL: keep these columns' names and meaning).
 */
@Entity('liveblog_entries')
@Index('liveblog_entries_session_published', ['sessionId', 'publishedAt'])
// A retried POST (same author, same Idempotency-Key) finds the first entry instead of making a second.
@Index('liveblog_entries_idempotency', ['sessionId', 'authorId', 'clientId'], { unique: true, where: 'client_id IS NOT NULL' })
// At most one pinned entry per session.
@Index('liveblog_entries_one_pinned', ['sessionId'], { unique: true, where: 'pinned AND deleted_at IS NULL' })
export class LiveblogEntry {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'session_id', type: 'uuid' })
  sessionId: string;

  @Column({ type: 'enum', enum: LiveblogEntryKind, enumName: 'liveblog_entry_kind' })
  kind: LiveblogEntryKind;

  /** The Markdown the editor wrote (a caption for images; may be empty for them). */
  @Column({ type: 'text', default: '' })
  body: string;

  /** `body` rendered and sanitised on the server; what readers get. */
  @Column({ name: 'body_html', type: 'text', default: '' })
  bodyHtml: string;

  /** A quote's speaker when picked from the session's confirmed speakers. */
  @Column({ name: 'quote_person_id', type: 'uuid', nullable: true })
  quotePersonId: string | null;

  /** The quoted person's name and organisation as shown (copied from the agenda, or typed). */
  @Column({ name: 'quote_name', type: 'text', nullable: true })
  quoteName: string | null;

  @Column({ name: 'quote_organisation', type: 'text', nullable: true })
  quoteOrganisation: string | null;

  /** The language it is written in: readers on a page in the other language get it marked with its lang. */
  @Column({ type: 'varchar', length: 2, default: 'en' })
  language: Language;

  @Column({ name: 'image_url', type: 'text', nullable: true })
  imageUrl: string | null;

  @Column({ name: 'image_alt', type: 'text', nullable: true })
  imageAlt: string | null;

  @Column({ type: 'boolean', default: false })
  pinned: boolean;

  /** The editor who wrote it (null only for entries made outside the API, e.g. imported). */
  @Column({ name: 'author_id', type: 'uuid', nullable: true })
  authorId: string | null;

  /** The editor's Idempotency-Key (or clientId) for this entry. */
  @Column({ name: 'client_id', type: 'text', nullable: true })
  clientId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  /** Set when a published entry is changed: readers see "edited". */
  @Column({ name: 'edited_at', type: 'timestamptz', nullable: true })
  editedAt: Date | null;

  @Column({ name: 'deleted_at', type: 'timestamptz', nullable: true })
  deletedAt: Date | null;
}
