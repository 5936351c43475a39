import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { NetworkEvent } from '../events/event.entity';

export enum SessionKind {
  Plenary = 'plenary',
  Panel = 'panel',
  Workshop = 'workshop',
  Roundtable = 'roundtable',
  Break = 'break',
  Other = 'other',
}

/** One item of an event's agenda. (Named so as not to be confused with sign-in sessions.) */
@Entity('agenda_sessions')
@Index('agenda_sessions_event', ['eventId', 'startsAt'])
export class AgendaSession {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'event_id', type: 'uuid' })
  eventId: string;

  // The agenda is part of its event (events are cancelled, not deleted; a deletion by hand takes the agenda).
  @ManyToOne(() => NetworkEvent, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event?: NetworkEvent;

  @Column({ type: 'text' })
  title: string;

  /** The Welsh versions, where given (null: none). */
  @Column({ name: 'title_cy', type: 'text', nullable: true })
  titleCy: string | null;

  @Column({ name: 'description_cy', type: 'text', nullable: true })
  descriptionCy: string | null;

  @Column({ name: 'room_cy', type: 'text', nullable: true })
  roomCy: string | null;

  @Column({ type: 'enum', enum: SessionKind, enumName: 'session_kind' })
  kind: SessionKind;

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt: Date;

  @Column({ name: 'ends_at', type: 'timestamptz' })
  endsAt: Date;

  @Column({ type: 'text', nullable: true })
  room: string | null;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  /** Its own limit (workshops); null: only the event's capacity applies. */
  @Column({ type: 'int', nullable: true })
  capacity: number | null;

  @Column({ name: 'live_qa', type: 'boolean', default: false })
  liveQa: boolean;

  @Column({ type: 'boolean', default: false })
  liveblog: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
