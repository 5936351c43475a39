import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, IsString, Length, Max, MaxLength, Min } from 'class-validator';
import { Type } from 'class-transformer';
import { IsEmailAddress, IsSingleLine, Trim } from '@convene/core';

/** `?q=` of the organisers' people search. */
export class DirectoryQueryDto {
  @ApiProperty({ minLength: 2, maxLength: 100, description: 'Part of a name or an organisation (case-insensitive)' })
  @Trim()
  @IsString()
  @Length(2, 100)
  q: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 25, default: 10 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(25)
  limit?: number;
}

/** What organisers see of a person in the search: enough to tell two people apart, no more. */
export class DirectoryPersonView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: String, nullable: true }) jobTitle: string | null;
  @ApiProperty({ type: String, nullable: true }) organisation: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'j•••@lambeth.gov.uk', description: 'The address, masked: its first letter and domain' })
  emailHint: string | null;
}

export class DirectoryPersonListView {
  @ApiProperty({ type: [DirectoryPersonView], description: 'By name' }) items: DirectoryPersonView[];
}

/** Someone not yet known to the network, named by an organiser (a speaker, an action's owner). */
export class NewPersonDto {
  @ApiProperty({ minLength: 1, maxLength: 200, example: 'Jo Bloggs' })
  @Trim()
  @IsString()
  @Length(1, 200)
  @IsSingleLine()
  name: string;

  @ApiProperty({ format: 'email', maxLength: 254 })
  @Trim()
  @IsString()
  @MaxLength(254)
  @IsEmailAddress({ message: 'Enter an email address like name@example.org' })
  email: string;

  @ApiPropertyOptional({ type: String, maxLength: 200, nullable: true, description: 'Matched to a known organisation by name, or recorded as a new (non-member) one' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(200)
  @IsSingleLine()
  organisation?: string | null;
}
