import { ApiProperty } from '@nestjs/swagger';
import { SessionKind } from '../agenda/agenda-session.entity';
import { SpeakerRole, SpeakerStatus } from '../agenda/session-speaker.entity';

// What the agenda and speaker routes answer: classes so the OpenAPI document shows them.

export class AgendaSpeakerView {
  @ApiProperty() name: string;
  @ApiProperty({ enum: SpeakerRole }) role: string;
  @ApiProperty({ type: String, nullable: true }) organisation: string | null;
  @ApiProperty({ type: String, nullable: true }) jobTitle: string | null;
}

export class AgendaSessionView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() title: string;
  @ApiProperty({ enum: SessionKind }) kind: SessionKind;
  @ApiProperty() startsAt: Date;
  @ApiProperty() endsAt: Date;
  @ApiProperty({ type: String, nullable: true }) room: string | null;
  @ApiProperty({ type: String, nullable: true }) description: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The title in Welsh, where given' }) titleCy: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The description in Welsh, where given' }) descriptionCy: string | null;
  @ApiProperty({ type: String, nullable: true, description: "The room's name in Welsh, where given" }) roomCy: string | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Its own limit (workshops); null: the event’s' }) capacity: number | null;
  @ApiProperty() liveQa: boolean;
  @ApiProperty() liveblog: boolean;
  @ApiProperty({ type: [AgendaSpeakerView], description: 'Confirmed speakers only' }) speakers: AgendaSpeakerView[];
}

export class AgendaDayView {
  @ApiProperty({ example: '2027-02-11', description: 'In the event’s time zone' }) date: string;
  @ApiProperty({ type: [AgendaSessionView] }) sessions: AgendaSessionView[];
}

export interface AgendaView {
  timeZone: string;
  days: AgendaDayView[];
}

/** A session as the organisers' routes answer it (the draft agenda's row). */
export class SessionView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) eventId: string;
  @ApiProperty() title: string;
  @ApiProperty({ enum: SessionKind }) kind: SessionKind;
  @ApiProperty() startsAt: Date;
  @ApiProperty() endsAt: Date;
  @ApiProperty({ type: String, nullable: true }) room: string | null;
  @ApiProperty({ type: String, nullable: true }) description: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The title in Welsh, where given' }) titleCy: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The description in Welsh, where given' }) descriptionCy: string | null;
  @ApiProperty({ type: String, nullable: true, description: "The room's name in Welsh, where given" }) roomCy: string | null;
  @ApiProperty({ type: Number, nullable: true }) capacity: number | null;
  @ApiProperty() liveQa: boolean;
  @ApiProperty() liveblog: boolean;
  @ApiProperty() createdAt: Date;
  @ApiProperty() updatedAt: Date;
}

export class SpeakerInvitationView {
  @ApiProperty() eventTitle: string;
  @ApiProperty({ type: String, nullable: true, description: 'The event’s title in Welsh, where given' }) eventTitleCy: string | null;
  @ApiProperty() eventSlug: string;
  @ApiProperty() sessionTitle: string;
  @ApiProperty({ type: String, nullable: true, description: 'The session’s title in Welsh, where given' }) sessionTitleCy: string | null;
  @ApiProperty({ description: 'The session’s day and time, in words, in the reader’s language' }) when: string;
  @ApiProperty({ description: 'When the session starts (a page that changes language writes its time from these)' }) startsAt: Date;
  @ApiProperty() endsAt: Date;
  @ApiProperty({ description: 'The event’s IANA time zone, which the times are told in', example: 'Europe/London' }) timeZone: string;
  @ApiProperty({ enum: SpeakerRole }) role: string;
  @ApiProperty() speakerName: string;
  @ApiProperty({ enum: SpeakerStatus }) status: SpeakerStatus;
}

export class SpeakerInvitedView {
  @ApiProperty({ enum: SpeakerStatus }) status: SpeakerStatus;
  @ApiProperty({ format: 'uuid', description: 'Who was invited (a new person when `person` was sent with an unknown address)' }) personId: string;
  @ApiProperty({ description: 'Whether the invitation was mailed (false: the person has no address on record)' }) mailed: boolean;
}

/** A person on a session's programme as its organisers see it: invited, confirmed or declined. */
export class SessionSpeakerView {
  @ApiProperty({ format: 'uuid' }) personId: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: String, nullable: true }) organisation: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The address, masked' }) emailHint: string | null;
  @ApiProperty({ enum: SpeakerRole }) role: SpeakerRole;
  @ApiProperty({ enum: SpeakerStatus }) status: SpeakerStatus;
  @ApiProperty({ description: 'When first invited' }) invitedAt: Date;
}

export class SessionSpeakerListView {
  @ApiProperty({ type: [SessionSpeakerView], description: 'By role, then name' }) items: SessionSpeakerView[];
}

export class AgendaChangesView {
  @ApiProperty() version: number;
  @ApiProperty() publishedAt: Date;
  @ApiProperty({ type: [String], description: 'What changed, in the organisers’ words' }) changes: string[];
}

export class AgendaChangesListView {
  @ApiProperty({ type: [AgendaChangesView], description: 'Newest first' }) items: AgendaChangesView[];
}

export class AgendaPublishedView {
  @ApiProperty({ required: false, description: 'Absent when nothing changed since the last publication' }) version?: number;
  @ApiProperty({ required: false }) publishedAt?: Date;
  @ApiProperty({ type: [String] }) changes: string[];
}

export class UnpublishedAgendaView {
  @ApiProperty({ description: 'The last publication (0: never published; publishing the event publishes the agenda)' }) version: number;
  @ApiProperty({ type: Date, nullable: true }) publishedAt: Date | null;
  @ApiProperty({ type: [String], description: 'What the draft changes since the last publication, as delegates will read it; empty when nothing waits' })
  changes: string[];
}
