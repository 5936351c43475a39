import { ApiProperty, ApiPropertyOptional, PartialType, PickType } from '@nestjs/swagger';
import { IsSingleLine, OptionalNotNull, Trim } from '@convene/core';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsEnum, IsInt, IsOptional, IsString, Length, Max, Min } from 'class-validator';
import { PollKind } from '../poll.entity';
import { POLL_OPTION_MAX, POLL_OPTIONS_MAX, POLL_QUESTION_MAX, POLL_TEXT_MAX, RATING_SCALE } from '../polls-live';

const trimEach = () => Transform(({ value }: { value: unknown }) => (Array.isArray(value) ? value.map((item) => (typeof item === 'string' ? item.trim() : item)) : value));

export class CreatePollDto {
  @ApiProperty({ minLength: 1, maxLength: POLL_QUESTION_MAX, example: 'Which of these should the network prioritise next year?' })
  @Trim()
  @IsString()
  @Length(1, POLL_QUESTION_MAX)
  @IsSingleLine()
  question: string;

  @ApiProperty({ enum: PollKind, description: 'single or multiple choice, rating (1-5), or text (a word cloud)' })
  @IsEnum(PollKind)
  kind: PollKind;

  @ApiPropertyOptional({ type: [String], maxItems: POLL_OPTIONS_MAX, description: 'The choices (2 to 12) of a single or multiple choice poll' })
  @OptionalNotNull()
  @trimEach()
  @IsArray()
  @ArrayMinSize(2)
  @ArrayMaxSize(POLL_OPTIONS_MAX)
  @IsString({ each: true })
  @Length(1, POLL_OPTION_MAX, { each: true })
  @IsSingleLine({ each: true })
  options?: string[];

  @ApiPropertyOptional({ type: Number, nullable: true, minimum: 1, description: 'Multiple choice: the most options a participant may pick (default, or null: all)' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(POLL_OPTIONS_MAX)
  maxChoices?: number | null;

  @ApiPropertyOptional({ description: 'Show results to the room as answers come in; otherwise (and when a poll is made without it) hidden until the chair reveals them' })
  @OptionalNotNull()
  @IsBoolean()
  showResults?: boolean;

  @ApiPropertyOptional({ description: 'Take answers only from signed-in people (not when a poll is made without it)' })
  @OptionalNotNull()
  @IsBoolean()
  requiresSignIn?: boolean;
}

/** A draft's change: a field left out stays as it is, and is checked as creation checks it when sent; maxChoices null lifts the limit. */
export class UpdatePollDto extends PartialType(PickType(CreatePollDto, ['question', 'options', 'maxChoices', 'showResults', 'requiresSignIn']), {
  skipNullProperties: false,
}) {}

/** An answer: `choices` (option indexes from 0) for single and multiple choice, `rating` (1-5), or `text`. */
export class AnswerPollDto {
  @ApiPropertyOptional({ type: [Number], description: 'Option indexes from 0: exactly one for single choice, 1 to maxChoices different ones for multiple' })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(POLL_OPTIONS_MAX)
  @IsInt({ each: true })
  @Min(0, { each: true })
  @Max(POLL_OPTIONS_MAX - 1, { each: true })
  choices?: number[];

  @ApiPropertyOptional({ minimum: 1, maximum: RATING_SCALE })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(RATING_SCALE)
  rating?: number;

  @ApiPropertyOptional({ maxLength: POLL_TEXT_MAX, description: 'A text poll: a few words, shown as text in the word cloud' })
  @IsOptional()
  @Trim()
  @IsString()
  @Length(1, POLL_TEXT_MAX)
  @IsSingleLine()
  text?: string;
}

export class PollsQuery {
  @ApiPropertyOptional({ minimum: 0, description: 'Only the changes after this sequence number of the session\'s "polls" stream' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  since?: number;
}
