import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsPlainText, OptionalNotNull, Trim } from '@convene/core';
import { Type } from 'class-transformer';
import { IsBoolean, IsEnum, IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Max, Min } from 'class-validator';
import { BallotKind, MajorityRule, VoteChoice } from '../motion.entity';

export class VotingSettingsDto {
  @ApiProperty({ minimum: 1, maximum: 500, description: 'Voting members present (checked in) for the meeting to be quorate' })
  @IsInt()
  @Min(1)
  @Max(500)
  quorum: number;

  @ApiPropertyOptional({ enum: ['series', 'event'], description: 'Keep the list for the whole series (default when the event has one) or for this event only' })
  @IsOptional()
  @IsIn(['series', 'event'])
  scope?: 'series' | 'event';
}

export class VotingMemberDto {
  @ApiPropertyOptional({ default: true, description: 'false: a member who attends without a vote' })
  @OptionalNotNull()
  @IsBoolean()
  voting?: boolean;
}

export class ProxyDto {
  @ApiProperty({ format: 'uuid', description: 'The person who votes for the member at this meeting' })
  @IsUUID()
  proxyPersonId: string;
}

export class CreateMotionDto {
  @ApiProperty({ minLength: 3, maxLength: 2000, example: 'that the network adopts the 2027 work programme', description: 'What is resolved: it completes "RESOLVED: that ..."' })
  @Trim()
  @IsString()
  @Length(3, 2000)
  @IsPlainText()
  text: string;

  @ApiProperty({ enum: MajorityRule })
  @IsEnum(MajorityRule)
  majority: MajorityRule;

  @ApiProperty({ enum: BallotKind, description: 'named: who voted how is recorded and announced; secret: only the counts' })
  @IsEnum(BallotKind)
  ballot: BallotKind;
}

export class BallotDto {
  @ApiProperty({ enum: VoteChoice })
  @IsEnum(VoteChoice)
  choice: VoteChoice;

  @ApiPropertyOptional({ format: 'uuid', description: 'The absent member you hold the proxy of; leave out to vote for yourself' })
  @IsOptional()
  @IsUUID()
  onBehalfOf?: string;
}

export class MotionsQuery {
  @ApiPropertyOptional({ minimum: 0, description: 'Only the changes after this sequence number of the session\'s "votes" stream' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  since?: number;
}
