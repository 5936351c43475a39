import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsSingleLine, Trim } from '@convene/core';
import { IsInt, IsOptional, IsString, IsUUID, Length, Max, MaxLength, Min } from 'class-validator';

export class AskForFloorDto {
  @ApiProperty({ minLength: 1, maxLength: 100 })
  @Trim()
  @IsString()
  @Length(1, 100)
  @IsSingleLine()
  name: string;

  @ApiPropertyOptional({ maxLength: 150 })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(150)
  @IsSingleLine()
  organisation?: string;

  @ApiPropertyOptional({ maxLength: 200, description: 'What they would like to speak about' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(200)
  @IsSingleLine()
  topic?: string;
}

export class CallNextSpeakerDto {
  @ApiPropertyOptional({ description: 'Call this request rather than the first in the queue' })
  @IsOptional()
  @IsUUID()
  requestId?: string;

  @ApiPropertyOptional({ minimum: 15, maximum: 1800, description: "This speaker's time; the session's default otherwise" })
  @IsOptional()
  @IsInt()
  @Min(15)
  @Max(1800)
  durationSeconds?: number;
}

export class MoveFloorRequestDto {
  @ApiProperty({ minimum: 1, description: 'The new place in the queue, 1 = next' })
  @IsInt()
  @Min(1)
  @Max(10000)
  position: number;
}
