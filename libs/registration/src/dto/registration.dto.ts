import { ApiProperty, ApiPropertyOptional, PartialType, PickType } from '@nestjs/swagger';
import { IsEmailAddress, IsPlainText, IsSingleLine, OptionalNotNull, Trim } from '@convene/core';
import { LANGUAGES, type Language } from '@convene/i18n';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsEnum, IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Max, MaxLength, Min } from 'class-validator';
import { DelegateCategory, RegistrationStatus } from '../registrations/registration.entity';
import { WorkshopChoiceStatus } from '../registrations/workshop-choice.entity';

const lowerCase = () => Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toLowerCase() : value));

/** Who someone is, as they give it when registering or sending apologies. */
class RegistrantDto {
  @ApiProperty({ minLength: 1, maxLength: 200, example: 'Jo Bloggs' })
  @Trim()
  @IsString()
  @Length(1, 200)
  @IsSingleLine()
  name: string;

  @ApiProperty({ format: 'email', maxLength: 254 })
  @lowerCase()
  @IsString()
  @MaxLength(254)
  @IsEmailAddress()
  email: string;

  @ApiPropertyOptional({ type: String, maxLength: 200, nullable: true, example: 'Oldham Council' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(200)
  @IsSingleLine()
  organisationName?: string | null;
}

export class CreateRegistrationDto extends RegistrantDto {
  @ApiPropertyOptional({ type: String, maxLength: 200, nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(200)
  @IsSingleLine()
  jobTitle?: string | null;

  @ApiPropertyOptional({ enum: DelegateCategory, default: DelegateCategory.Delegate })
  @OptionalNotNull()
  @IsEnum(DelegateCategory)
  category?: DelegateCategory;

  @ApiPropertyOptional({ type: String, maxLength: 1000, nullable: true, description: 'Empty or null: none' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  @IsPlainText()
  dietaryNeeds?: string | null;

  @ApiPropertyOptional({ type: String, maxLength: 1000, nullable: true, description: 'Empty or null: none' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  @IsPlainText()
  accessNeeds?: string | null;

  @ApiPropertyOptional({ default: false })
  @OptionalNotNull()
  @IsBoolean()
  showOnAttendeeList?: boolean;

  @ApiPropertyOptional({ enum: LANGUAGES, description: "The language of this registration's mails and invites; by default the page's (the browser's choice, else Accept-Language)" })
  @OptionalNotNull()
  @IsIn(LANGUAGES)
  language?: Language;

  @ApiPropertyOptional({ type: [String], format: 'uuid', maxItems: 20, description: 'The workshops wanted, all of them (at most one per time slot); [] for none' })
  @OptionalNotNull()
  @IsArray()
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true })
  workshopIds?: string[];

  @ApiPropertyOptional({ description: 'The token from an invitation mail (invitation-only events)', maxLength: 200 })
  @OptionalNotNull()
  @IsString()
  @MaxLength(200)
  invitationToken?: string;
}

export class CreateApologyDto extends RegistrantDto {}

/** What a delegate may change on their private page; a field left out stays as it is. */
export class UpdateRegistrationDto extends PartialType(PickType(CreateRegistrationDto, ['jobTitle', 'dietaryNeeds', 'accessNeeds', 'showOnAttendeeList', 'workshopIds']), {
  skipNullProperties: false,
}) {
  @ApiPropertyOptional({ description: 'Left out: as it is (registering has it off by default)' })
  declare showOnAttendeeList?: boolean;
}

export class CreateInvitationDto {
  @ApiProperty({ format: 'email' })
  @lowerCase()
  @IsString()
  @MaxLength(254)
  @IsEmailAddress()
  email: string;

  @ApiPropertyOptional({ maxLength: 200 })
  @OptionalNotNull()
  @Trim()
  @IsString()
  @Length(1, 200)
  @IsSingleLine()
  name?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 365, default: 30 })
  @OptionalNotNull()
  @IsInt()
  @Min(1)
  @Max(365)
  expiresInDays?: number;
}

export class WorkshopPlaceView {
  @ApiProperty({ format: 'uuid' }) sessionId: string;
  @ApiProperty() title: string;
  @ApiProperty({ enum: WorkshopChoiceStatus }) status: WorkshopChoiceStatus;
  @ApiProperty({ type: Number, nullable: true }) waitlistPosition: number | null;
}

export class RegistrationView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) eventId: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: String, nullable: true, description: 'Null only for a walk-in who gave none' }) email: string | null;
  @ApiProperty({ type: String, nullable: true }) organisationName: string | null;
  @ApiProperty({ type: String, nullable: true }) jobTitle: string | null;
  @ApiProperty({ enum: DelegateCategory }) category: DelegateCategory;
  @ApiProperty({ enum: RegistrationStatus }) status: RegistrationStatus;
  @ApiProperty({ type: Number, nullable: true, description: '1 is next in line' }) waitlistPosition: number | null;
  @ApiProperty() showOnAttendeeList: boolean;
  @ApiProperty({ type: String, nullable: true, description: 'Seen by the delegate (private link) and organisers only' }) dietaryNeeds: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Seen by the delegate (private link) and organisers only' }) accessNeeds: string | null;
  @ApiProperty({ enum: LANGUAGES, description: 'The language of its mails and invites' }) language: Language;
  @ApiProperty({ type: Date, nullable: true }) checkedInAt: Date | null;
  @ApiProperty({ description: 'Added at the door by an organiser' }) walkIn: boolean;
  @ApiProperty({ type: Date, nullable: true, description: 'While a place is offered (status offered): when the offer passes to the next in line' })
  offerExpiresAt: Date | null;
  @ApiProperty({ type: Date, nullable: true, description: 'While the address is not yet confirmed (status unconfirmed): until when the mailed link confirms it' })
  confirmBy: Date | null;
  @ApiProperty({ type: [WorkshopPlaceView] }) workshops: WorkshopPlaceView[];
  @ApiProperty() createdAt: Date;
}
