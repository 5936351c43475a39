import { CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A person who organises one event (besides the network's organisers). */
@Entity('event_organisers')
export class EventOrganiser {
  @PrimaryColumn({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @PrimaryColumn({ name: 'person_id', type: 'uuid' })
  personId: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
