import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { IsPlainText, IsSingleLine, OptionalNotNull, Trim } from '@convene/core';
import { Type } from 'class-transformer';
import { IsBoolean, IsDate, IsEnum, IsInt, IsOptional, IsString, IsUUID, Length, Matches, Max, MaxLength, Min } from 'class-validator';
import { EventKind, EventVisibility, WaitingListMode } from '../events/event.entity';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Fields an event may leave out, alike on create and update. */
class EventOptionalFieldsDto {
  @ApiPropertyOptional({ maxLength: 80, pattern: SLUG.source, description: 'Made from the title when left out' })
  @OptionalNotNull()
  @IsString()
  @MaxLength(80)
  @Matches(SLUG, { message: 'slug may hold lower-case letters, digits and single hyphens' })
  slug?: string;

  @ApiPropertyOptional({ type: String, maxLength: 200, nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(200)
  @IsSingleLine()
  theme?: string | null;

  @ApiPropertyOptional({ type: String, maxLength: 80, nullable: true, pattern: SLUG.source, example: 'executive-oversight-committee', description: 'Meetings of one body; minutes carry open actions to the next meeting of the series' })
  @IsOptional()
  @IsString()
  @MaxLength(80)
  @Matches(SLUG, { message: 'series may hold lower-case letters, digits and single hyphens' })
  series?: string | null;

  @ApiPropertyOptional({ type: String, maxLength: 20000, nullable: true, description: 'Markdown' })
  @IsOptional()
  @IsString()
  @MaxLength(20000)
  @IsPlainText()
  description?: string | null;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  @IsOptional()
  @IsUUID()
  hostOrganisationId?: string | null;

  @ApiPropertyOptional({ type: String, maxLength: 200, nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(200)
  @IsSingleLine()
  venueName?: string | null;

  @ApiPropertyOptional({ type: String, maxLength: 500, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  @IsPlainText()
  venueAddress?: string | null;

  @ApiPropertyOptional({ type: String, minLength: 1, maxLength: 200, nullable: true, description: 'The title in Welsh' })
  @IsOptional()
  @Trim()
  @IsString()
  @Length(1, 200)
  @IsSingleLine()
  titleCy?: string | null;

  @ApiPropertyOptional({ type: String, maxLength: 20000, nullable: true, description: 'The description in Welsh (Markdown)' })
  @IsOptional()
  @IsString()
  @MaxLength(20000)
  @IsPlainText()
  descriptionCy?: string | null;

  @ApiPropertyOptional({ type: String, maxLength: 200, nullable: true, description: "The venue's name in Welsh" })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(200)
  @IsSingleLine()
  venueNameCy?: string | null;

  @ApiPropertyOptional({ type: String, maxLength: 500, nullable: true, description: "The venue's address in Welsh" })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  @IsPlainText()
  venueAddressCy?: string | null;

  @ApiPropertyOptional({ default: false, description: 'Held in both languages (hosted in Wales): pages and mails present both, Welsh first' })
  @OptionalNotNull()
  @IsBoolean()
  bilingual?: boolean;

  @ApiPropertyOptional({ default: 'Europe/London' })
  @OptionalNotNull()
  @IsString()
  @MaxLength(64)
  timeZone?: string;

  @ApiPropertyOptional({ enum: EventVisibility, default: EventVisibility.Public })
  @OptionalNotNull()
  @IsEnum(EventVisibility)
  visibility?: EventVisibility;

  @ApiPropertyOptional({ type: Number, minimum: 0, maximum: 100000, nullable: true, description: 'Null: no limit' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100000)
  capacity?: number | null;

  @ApiPropertyOptional({ minimum: 0, default: 0 })
  @OptionalNotNull()
  @IsInt()
  @Min(0)
  @Max(100000)
  reservedPlaces?: number;

  @ApiPropertyOptional({ type: Number, minimum: 1, nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100000)
  perOrganisationLimit?: number | null;

  @ApiPropertyOptional({ default: false })
  @OptionalNotNull()
  @IsBoolean()
  requiresApproval?: boolean;

  @ApiPropertyOptional({ enum: WaitingListMode, default: WaitingListMode.Promote, description: 'promote: a freed place goes to the first in line at once; offer: they are offered it for offerHours' })
  @OptionalNotNull()
  @IsEnum(WaitingListMode)
  waitingListMode?: WaitingListMode;

  @ApiPropertyOptional({ minimum: 1, maximum: 720, default: 48, description: 'In offer mode, hours the first in line has to accept a freed place' })
  @OptionalNotNull()
  @IsInt()
  @Min(1)
  @Max(720)
  offerHours?: number;

  @ApiPropertyOptional({
    default: false,
    description:
      'For high-demand events: a public registration takes no place (and moves nobody to the waiting list) until its address is confirmed through the link mailed to it; ' +
      'signed-in people registering their own address, invitees and organisers need no confirmation',
  })
  @OptionalNotNull()
  @IsBoolean()
  confirmAddressFirst?: boolean;

  @ApiPropertyOptional({ minimum: 1, maximum: 168, default: 24, description: 'With confirmAddressFirst: hours to confirm before the registration counts for nothing' })
  @OptionalNotNull()
  @IsInt()
  @Min(1)
  @Max(168)
  confirmationHours?: number;

  @ApiPropertyOptional({ type: Date, nullable: true })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  registrationOpensAt?: Date | null;

  @ApiPropertyOptional({ type: Date, nullable: true })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  registrationClosesAt?: Date | null;
}

export class CreateEventDto extends EventOptionalFieldsDto {
  @ApiProperty({ minLength: 1, maxLength: 200, example: 'Winter Network Forum' })
  @Trim()
  @IsString()
  @Length(1, 200)
  @IsSingleLine()
  title: string;

  @ApiProperty({ enum: EventKind })
  @IsEnum(EventKind)
  kind: EventKind;

  @ApiProperty({ type: Date, example: '2027-02-11T10:00:00Z' })
  @Type(() => Date)
  @IsDate()
  startsAt: Date;

  @ApiProperty({ type: Date, example: '2027-02-11T16:00:00Z' })
  @Type(() => Date)
  @IsDate()
  endsAt: Date;
}

/** Every field may be left out; those creation requires may not be null when sent. */
export class UpdateEventDto extends PartialType(CreateEventDto, { skipNullProperties: false }) {}
