import { ApiProperty } from '@nestjs/swagger';
import { EventStatus } from '@convene/events';
import { RegistrationStatus } from '../registrations/registration.entity';

// What GET /me/registrations answers: classes so the OpenAPI document shows them.

/** The event of a registration, as the delegate's list names it: what, when, where. */
export class RegisteredEventView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ description: 'Its page is /events/{slug}' }) slug: string;
  @ApiProperty() title: string;
  @ApiProperty({ type: String, nullable: true, description: 'The title in Welsh, where given' }) titleCy: string | null;
  @ApiProperty() startsAt: Date;
  @ApiProperty() endsAt: Date;
  @ApiProperty({ example: 'Europe/London' }) timeZone: string;
  @ApiProperty({ type: String, nullable: true }) venueName: string | null;
  @ApiProperty({ type: String, nullable: true, description: "The venue's name in Welsh, where given" }) venueNameCy: string | null;
  @ApiProperty({ description: 'Held in both languages: show both, Welsh first' }) bilingual: boolean;
  @ApiProperty({ enum: [EventStatus.Published, EventStatus.Cancelled], description: 'cancelled: the event will not take place' }) status: EventStatus;
}

/** One of the signed-in person's registrations. Its page is /registrations/{id}: signed in, they open it without the mailed link. */
export class MyRegistrationView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: RegistrationStatus }) status: RegistrationStatus;
  @ApiProperty({ type: Number, nullable: true, description: 'While on the waiting list: 1 is next in line' }) waitlistPosition: number | null;
  @ApiProperty({ type: Date, nullable: true, description: 'While a place is offered (status offered): when the offer passes to the next in line' })
  offerExpiresAt: Date | null;
  @ApiProperty({ type: Date, nullable: true, description: 'While the address is not yet confirmed (status unconfirmed): until when it can be' })
  confirmBy: Date | null;
  @ApiProperty({ type: Date, nullable: true }) checkedInAt: Date | null;
  @ApiProperty({ type: RegisteredEventView }) event: RegisteredEventView;
}

export class MyRegistrationsView {
  @ApiProperty({ type: [MyRegistrationView], description: 'Events not yet over, soonest first' }) upcoming: MyRegistrationView[];
  @ApiProperty({ type: [MyRegistrationView], description: 'Events that have ended, the latest first (at most 50)' }) past: MyRegistrationView[];
}
