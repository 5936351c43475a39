import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { Language } from '@convene/i18n';
import { Organisation } from '../organisations/organisation.entity';

/** Network-wide roles. Roles on one event or session belong to those libs. */
export enum NetworkRole {
  Admin = 'admin',
  Organiser = 'organiser',
}

@Entity('people')
export class Person {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Stored lower-cased, so addresses compare case-insensitively. Null once erased. */
  @Index('people_email_key', { unique: true })
  @Column({ type: 'text', nullable: true })
  email: string | null;

  @Column({ type: 'text' })
  name: string;

  @Column({ name: 'job_title', type: 'text', nullable: true })
  jobTitle: string | null;

  @Column({ name: 'organisation_id', type: 'uuid', nullable: true })
  organisationId: string | null;

  @ManyToOne(() => Organisation, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Organisation | null;

  @Column({ type: 'text', nullable: true })
  phone: string | null;

  @Column({ type: 'text', nullable: true })
  pronouns: string | null;

  /** Defaults offered when the person registers for an event. */
  @Column({ name: 'accessibility_needs', type: 'text', nullable: true })
  accessibilityNeeds: string | null;

  @Column({ name: 'dietary_needs', type: 'text', nullable: true })
  dietaryNeeds: string | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  roles: NetworkRole[];

  /** The language the person chose (the header's switch): pages, mails and invites follow it. Null until chosen. */
  @Column({ type: 'varchar', length: 2, nullable: true })
  language: Language | null;

  @Column({ name: 'erased_at', type: 'timestamptz', nullable: true })
  erasedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}
