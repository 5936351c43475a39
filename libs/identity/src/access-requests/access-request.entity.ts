import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Organisation } from '../organisations/organisation.entity';

export enum AccessRequestStatus {
  Pending = 'pending',
  Approved = 'approved',
  Declined = 'declined',
}

/**
 * Someone from a member organisation without an account asks to be let in (from a members-only
 * event's page); an organiser approves (their account is made) or declines. Mailed either way.
 */
@Entity('access_requests')
// One open request per address: asking again while it waits changes nothing and mails nobody.
@Index('access_requests_one_pending_per_email', ['email'], { unique: true, where: `status = 'pending'` })
export class AccessRequest {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Lower-cased, as people's addresses are. */
  @Column({ type: 'text' })
  email: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ name: 'job_title', type: 'text', nullable: true })
  jobTitle: string | null;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Organisation;

  /** Why they ask, in their words (shown to organisers only). */
  @Column({ type: 'text', nullable: true })
  reason: string | null;

  /** The members-only event page they asked from: the approval mail leads back to it. */
  @Column({ name: 'event_path', type: 'text', nullable: true })
  eventPath: string | null;

  @Column({ type: 'text', default: 'en' })
  language: string;

  @Column({ type: 'enum', enum: AccessRequestStatus, enumName: 'access_request_status', default: AccessRequestStatus.Pending })
  status: AccessRequestStatus;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @Column({ name: 'decided_by', type: 'uuid', nullable: true })
  decidedBy: string | null;

  /** What the organiser told them when declining (mailed to them). */
  @Column({ name: 'decline_note', type: 'text', nullable: true })
  declineNote: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
