import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, PartialType, PickType } from '@nestjs/swagger';
import { NewPersonDto } from '@convene/identity';
import { IsPlainText, IsSingleLine, OptionalNotNull, Trim } from '@convene/core';
import { LANGUAGES, type Language } from '@convene/i18n';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

/** A bounded list of nested objects, validated each (and documented) as `type`. */
function ListOf(type: new () => object, maxItems: number) {
  return applyDecorators(ApiProperty({ type: [type], maxItems }), IsArray(), ArrayMaxSize(maxItems), ValidateNested({ each: true }), Type(() => type));
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

export class CreateMinutesDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Minutes of one session; left out: of the whole event' })
  @IsOptional()
  @IsUUID()
  sessionId?: string;

  @ApiPropertyOptional({ enum: LANGUAGES, description: 'The language the minutes are written in; left out: the caller’s (chosen in the web app, saved on them, or their browser’s)' })
  @IsOptional()
  @IsIn(LANGUAGES)
  language?: Language;
}

export class MinutesPersonDto {
  @ApiProperty({ maxLength: 200 })
  @Trim()
  @IsString()
  @Length(1, 200)
  @IsSingleLine()
  name: string;

  @ApiProperty({ type: String, maxLength: 300, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  @IsSingleLine()
  affiliation: string | null;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true, description: 'A registration of the event (from the attendance search): mailed the draft and the minutes' })
  @IsOptional()
  @IsUUID()
  registrationId?: string | null;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true, description: 'A person of the network (from the attendance search): mailed the draft and the minutes' })
  @IsOptional()
  @IsUUID()
  personId?: string | null;
}

export class PresentGroupDto {
  @ApiProperty({ maxLength: 50, example: 'commissioner' })
  @IsString()
  @Length(1, 50)
  @IsSingleLine()
  category: string;

  @ApiProperty({ maxLength: 100, example: 'Commissioners' })
  @IsString()
  @Length(1, 100)
  @IsSingleLine()
  label: string;

  @ListOf(MinutesPersonDto, 2000)
  people: MinutesPersonDto[];
}

