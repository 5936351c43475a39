import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Person } from '../people/person.entity';

/**
 * One sign-in request: a link token and a 6-digit code, both stored only as keyed hashes.
 * Single use, short-lived, and dead after too many wrong codes.
 */
@Entity('sign_in_tokens')
@Index('sign_in_tokens_person', ['personId', 'createdAt'])
export class SignInToken {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'person_id', type: 'uuid' })
  personId: string;

  @ManyToOne(() => Person, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id' })
  person?: Person;

  @Index('sign_in_tokens_link_hash_key', { unique: true })
  @Column({ name: 'link_hash', type: 'text' })
  linkHash: string;

  @Column({ name: 'code_hash', type: 'text' })
  codeHash: string;

  /** Wrong codes tried against this token. */
  @Column({ type: 'int', default: 0 })
  attempts: number;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Column({ name: 'used_at', type: 'timestamptz', nullable: true })
  usedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
