import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Registration } from './registration.entity';

export enum WorkshopChoiceStatus {
  /** Chosen, but the registration holds no place yet (waiting list, approval). */
  Requested = 'requested',
  Confirmed = 'confirmed',
  Waitlisted = 'waitlisted',
  Cancelled = 'cancelled',
}

/** A workshop a registrant chose, and whether they have a seat in it. */
@Entity('workshop_choices')
@Index('workshop_choices_session_status', ['sessionId', 'status', 'queueSeq'])
export class WorkshopChoice {
  @PrimaryColumn({ name: 'registration_id', type: 'uuid' })
  registrationId: string;

  @PrimaryColumn({ name: 'session_id', type: 'uuid' })
  sessionId: string;

  @Column({ type: 'enum', enum: WorkshopChoiceStatus, enumName: 'workshop_choice_status' })
  status: WorkshopChoiceStatus;

  @Column({ name: 'queue_seq', type: 'bigint', default: () => "nextval('registration_queue_seq')" })
  queueSeq: string;

  // A choice means nothing without its registration. It outlives a removed workshop on purpose:
  // the calendar sync reads who held a seat there to send them the cancellation.
  @ManyToOne(() => Registration, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'registration_id' })
  registration?: Registration;
}
