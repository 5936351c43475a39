import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmailAddress, IsSingleLine, OptionalNotNull, Trim } from '@convene/core';
import { Transform } from 'class-transformer';
import { IsBoolean, IsEnum, IsOptional, IsString, Length, MaxLength } from 'class-validator';
import { DelegateCategory } from '../registrations/registration.entity';
import { RegistrationView } from './registration.dto';

export class CheckInByCodeDto {
  @ApiProperty({ example: 'K7QMX-4RT9B', maxLength: 40, description: 'The code from the confirmation mail, as typed or scanned (case, spaces and hyphens do not matter)' })
  @IsString()
  @Length(1, 40)
  code: string;
}

export class CheckInResultView {
  @ApiProperty({ description: 'True when the registration was checked in before (checking in again changes nothing)' }) alreadyCheckedIn: boolean;
  @ApiProperty({ type: RegistrationView }) registration: RegistrationView;
}

export class CheckInCodeView {
  @ApiProperty({ type: String, nullable: true, example: 'K7QMX-4RT9B', description: 'The code to show at the door; null until the place is confirmed' })
  code: string | null;
}

export class WalkInDto {
  @ApiProperty({ minLength: 1, maxLength: 200 })
  @Trim()
  @IsString()
  @Length(1, 200)
  @IsSingleLine()
  name: string;

  @ApiPropertyOptional({ type: String, format: 'email', maxLength: 254, nullable: true })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toLowerCase() || null : value))
  @IsString()
  @MaxLength(254)
  @IsEmailAddress()
  email?: string | null;

  @ApiPropertyOptional({ type: String, maxLength: 200, nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(200)
  @IsSingleLine()
  organisationName?: string | null;

  @ApiPropertyOptional({ enum: DelegateCategory, default: DelegateCategory.Delegate })
  @OptionalNotNull()
  @IsEnum(DelegateCategory)
  category?: DelegateCategory;

  @ApiPropertyOptional({ default: false, description: 'Admit the walk-in even when the event is full (the organiser decides at the door)' })
  @OptionalNotNull()
  @IsBoolean()
  overCapacity?: boolean;
}
