import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A delegate's private calendar feed: everything they are registered for, at a secret URL.
 * Only the secret's sha256 is stored; revoking sets revokedAt and the URL stops working.
 */
@Entity('calendar_feeds')
@Index('calendar_feeds_email', ['email'])
export class CalendarFeed {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Lower-cased, as registrations hold it: the feed lists that address's registrations. */
  @Column({ type: 'text' })
  email: string;

  @Index('calendar_feeds_token_hash_key', { unique: true })
  @Column({ name: 'token_hash', type: 'text' })
  tokenHash: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;
}
