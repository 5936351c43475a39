import { ApiProperty } from '@nestjs/swagger';
import { IsPlainText, IsSingleLine, Trim } from '@convene/core';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsEnum, IsString, IsUUID, Length } from 'class-validator';
import { DelegateCategory, RegistrationStatus } from '../registrations/registration.entity';

export class StatusCountsView {
  @ApiProperty() confirmed: number;
  @ApiProperty() offered: number;
  @ApiProperty() waitlisted: number;
  @ApiProperty() pending: number;
  @ApiProperty() declined: number;
  @ApiProperty() cancelled: number;
  @ApiProperty({ description: 'Confirmed and checked in' }) checkedIn: number;
  @ApiProperty({ description: 'Apologies sent (those who came after all are Present, not counted here)' }) apologies: number;
}

export class GroupCountView {
  @ApiProperty({ description: 'Confirmed places' }) confirmed: number;
  @ApiProperty({ description: 'Waiting: waitlisted, offered or pending approval' }) waiting: number;
  @ApiProperty() checkedIn: number;
}

export class CategoryCountView extends GroupCountView {
  @ApiProperty({ enum: DelegateCategory }) category: DelegateCategory;
}

export class OrganisationCountView extends GroupCountView {
  @ApiProperty({ type: String, nullable: true, description: 'As registrants wrote it; null: none given' }) organisation: string | null;
}

export class NeedCountView {
  @ApiProperty({ description: 'The need as one registrant wrote it (the same words, any case, are counted together)' }) need: string;
  @ApiProperty({ description: 'Confirmed registrations stating it' }) count: number;
}

export class RegistrationSummaryView {
  @ApiProperty({ type: StatusCountsView }) byStatus: StatusCountsView;
  @ApiProperty({ type: [CategoryCountView] }) byCategory: CategoryCountView[];
  @ApiProperty({ type: [OrganisationCountView], description: 'Most confirmed first; at most 500' }) byOrganisation: OrganisationCountView[];
  @ApiProperty({ type: [NeedCountView], description: 'Dietary needs of confirmed registrations (organisers only)' }) dietaryNeeds: NeedCountView[];
  @ApiProperty({ type: [NeedCountView], description: 'Access needs of confirmed registrations (organisers only)' }) accessNeeds: NeedCountView[];
}

const MAILABLE = [RegistrationStatus.Confirmed, RegistrationStatus.Offered, RegistrationStatus.Waitlisted, RegistrationStatus.Pending];

export class RegistrantsMessageDto {
  @ApiProperty({ format: 'uuid', description: 'Chosen by the client once per message: sending it again mails nobody twice' })
  @IsUUID()
  messageId: string;

  @ApiProperty({ minLength: 1, maxLength: 200 })
  @Trim()
  @IsString()
  @Length(1, 200)
  @IsSingleLine()
  subject: string;

  @ApiProperty({ minLength: 1, maxLength: 10000, description: 'Plain text; blank lines separate paragraphs' })
  @IsString()
  @Length(1, 10000)
  @IsPlainText()
  body: string;

  @ApiProperty({ enum: MAILABLE, isArray: true, example: ['confirmed'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(4)
  @IsEnum(MAILABLE, { each: true, message: 'statuses may be confirmed, offered, waitlisted or pending' })
  statuses: RegistrationStatus[];
}

export class RegistrantsMessageResultView {
  @ApiProperty({ description: 'Registrants of the chosen statuses with an address' }) recipients: number;
  @ApiProperty({ description: 'Mails queued by this request (0 when the message was sent before)' }) queued: number;
}

export class ApologyView {
  @ApiProperty() name: string;
  @ApiProperty({ type: String, nullable: true }) organisationName: string | null;
  @ApiProperty() sentAt: Date;
  @ApiProperty({ description: 'Checked in after all: listed as Present in the minutes, not under Apologies' }) present: boolean;
}

export class ApologyListView {
  @ApiProperty({ type: [ApologyView] }) items: ApologyView[];
  @ApiProperty({ description: 'Apologies of those who did not come (Present wins)' }) total: number;
}