export class MatterArisingDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  actionId: string;

  @ApiProperty({ maxLength: 2000 })
  @IsString()
  @Length(1, 2000)
  @IsPlainText()
  description: string;

  @ApiProperty({ type: String, maxLength: 300, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  @IsSingleLine()
  owner: string | null;

  @ApiProperty({ type: String, nullable: true, example: '2027-03-01' })
  @IsOptional()
  @Matches(DATE_ONLY)
  dueDate: string | null;

  @ApiProperty({ maxLength: 400 })
  @IsString()
  @MaxLength(400)
  @IsSingleLine()
  fromMeeting: string;
}

export class MinutesItemDto {
  @ApiProperty({ maxLength: 100, description: 'Stable key (actions and comments point at it); new items make one up' })
  @IsString()
  @Length(1, 100)
  @Matches(/^[A-Za-z0-9_-]+$/, { message: 'key may hold letters, digits, - and _' })
  key: string;

  @ApiProperty({ maxLength: 300 })
  @Trim()
  @IsString()
  @Length(1, 300)
  @IsSingleLine()
  title: string;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  @IsOptional()
  @IsUUID()
  sessionId: string | null;

  @ApiProperty({ maxLength: 50000, description: 'Markdown' })
  @IsString()
  @MaxLength(50000)
  @IsPlainText()
  body: string;

  @ApiProperty({ type: [String], maxItems: 50 })
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @Length(1, 2000, { each: true })
  @IsPlainText({ each: true })
  decisions: string[];
}

export class MinutesContentDto {
  @ApiProperty({ maxLength: 300 })
  @Trim()
  @IsString()
  @Length(1, 300)
  @IsSingleLine()
  title: string;

  @ApiProperty({ type: String, maxLength: 500, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  @IsSingleLine()
  place: string | null;

  @ApiProperty({ maxLength: 100, example: 'Monday 11 October 2010' })
  @IsString()
  @MaxLength(100)
  @IsSingleLine()
  date: string;

  @ApiProperty({ maxLength: 100, example: '10:00–13:00' })
  @IsString()
  @MaxLength(100)
  @IsSingleLine()
  time: string;

  @ListOf(PresentGroupDto, 20)
  present: PresentGroupDto[];

  @ListOf(MinutesPersonDto, 2000)
  apologies: MinutesPersonDto[];

  @ListOf(MatterArisingDto, 500)
  mattersArising: MatterArisingDto[];

  @ListOf(MinutesItemDto, 200)
  items: MinutesItemDto[];
}

export class SaveMinutesDto {
  @ApiProperty({ description: 'The version this text was edited from; another one gives 409 with the current version' })
  @IsInt()
  @Min(1)
  version: number;

  @ApiProperty({ type: MinutesContentDto })
  @ValidateNested()
  @Type(() => MinutesContentDto)
  content: MinutesContentDto;

  @ApiPropertyOptional({ description: 'Saved by the page while typing rather than by the minute-taker' })
  @IsOptional()
  @IsBoolean()
  autosave?: boolean;

  @ApiPropertyOptional({ enum: LANGUAGES, description: 'The language the minutes are written in (their exports are headed in it); left out: unchanged' })
  @IsOptional()
  @IsIn(LANGUAGES)
  language?: Language;
}

export class RestoreRevisionDto {
  @ApiProperty({ description: 'The current version, as the restorer saw it' })
  @IsInt()
  @Min(1)
  version: number;
}

export class DiffQuery {
  @ApiProperty()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  from: number;

  @ApiProperty()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  to: number;
}

export class CreateActionDto {
  @ApiPropertyOptional({ type: String, maxLength: 100, nullable: true, description: 'The item it was agreed under' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  itemKey?: string | null;

  @ApiProperty({ maxLength: 2000 })
  @Trim()
  @IsString()
  @Length(1, 2000)
  @IsPlainText()
  description: string;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  @IsOptional()
  @IsUUID()
  ownerPersonId?: string | null;

  @ApiPropertyOptional({ type: NewPersonDto, description: 'An owner not found in the search: their name and address. Whoever holds the address (a new person if nobody does) is mailed and sees it under My actions; the answer shows only what was typed, the same for a known address as for a new one' })
  @IsOptional()
  @ValidateNested()
  @Type(() => NewPersonDto)
  owner?: NewPersonDto;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  @IsOptional()
  @IsUUID()
  ownerOrganisationId?: string | null;

  @ApiPropertyOptional({ type: String, maxLength: 300, nullable: true, description: 'Free text owner; an action added without one takes the person’s or organisation’s name' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(300)
  @IsSingleLine()
  ownerName?: string | null;

  @ApiPropertyOptional({ type: String, example: '2027-03-01', nullable: true, description: 'A date in the past is accepted and flagged overdue' })
  @IsOptional()
  @Matches(DATE_ONLY, { message: 'dueDate must be a date, YYYY-MM-DD' })
  dueDate?: string | null;
}

/** A field left out stays as it is; the description may not be cleared. */
export class UpdateActionDto extends PartialType(PickType(CreateActionDto, ['description', 'ownerName', 'dueDate']), { skipNullProperties: false }) {
  @ApiPropertyOptional({ enum: ['open', 'done'] })
  @OptionalNotNull()
  @IsIn(['open', 'done'])
  status?: 'open' | 'done';
}

export class MarkActionDoneDto {
  @ApiPropertyOptional({ maxLength: 2000 })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(2000)
  @IsPlainText()
  note?: string;
}

export class CreateCommentDto {
  @ApiProperty({ maxLength: 100 })
  @IsString()
  @Length(1, 100)
  itemKey: string;

  @ApiProperty({ maxLength: 5000, description: 'The correction, in words' })
  @Trim()
  @IsString()
  @Length(1, 5000)
  @IsPlainText()
  body: string;

  @ApiPropertyOptional({ maxLength: 50000, description: "The item's notes as they should read; accepting puts them in" })
  @IsOptional()
  @IsString()
  @MaxLength(50000)
  @IsPlainText()
  replacement?: string;
}
