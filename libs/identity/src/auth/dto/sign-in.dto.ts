import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { applyDecorators } from '@nestjs/common';
import { IsOptional, IsString, Matches, MaxLength, ValidateIf } from 'class-validator';
import { IsEmailAddress, Trim } from '@convene/core';
import { PersonView } from '../../people/dto/person.dto';
import { RETURN_PATH } from '../sign-in-return';

/** Where to go back to once signed in: a path of this site, carried by the mailed link. */
function ReturnPath(): PropertyDecorator {
  return applyDecorators(
    ApiPropertyOptional({ description: 'A path of this site to go back to once signed in', maxLength: 500, example: '/events/annual-conference' }),
    IsOptional(),
    IsString(),
    Matches(RETURN_PATH, { message: 'next must be a path of this site' }),
  );
}

export class RequestSignInDto {
  @ApiProperty({ format: 'email', maxLength: 254, example: 'delegate@example.org' })
  @Trim()
  @IsString()
  @MaxLength(254)
  @IsEmailAddress()
  email: string;

  @ReturnPath()
  next?: string;
}

export class SignInRequestedView {
  @ApiProperty({ example: 'If that address belongs to someone in the network, a sign-in email is on its way.' })
  message: string;
}

/** Either `{ token }` from the mailed link, or `{ email, code }` as typed by the person. */
export class VerifySignInDto {
  @ApiPropertyOptional({ description: 'The token from the mailed link' })
  @ValidateIf((dto: VerifySignInDto) => dto.token !== undefined || dto.code === undefined)
  @IsString()
  @MaxLength(100)
  @Matches(/^[A-Za-z0-9_-]+$/, { message: 'token is not a sign-in token' })
  token?: string;

  @ApiPropertyOptional({ format: 'email', maxLength: 254 })
  @ValidateIf((dto: VerifySignInDto) => dto.token === undefined || dto.email !== undefined)
  @Trim()
  @IsString()
  @MaxLength(254)
  @IsEmailAddress()
  email?: string;

  @ApiPropertyOptional({ description: 'The 6-digit code from the mail', example: '042917' })
  @ValidateIf((dto: VerifySignInDto) => dto.token === undefined || dto.code !== undefined)
  @Trim()
  @IsString()
  @Matches(/^\d{6}$/, { message: 'code must be the 6 digits from the email' })
  code?: string;

  @ReturnPath()
  next?: string;
}

export class SignedInView {
  @ApiProperty({ type: PersonView }) person: PersonView;
  @ApiProperty() sessionExpiresAt: Date;
}
