import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export enum EventKind {
  NetworkForum = 'network_forum',
  PolicyRoundtable = 'policy_roundtable',
  Conference = 'conference',
  Plenary = 'plenary',
  CommitteeMeeting = 'committee_meeting',
  CitizensCommission = 'citizens_commission',
  Workshop = 'workshop',
  Other = 'other',
}

export enum EventStatus {
  Draft = 'draft',
  Published = 'published',
  Cancelled = 'cancelled',
}

/** Who may see an event's details and register: anyone, people of member organisations, or invitees. */
export enum EventVisibility {
  Public = 'public',
  Members = 'members',
  Invitation = 'invitation',
}

@Entity('events')
export class NetworkEvent {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('events_slug_key', { unique: true })
  @Column({ type: 'text' })
  slug: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'enum', enum: EventKind, enumName: 'event_kind' })
  kind: EventKind;

  @Column({ type: 'text', nullable: true })
  theme: string | null;

  /** Meetings of one body share a series (e.g. 'executive-oversight-committee'): minutes carry open actions to the next. */
  @Column({ type: 'text', nullable: true })
  series: string | null;

  /** Markdown, as the organiser wrote it; rendered safely by whoever shows it. */
  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ name: 'host_organisation_id', type: 'uuid', nullable: true })
  hostOrganisationId: string | null;

  @Column({ name: 'venue_name', type: 'text', nullable: true })
  venueName: string | null;

  @Column({ name: 'venue_address', type: 'text', nullable: true })
  venueAddress: string | null;

  /** IANA zone the event's wall-clock times are in. */
  @Column({ name: 'time_zone', type: 'text', default: 'Europe/London' })
  timeZone: string;

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt: Date;

  @Column({ name: 'ends_at', type: 'timestamptz' })
  endsAt: Date;

  @Column({ type: 'enum', enum: EventStatus, enumName: 'event_status', default: EventStatus.Draft })
  status: EventStatus;

  @Column({ type: 'enum', enum: EventVisibility, enumName: 'event_visibility', default: EventVisibility.Public })
  visibility: EventVisibility;

  /** Places in all; null for no limit. */
  @Column({ type: 'int', nullable: true })
  capacity: number | null;

  /** Places kept out of the public count (host council, speakers). */
  @Column({ name: 'reserved_places', type: 'int', default: 0 })
  reservedPlaces: number;

  @Column({ name: 'per_organisation_limit', type: 'int', nullable: true })
  perOrganisationLimit: number | null;

  @Column({ name: 'requires_approval', type: 'boolean', default: false })
  requiresApproval: boolean;

  @Column({ name: 'registration_opens_at', type: 'timestamptz', nullable: true })
  registrationOpensAt: Date | null;

  @Column({ name: 'registration_closes_at', type: 'timestamptz', nullable: true })
  registrationClosesAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
