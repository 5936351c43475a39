import { CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Person } from '@convene/identity';
import { NetworkEvent } from './event.entity';

/** A person who organises one event (besides the network's organisers). */
@Entity('event_organisers')
export class EventOrganiser {
  @PrimaryColumn({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @PrimaryColumn({ name: 'person_id', type: 'uuid' })
  personId: string;

  // Part of the event: goes with it.
  @ManyToOne(() => NetworkEvent, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event?: NetworkEvent;

  @ManyToOne(() => Person, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id' })
  person?: Person;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
