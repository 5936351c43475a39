import { AgendaSession, NetworkEvent } from '@convene/events';
import { Person } from '@convene/identity';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Someone following a session remotely: they get a mail with the liveblog (and Q&A) link when
 * it starts. A signed-in person follows at once; an address given without signing in follows
 * only once its owner confirms through the mailed link (double opt-in), so nobody can sign
 * another address up. Removing the session or the event removes its follows.
 */
@Entity('session_follows')
@Index('session_follows_person', ['sessionId', 'personId'], { unique: true, where: 'person_id IS NOT NULL' })
@Index('session_follows_email', ['sessionId', 'email'], { unique: true, where: 'email IS NOT NULL' })
@Index('session_follows_event', ['eventId'])
@Check('session_follows_one_follower', '(person_id IS NULL) <> (email IS NULL)')
export class SessionFollow {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'session_id', type: 'uuid' })
  sessionId: string;

  @ManyToOne(() => AgendaSession, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id' })
  session?: AgendaSession;

  @Column({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @ManyToOne(() => NetworkEvent, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event?: NetworkEvent;

  /** A signed-in follower: their current address is used when the reminder goes. */
  @Column({ name: 'person_id', type: 'uuid', nullable: true })
  personId: string | null;

  @ManyToOne(() => Person, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'person_id' })
  person?: Person | null;

  /** An address given without signing in, lower-cased. */
  @Column({ type: 'text', nullable: true })
  email: string | null;

  /** Null until an address's owner confirms; set at once for a signed-in person. */
  @Column({ name: 'confirmed_at', type: 'timestamptz', nullable: true })
  confirmedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
