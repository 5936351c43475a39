import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, Length, Matches, MaxLength } from 'class-validator';
import { IsEmailAddress, IsPlainText, IsSingleLine, Trim } from '@convene/core';
import { AccessRequestStatus } from '../access-request.entity';

/** POST /access-requests: someone without an account asks to be let in. */
export class AskForAccessDto {
  @ApiProperty({ format: 'email', maxLength: 254, example: 'sam.jones@oldham.gov.uk' })
  @Trim()
  @IsString()
  @MaxLength(254)
  @IsEmailAddress()
  email: string;

  @ApiProperty({ minLength: 1, maxLength: 200, example: 'Sam Jones' })
  @Trim()
  @IsString()
  @Length(1, 200)
  @IsSingleLine()
  name: string;

  @ApiPropertyOptional({ type: String, maxLength: 200, nullable: true, example: 'Policy officer' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(200)
  @IsSingleLine()
  jobTitle?: string | null;

  @ApiProperty({ format: 'uuid', description: 'One of the member organisations (GET /organisations/members)' })
  @IsUUID()
  organisationId: string;

  @ApiPropertyOptional({ type: String, maxLength: 1000, nullable: true, description: 'Why they ask; organisers read it' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  @IsPlainText()
  reason?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: '/events/network-forum-2027', description: "The event page asked from: the approval mail leads back to it" })
  @IsOptional()
  @IsString()
  @Matches(/^\/events\/[a-z0-9-]{1,120}$/, { message: 'eventPath must be an event page of this site (/events/...)' })
  eventPath?: string | null;
}

/** POST /access-requests/:id/decline */
export class DeclineAccessDto {
  @ApiPropertyOptional({ type: String, maxLength: 1000, nullable: true, description: 'Mailed to them with the answer' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  @IsPlainText()
  note?: string | null;
}

export class AccessRequestsQueryDto {
  @ApiPropertyOptional({ enum: AccessRequestStatus, default: AccessRequestStatus.Pending })
  @IsOptional()
  @IsIn(Object.values(AccessRequestStatus))
  status?: AccessRequestStatus;
}

/** The same answer whether or not the address is known (a stranger learns nothing). */
export class AccessAskedView {
  @ApiProperty({ example: 'Thank you: we have mailed you, and an organiser will answer by email.' }) message: string;
}

export class AccessRequestView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() email: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: String, nullable: true }) jobTitle: string | null;
  @ApiProperty({ format: 'uuid' }) organisationId: string;
  @ApiProperty() organisationName: string;
  @ApiProperty({ type: String, nullable: true }) reason: string | null;
  @ApiProperty({ type: String, nullable: true }) eventPath: string | null;
  @ApiProperty({ enum: AccessRequestStatus }) status: AccessRequestStatus;
  @ApiProperty({ type: Date, nullable: true }) decidedAt: Date | null;
  @ApiProperty() createdAt: Date;
}

export class MemberOrganisationView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: String, nullable: true }) region: string | null;
}
