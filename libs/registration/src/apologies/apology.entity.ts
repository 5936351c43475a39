import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { NetworkEvent } from '@convene/events';
import { Person } from '@convene/identity';

/** Someone who will not attend and says so: the minutes list them under Apologies. */
@Entity('apologies')
@Index('apologies_event_email_key', ['eventId', 'email'], { unique: true })
export class Apology {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @Column({ name: 'person_id', type: 'uuid', nullable: true })
  personId: string | null;

  /** Null once the person who sent them is erased (the apology stays, nameless, for the minutes). */
  @Column({ type: 'text', nullable: true })
  email: string | null;

  @Column({ type: 'text' })
  name: string;

  @Column({ name: 'organisation_name', type: 'text', nullable: true })
  organisationName: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  // Apologies are part of the record (the minutes list them).
  @ManyToOne(() => NetworkEvent, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'event_id' })
  event?: NetworkEvent;

  @ManyToOne(() => Person, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'person_id' })
  person?: Person;
}
