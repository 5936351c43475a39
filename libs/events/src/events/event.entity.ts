import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Organisation } from '@convene/identity';

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

/** What happens when a place frees: the first in line takes it at once, or is offered it for a while. */
export enum WaitingListMode {
  Promote = 'promote',
  Offer = 'offer',
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

  // Organisations are never deleted while an event names them as host.
  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'host_organisation_id' })
  hostOrganisation?: Organisation;

  @Column({ name: 'venue_name', type: 'text', nullable: true })
  venueName: string | null;

  @Column({ name: 'venue_address', type: 'text', nullable: true })
  venueAddress: string | null;

  // The Welsh version of what organisers write, where they give one: readers in Welsh see it,
  // readers in English see the English (and a Welsh reader sees English, marked, where none).
  @Column({ name: 'title_cy', type: 'text', nullable: true })
  titleCy: string | null;

  @Column({ name: 'description_cy', type: 'text', nullable: true })
  descriptionCy: string | null;

  @Column({ name: 'venue_name_cy', type: 'text', nullable: true })
  venueNameCy: string | null;

  @Column({ name: 'venue_address_cy', type: 'text', nullable: true })
  venueAddressCy: string | null;

  /** Hosted in Wales and held in both languages: pages and mails present both, Welsh first. */
  @Column({ type: 'boolean', default: false })
  bilingual: boolean;

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

  @Column({ type: 'enum', enum: WaitingListMode, enumName: 'waiting_list_mode', name: 'waiting_list_mode', default: WaitingListMode.Promote })
  waitingListMode: WaitingListMode;

  /** In offer mode, how long the first in line has to accept a freed place. */
  @Column({ name: 'offer_hours', type: 'int', default: 48 })
  offerHours: number;

  /**
   * For high-demand events: a public registration holds nothing until its address is confirmed
   * from the mail, so invented addresses cannot fill the places or push anyone to the waiting list.
   */
  @Column({ name: 'confirm_address_first', type: 'boolean', default: false })
  confirmAddressFirst: boolean;

  /** With confirmAddressFirst: hours to confirm before the registration counts for nothing. */
  @Column({ name: 'confirmation_hours', type: 'int', default: 24 })
  confirmationHours: number;

  @Column({ name: 'registration_opens_at', type: 'timestamptz', nullable: true })
  registrationOpensAt: Date | null;

  @Column({ name: 'registration_closes_at', type: 'timestamptz', nullable: true })
  registrationClosesAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
