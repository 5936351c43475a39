import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { NewPersonDto } from '@convene/identity';
import { IsPlainText, IsSingleLine, OptionalNotNull, Trim } from '@convene/core';
import { Type } from 'class-transformer';
import { IsBoolean, IsDate, IsEnum, IsInt, IsObject, IsOptional, IsString, IsUUID, Length, Max, MaxLength, Min, ValidateIf, ValidateNested } from 'class-validator';
import { SessionKind } from '../agenda/agenda-session.entity';
import { SpeakerRole } from '../agenda/session-speaker.entity';

class SessionOptionalFieldsDto {
  @ApiPropertyOptional({ type: String, maxLength: 100, nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(100)
  @IsSingleLine()
  room?: string | null;

  @ApiPropertyOptional({ type: String, maxLength: 5000, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  @IsPlainText()
  description?: string | null;

  @ApiPropertyOptional({ type: String, minLength: 1, maxLength: 200, nullable: true, description: 'The title in Welsh' })
  @IsOptional()
  @Trim()
  @IsString()
  @Length(1, 200)
  @IsSingleLine()
  titleCy?: string | null;

  @ApiPropertyOptional({ type: String, maxLength: 5000, nullable: true, description: 'The description in Welsh' })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  @IsPlainText()
  descriptionCy?: string | null;

  @ApiPropertyOptional({ type: String, maxLength: 100, nullable: true, description: "The room's name in Welsh" })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(100)
  @IsSingleLine()
  roomCy?: string | null;

  @ApiPropertyOptional({ type: Number, minimum: 0, nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100000)
  capacity?: number | null;

  @ApiPropertyOptional({ default: false })
  @OptionalNotNull()
  @IsBoolean()
  liveQa?: boolean;

  @ApiPropertyOptional({ default: false })
  @OptionalNotNull()
  @IsBoolean()
  liveblog?: boolean;
}

export class CreateSessionDto extends SessionOptionalFieldsDto {
  @ApiProperty({ minLength: 1, maxLength: 200 })
  @Trim()
  @IsString()
  @Length(1, 200)
  @IsSingleLine()
  title: string;

  @ApiProperty({ enum: SessionKind })
  @IsEnum(SessionKind)
  kind: SessionKind;

  @ApiProperty({ type: Date })
  @Type(() => Date)
  @IsDate()
  startsAt: Date;

  @ApiProperty({ type: Date })
  @Type(() => Date)
  @IsDate()
  endsAt: Date;
}

/** Every field may be left out; those creation requires may not be null when sent. */
export class UpdateSessionDto extends PartialType(CreateSessionDto, { skipNullProperties: false }) {}

export class AddSpeakerDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Someone the people search found; or send `person` instead' })
  @ValidateIf((dto: AddSpeakerDto) => dto.person === undefined || dto.personId !== undefined)
  @IsUUID()
  personId?: string;

  @ApiPropertyOptional({ type: NewPersonDto, description: 'Someone not yet known: name, address and organisation (an address already known invites that person)' })
  @ValidateIf((dto: AddSpeakerDto) => dto.personId === undefined)
  @IsObject({ message: 'Choose a person, or give the name and address of someone new' })
  @ValidateNested()
  @Type(() => NewPersonDto)
  person?: NewPersonDto;

  @ApiProperty({ enum: SpeakerRole })
  @IsEnum(SpeakerRole)
  role: SpeakerRole;
}
