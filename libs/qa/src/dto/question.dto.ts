import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsPlainText, IsSingleLine, OptionalNotNull, Trim } from '@convene/core';
import { LANGUAGES, type Language } from '@convene/i18n';
import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Max, MaxLength, Min } from 'class-validator';

export const QUESTION_MAX_LENGTH = 500;

export class AskQuestionDto {
  @ApiProperty({ minLength: 1, maxLength: QUESTION_MAX_LENGTH, description: 'Plain text; shown as text, never as HTML' })
  @Trim()
  @IsString()
  @Length(1, QUESTION_MAX_LENGTH)
  @IsPlainText()
  body: string;

  @ApiPropertyOptional({ maxLength: 100, description: 'Required unless anonymous' })
  @IsOptional()
  @Trim()
  @IsString()
  @Length(1, 100)
  @IsSingleLine()
  askerName?: string;

  @ApiPropertyOptional({ maxLength: 150 })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(150)
  @IsSingleLine()
  askerOrganisation?: string;

  @ApiPropertyOptional({ default: false, description: 'Ask without a name, when the chair allows it' })
  @IsOptional()
  @IsBoolean()
  anonymous?: boolean;

  @ApiPropertyOptional({ enum: LANGUAGES, description: "The language the question is written in; by default the asker's (the page's language, else their saved one, else Accept-Language)" })
  @OptionalNotNull()
  @IsIn(LANGUAGES)
  language?: Language;
}

export class EditQuestionDto {
  @ApiProperty({ minLength: 1, maxLength: QUESTION_MAX_LENGTH, description: 'The corrected text; the original is kept' })
  @Trim()
  @IsString()
  @Length(1, QUESTION_MAX_LENGTH)
  @IsPlainText()
  body: string;
}

export class HideQuestionDto {
  @ApiPropertyOptional({ maxLength: 300, description: 'Shown to the asker only' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(300)
  @IsSingleLine()
  reason?: string;
}

export class MergeQuestionDto {
  @ApiProperty({ description: 'The question this duplicate folds into (same session)' })
  @IsUUID()
  intoId: string;
}

export class QuestionsQuery {
  @ApiPropertyOptional({ minimum: 0, description: 'Only the changes after this sequence number of the session\'s "qa" stream' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  since?: number;
}

export class UpdateQaSettingsDto {
  @ApiPropertyOptional({ enum: ['pre', 'post'], description: 'pre: questions appear once approved; post: at once, and can be hidden' })
  @OptionalNotNull()
  @IsIn(['pre', 'post'])
  moderation?: 'pre' | 'post';

  @ApiPropertyOptional({ description: 'Closed: no new questions and no votes' })
  @OptionalNotNull()
  @IsBoolean()
  open?: boolean;

  @ApiPropertyOptional()
  @OptionalNotNull()
  @IsBoolean()
  anonymousAllowed?: boolean;

  @ApiPropertyOptional({ description: 'Hold questions with listed words for a moderator' })
  @OptionalNotNull()
  @IsBoolean()
  wordFilter?: boolean;

  @ApiPropertyOptional({ minimum: 15, maximum: 1800, description: "Each speaker's time when called to the floor" })
  @OptionalNotNull()
  @IsInt()
  @Min(15)
  @Max(1800)
  speakerSeconds?: number;

  @ApiPropertyOptional({
    enum: ['anyone', 'signed-in', 'room-code'],
    description: 'Who may vote and ask: anyone who follows; signed-in people only; or also whoever gives the code shown in the room (X-Room-Code). Setting room-code makes a new code',
  })
  @OptionalNotNull()
  @IsIn(['anyone', 'signed-in', 'room-code'])
  takePart?: 'anyone' | 'signed-in' | 'room-code';
}
