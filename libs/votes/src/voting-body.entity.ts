import { Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { NetworkEvent } from '@convene/events';
import { Person } from '@convene/identity';

/**
 * The voting members of a body: kept per series (a committee that meets quarterly keeps one
 * list) or, for an event without a series, per event. The quorum is the body's.
 */
@Entity('voting_bodies')
@Index('voting_bodies_series', ['series'], { unique: true, where: 'series IS NOT NULL' })
@Index('voting_bodies_event', ['eventId'], { unique: true, where: 'event_id IS NOT NULL' })
export class VotingBody {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text', nullable: true })
  series: string | null;

  @ForeignKey(() => NetworkEvent, { onDelete: 'CASCADE' })
  @Column({ name: 'event_id', type: 'uuid', nullable: true })
  eventId: string | null;

  /** Voting members present (checked in) for the meeting to be quorate. */
  @Column({ type: 'int', default: 1 })
  quorum: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** A member of a voting body; `voting` false for those who attend without a vote (officers, observers). */
@Entity('voting_members')
export class VotingMember {
  @ForeignKey(() => VotingBody, { onDelete: 'CASCADE' })
  @PrimaryColumn({ name: 'body_id', type: 'uuid' })
  bodyId: string;

  @ForeignKey(() => Person, { onDelete: 'CASCADE' })
  @PrimaryColumn({ name: 'person_id', type: 'uuid' })
  personId: string;

  @Column({ type: 'boolean', default: true })
  voting: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** A voting member's proxy for one meeting, named before it. */
@Entity('vote_proxies')
export class VoteProxy {
  @ForeignKey(() => NetworkEvent, { onDelete: 'CASCADE' })
  @PrimaryColumn({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @ForeignKey(() => Person, { onDelete: 'CASCADE' })
  @PrimaryColumn({ name: 'member_person_id', type: 'uuid' })
  memberPersonId: string;

  @ForeignKey(() => Person, { onDelete: 'CASCADE' })
  @Column({ name: 'proxy_person_id', type: 'uuid' })
  proxyPersonId: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
