import type { Language } from '@convene/i18n';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { NetworkEvent } from '@convene/events';
import { Organisation, Person } from '@convene/identity';

export enum RegistrationStatus {
  Confirmed = 'confirmed',
  Waitlisted = 'waitlisted',
  /** Waiting for an organiser's approval. */
  Pending = 'pending',
  /** First in line in offer mode: a place is held for them until they accept, decline or the offer expires. */
  Offered = 'offered',
  Declined = 'declined',
  Cancelled = 'cancelled',
  /**
   * The event holds places only for confirmed addresses: this one was registered but not yet
   * confirmed from the mail. It takes no place and is in no line; it lapses (cancelled) at confirmBy.
   */
  Unconfirmed = 'unconfirmed',
}

export enum DelegateCategory {
  Delegate = 'delegate',
  Speaker = 'speaker',
  Officer = 'officer',
  Commissioner = 'commissioner',
  Press = 'press',
  Observer = 'observer',
}

/** One person's place (or place in line) at one event. One per email per event. */
@Entity('registrations')
@Index('registrations_event_email_key', ['eventId', 'email'], { unique: true })
@Index('registrations_event_status', ['eventId', 'status', 'queueSeq'])
// A person's registrations are found by their address (GET /me/registrations, the private calendar feed).
@Index('registrations_email', ['email'])
export class Registration {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @Column({ name: 'person_id', type: 'uuid', nullable: true })
  personId: string | null;

  /** Lower-cased; null only for a walk-in who gave none. */
  @Column({ type: 'text', nullable: true })
  email: string | null;

  @Column({ type: 'text' })
  name: string;

  @Column({ name: 'organisation_id', type: 'uuid', nullable: true })
  organisationId: string | null;

  @Column({ name: 'organisation_name', type: 'text', nullable: true })
  organisationName: string | null;

  /** What the per-organisation limit counts by: the organisation's id, or its name lower-cased. */
  @Column({ name: 'organisation_key', type: 'text', nullable: true })
  organisationKey: string | null;

  @Column({ name: 'job_title', type: 'text', nullable: true })
  jobTitle: string | null;

  @Column({ type: 'enum', enum: DelegateCategory, enumName: 'delegate_category', default: DelegateCategory.Delegate })
  category: DelegateCategory;

  /** Seen by organisers only; erased a while after the event. */
  @Column({ name: 'dietary_needs', type: 'text', nullable: true })
  dietaryNeeds: string | null;

  @Column({ name: 'access_needs', type: 'text', nullable: true })
  accessNeeds: string | null;

  @Column({ name: 'show_on_attendee_list', type: 'boolean', default: false })
  showOnAttendeeList: boolean;

  /** The language the delegate registered in: their mails and invites, updates and cancellations too, are in it. */
  @Column({ type: 'varchar', length: 2, default: 'en' })
  language: Language;

  @Column({ type: 'enum', enum: RegistrationStatus, enumName: 'registration_status' })
  status: RegistrationStatus;

  /** Arrival order, for the waiting list (from a sequence: never reused). */
  @Column({ name: 'queue_seq', type: 'bigint', default: () => "nextval('registration_queue_seq')" })
  queueSeq: string;

  /** Holds one of the event's reserved places (host council, speakers) rather than a public one. */
  @Column({ type: 'boolean', default: false })
  reserved: boolean;

  /** sha256 of the secret in the private link of the confirmation mail. */
  @Column({ name: 'manage_token_hash', type: 'text' })
  manageTokenHash: string;

  @Column({ name: 'checked_in_at', type: 'timestamptz', nullable: true })
  checkedInAt: Date | null;

  /** Added at the door by an organiser (confirmed and checked in at once). */
  @Column({ name: 'walk_in', type: 'boolean', default: false })
  walkIn: boolean;

  /** sha256 of the check-in code in the confirmation mail (the code is an HMAC of the id). */
  @Index('registrations_check_in_code', { unique: true })
  @Column({ name: 'check_in_code_hash', type: 'text', nullable: true })
  checkInCodeHash: string | null;

  /** Offer mode: when the offered place passes to the next in line. */
  @Column({ name: 'offer_expires_at', type: 'timestamptz', nullable: true })
  offerExpiresAt: Date | null;

  /** sha256 of the secret in the offer mail's link (it works like the private link). */
  @Column({ name: 'offer_token_hash', type: 'text', nullable: true })
  offerTokenHash: string | null;

  /** Unconfirmed: until when the address may be confirmed. */
  @Column({ name: 'confirm_by', type: 'timestamptz', nullable: true })
  confirmBy: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  // An event people registered for cannot be deleted (cancel it): the minutes need who came.
  @ManyToOne(() => NetworkEvent, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'event_id' })
  event?: NetworkEvent;

  @ManyToOne(() => Person, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'person_id' })
  person?: Person;

  @ManyToOne(() => Organisation, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Organisation;
}
