import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * The private link in a circulation mail: whoever holds it may read that draft and suggest
 * corrections, without an account (most delegates registered without one). It opens only
 * the draft it was made for, and only while it is a draft: publication ends it.
 */
@Entity('minutes_reader_links')
@Index('minutes_reader_links_recipient', ['minutesId', 'email'], { unique: true })
export class MinutesReaderLink {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'minutes_id', type: 'uuid' })
  minutesId: string;

  /** sha256 of the secret in the mailed link. */
  @Index('minutes_reader_links_token', { unique: true })
  @Column({ name: 'token_hash', type: 'text' })
  tokenHash: string;

  /** Lower-cased; the address the link was mailed to. */
  @Column({ type: 'text' })
  email: string;

  /** The name corrections are shown under. */
  @Column({ type: 'text' })
  name: string;

  @Column({ name: 'person_id', type: 'uuid', nullable: true })
  personId: string | null;

  @Column({ name: 'registration_id', type: 'uuid', nullable: true })
  registrationId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
