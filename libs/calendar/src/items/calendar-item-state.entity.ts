import { Column, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** What an item last looked like in delegates' calendars: enough to cancel it once it is gone. */
export interface CalendarItemSnapshot {
  summary: string;
  start: string;
  end: string;
  timeZone: string;
  location: string | null;
  description: string | null;
  url: string | null;
}

/**
 * One calendar item (an event, or one of its sessions) as invites have shown it: its UID, the
 * SEQUENCE last sent, and a fingerprint of the time, place and status at that sequence, so a
 * later change is noticed once and raises the sequence once.
 */
@Entity('calendar_items')
@Index('calendar_items_event', ['eventId'])
export class CalendarItemState {
  @PrimaryColumn({ type: 'text' })
  uid: string;

  @Column({ name: 'event_id', type: 'uuid' })
  eventId: string;

  /** Null for the event itself. */
  @Column({ name: 'session_id', type: 'uuid', nullable: true })
  sessionId: string | null;

  @Column({ type: 'int', default: 0 })
  sequence: number;

  @Column({ type: 'text' })
  fingerprint: string;

  @Column({ type: 'jsonb' })
  snapshot: CalendarItemSnapshot;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
