import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Person } from '@convene/identity';
import { NetworkEvent } from '../events/event.entity';
import type { AgendaSessionView } from '../dto/agenda.views';

/**
 * One publication of an event's agenda: what delegates see until the next, and what changed
 * since the last. Organisers edit the draft freely; only a publication reaches delegates.
 */
@Entity('agenda_publications')
@Index('agenda_publications_event_version', ['eventId', 'version'], { unique: true })
export class AgendaPublication {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'event_id', type: 'uuid' })
  eventId: string;

  /** 1 for the first publication, then one more each time. */
  @Column({ type: 'int' })
  version: number;

  @Column({ type: 'jsonb' })
  sessions: AgendaSessionView[];

  /** Short lines in the organisers' words: "Moved ...", "Added ...", "Dropped ...". */
  @Column({ type: 'text', array: true })
  changes: string[];

  @Column({ name: 'published_by', type: 'uuid', nullable: true })
  publishedBy: string | null;

  @ManyToOne(() => NetworkEvent, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event?: NetworkEvent;

  @ManyToOne(() => Person, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'published_by' })
  publisher?: Person;

  @CreateDateColumn({ name: 'published_at', type: 'timestamptz' })
  publishedAt: Date;
}
