import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * That an event changed in a way delegates' calendars must follow, and when its invites were
 * last brought up to date. The worker's start-up sweep queues a sync for every event whose
 * request is newer than its last sync, so a change whose job was lost is still sent.
 */
@Entity('calendar_sync_requests')
export class CalendarSyncRequest {
  @PrimaryColumn({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @Column({ name: 'requested_at', type: 'timestamptz' })
  requestedAt: Date;

  @Column({ name: 'synced_at', type: 'timestamptz', nullable: true })
  syncedAt: Date | null;
}
