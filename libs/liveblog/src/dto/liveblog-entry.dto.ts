import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsPlainText, IsSingleLine, OptionalNotNull, Trim } from '@convene/core';
import { LANGUAGES, type Language } from '@convene/i18n';
import { IsBoolean, IsEnum, IsIn, IsOptional, IsString, IsUUID, IsUrl, MaxLength, MinLength } from 'class-validator';
import { LiveblogEntryKind } from '../entries/liveblog-entry.entity';

/** The longest entry body, in characters: a long paragraph or two, never a document. */
export const MAX_ENTRY_BODY = 10_000;

class EntryFieldsDto {
  @ApiPropertyOptional({ maxLength: MAX_ENTRY_BODY, description: 'Markdown: paragraphs, links (http, https, mailto), lists, emphasis. Raw HTML is shown as text. For images, an optional caption.' })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_ENTRY_BODY, { message: `body must be at most ${MAX_ENTRY_BODY} characters` })
  @IsPlainText()
  body?: string;

  @ApiPropertyOptional({ format: 'uuid', description: "Quotes: one of the session's confirmed speakers" })
  @IsOptional()
  @IsUUID()
  quotePersonId?: string;

  @ApiPropertyOptional({ maxLength: 200, description: 'Quotes: the name of someone not on the agenda' })
  @IsOptional()
  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  @IsSingleLine()
  quoteName?: string;

  @ApiPropertyOptional({ maxLength: 200 })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(200)
  @IsSingleLine()
  quoteOrganisation?: string;

  @ApiPropertyOptional({ maxLength: 2000, description: 'Images: an http(s) address' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: 'imageUrl must be an http or https address' })
  imageUrl?: string;

  @ApiPropertyOptional({ maxLength: 300, description: 'Images: what the picture shows, for people who cannot see it (required)' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(300)
  @IsSingleLine()
  imageAlt?: string;

  @ApiPropertyOptional({ enum: LANGUAGES, description: "The language the entry is written in; by default the writer's (the page's language, else their saved one, else Accept-Language)" })
  @OptionalNotNull()
  @IsIn(LANGUAGES)
  language?: Language;
}

export class CreateLiveblogEntryDto extends EntryFieldsDto {
  @ApiProperty({ enum: LiveblogEntryKind })
  @IsEnum(LiveblogEntryKind)
  kind: LiveblogEntryKind;

  @ApiPropertyOptional({ default: false, description: 'Keep it as a draft (not shown to readers) until published' })
  @IsOptional()
  @IsBoolean()
  draft?: boolean;

  @ApiPropertyOptional({ maxLength: 100, description: 'Idempotency key (the Idempotency-Key header wins): a retry returns the same entry' })
  @IsOptional()
  @IsString()
  @MinLength(8)
  @MaxLength(100)
  @IsSingleLine()
  clientId?: string;
}

/** An edit: the fields sent replace the entry's; the kind stays. */
export class UpdateLiveblogEntryDto extends EntryFieldsDto {}

export class AddLiveblogEditorDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  personId: string;
}
