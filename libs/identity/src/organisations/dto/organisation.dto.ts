import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { IsEnum, IsOptional, IsString, IsUrl, Length, MaxLength } from 'class-validator';
import { IsSingleLine, OptionalNotNull, Trim, PageOf } from '@convene/core';
import { Membership, OrganisationKind } from '../organisation.entity';

/** The fields an organisation may leave out, alike on create and update. */
class OrganisationOptionalFieldsDto {
  @ApiPropertyOptional({ enum: Membership, default: Membership.None })
  @OptionalNotNull()
  @IsEnum(Membership)
  membership?: Membership;

  @ApiPropertyOptional({ type: String, maxLength: 100, nullable: true, example: 'North West' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(100)
  @IsSingleLine()
  region?: string | null;

  @ApiPropertyOptional({ type: String, maxLength: 500, nullable: true, example: 'https://www.oldham.gov.uk' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true })
  website?: string | null;
}

export class CreateOrganisationDto extends OrganisationOptionalFieldsDto {
  @ApiProperty({ minLength: 1, maxLength: 200, example: 'Oldham Council' })
  @Trim()
  @IsString()
  @Length(1, 200)
  @IsSingleLine()
  name: string;

  @ApiProperty({ enum: OrganisationKind })
  @IsEnum(OrganisationKind)
  kind: OrganisationKind;
}

/** Every field may be left out; those creation requires may not be null when sent. */
export class UpdateOrganisationDto extends PartialType(CreateOrganisationDto, { skipNullProperties: false }) {}

export class OrganisationView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: OrganisationKind }) kind: OrganisationKind;
  @ApiProperty({ enum: Membership }) membership: Membership;
  @ApiProperty({ description: 'Full or affiliate member of the network' }) isMember: boolean;
  @ApiProperty({ type: String, nullable: true }) region: string | null;
  @ApiProperty({ type: String, nullable: true }) website: string | null;
  @ApiProperty() createdAt: Date;
  @ApiProperty() updatedAt: Date;
}

export class OrganisationPage extends PageOf(OrganisationView) {}
