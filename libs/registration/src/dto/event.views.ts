import { ApiProperty } from '@nestjs/swagger';
import { AgendaSessionView, EventKind, EventStatus, EventVisibility, WaitingListMode } from '@convene/events';
import { RegistrationStatus } from '../registrations/registration.entity';
import { RegistrationView } from './registration.dto';

// What the event and registration routes answer: classes so the OpenAPI document shows them.

export class HostOrganisationView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
}

export class EventSummaryView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() slug: string;
  @ApiProperty() title: string;
  @ApiProperty({ enum: EventKind }) kind: string;
  @ApiProperty({ type: String, nullable: true }) theme: string | null;
  @ApiProperty() startsAt: Date;
  @ApiProperty() endsAt: Date;
  @ApiProperty({ example: 'Europe/London' }) timeZone: string;
  @ApiProperty({ enum: EventStatus }) status: string;
  @ApiProperty({ enum: EventVisibility }) visibility: EventVisibility;
  @ApiProperty({ type: HostOrganisationView, nullable: true }) hostOrganisation: HostOrganisationView | null;
  @ApiProperty({ type: String, nullable: true }) venueName: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The title in Welsh, where given' }) titleCy: string | null;
  @ApiProperty({ type: String, nullable: true, description: "The venue's name in Welsh, where given" }) venueNameCy: string | null;
  @ApiProperty({ description: 'Held in both languages: show both, Welsh first' }) bilingual: boolean;
  @ApiProperty({ type: Number, nullable: true, description: 'Public places not yet taken; null: no limit' }) placesLeft: number | null;
}

export class EventView extends EventSummaryView {
  @ApiProperty({ type: String, nullable: true, description: 'Markdown as the organiser wrote it; render it safely' }) description: string | null;
  @ApiProperty({ type: String, nullable: true }) venueAddress: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The description in Welsh (Markdown), where given' }) descriptionCy: string | null;
  @ApiProperty({ type: String, nullable: true, description: "The venue's address in Welsh, where given" }) venueAddressCy: string | null;
  @ApiProperty({ type: Number, nullable: true }) capacity: number | null;
  @ApiProperty() reservedPlaces: number;
  @ApiProperty({ type: Number, nullable: true }) perOrganisationLimit: number | null;
  @ApiProperty() requiresApproval: boolean;
  @ApiProperty({ enum: WaitingListMode }) waitingListMode: WaitingListMode;
  @ApiProperty({ description: 'In offer mode, hours the first in line has to accept' }) offerHours: number;
  @ApiProperty({ description: 'A public registration holds a place only once its address is confirmed from the mail' }) confirmAddressFirst: boolean;
  @ApiProperty({ description: 'With confirmAddressFirst: hours to confirm before the registration counts for nothing' }) confirmationHours: number;
  @ApiProperty({ type: Date, nullable: true }) registrationOpensAt: Date | null;
  @ApiProperty({ type: Date, nullable: true }) registrationClosesAt: Date | null;
  @ApiProperty() registrationOpen: boolean;
  @ApiProperty({ description: 'The event is over: a past meeting, with its record (minutes, liveblogs) and nothing left to join' }) ended: boolean;
  @ApiProperty({ description: 'True when the viewer may know the event exists but not its details' }) restricted: boolean;
}

export class EventListView {
  @ApiProperty({ type: [EventSummaryView] }) items: EventSummaryView[];
}

/** `?when=past`: a page of events that have ended, newest first. */
export class PastEventListView extends EventListView {
  @ApiProperty({ description: 'Past events matching, over all pages' }) total: number;
  @ApiProperty() limit: number;
  @ApiProperty() offset: number;
  @ApiProperty({ type: [Number], description: 'Every year with past events, newest first (the year filter offers these)', example: [2026, 2017, 2016] })
  years: number[];
}

export class PublicAgendaSessionView extends AgendaSessionView {
  @ApiProperty({ type: Number, nullable: true, description: 'Seats left in a session with its own limit' }) placesLeft: number | null;
}

export class PublicAgendaDayView {
  @ApiProperty({ example: '2027-02-11' }) date: string;
  @ApiProperty({ type: [PublicAgendaSessionView] }) sessions: PublicAgendaSessionView[];
}

export class PublicAgendaView {
  @ApiProperty() timeZone: string;
  @ApiProperty({ oneOf: [{ type: 'integer' }, { type: 'string', enum: ['draft'] }], description: 'The draft (organisers) or the last publication; 0 before the first' })
  version: number | 'draft';
  @ApiProperty({ type: [PublicAgendaDayView] }) days: PublicAgendaDayView[];
}

export class AttendeeView {
  @ApiProperty() name: string;
  @ApiProperty({ type: String, nullable: true }) organisationName: string | null;
}

export class AttendeeListView {
  @ApiProperty({ type: [AttendeeView] }) items: AttendeeView[];
}

export class RegistrationListView {
  @ApiProperty({ type: [RegistrationView] }) items: RegistrationView[];
  @ApiProperty() total: number;
  @ApiProperty() limit: number;
  @ApiProperty() offset: number;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'integer' }, description: `Registrations by status (${Object.values(RegistrationStatus).join(', ')})` })
  counts: Record<string, number>;
}

export class InvitationSentView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() email: string;
  @ApiProperty() expiresAt: Date;
}

export class ApologiesView {
  @ApiProperty({ description: 'The same for every address: what happens next is in the mail to it' }) message: string;
}
