import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { IsArray, IsEnum, IsIn, IsOptional, IsString, IsUUID, Length, Matches, MaxLength } from 'class-validator';
import { IsEmailAddress, IsPlainText, IsSingleLine, OptionalNotNull, Trim, PageOf } from '@convene/core';
import { LANGUAGES, type Language } from '@convene/i18n';
import { NetworkRole } from '../person.entity';

const PHONE = /^[0-9+()\-. ]*$/;

/** The fields a person may leave out, alike on create and update. */
class PersonOptionalFieldsDto {
  @ApiPropertyOptional({ type: String, maxLength: 200, nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(200)
  @IsSingleLine()
  jobTitle?: string | null;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  @IsOptional()
  @IsUUID()
  organisationId?: string | null;

  @ApiPropertyOptional({ type: String, maxLength: 40, nullable: true, example: '+44 161 770 3000' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(40)
  @Matches(PHONE, { message: 'phone may hold digits, spaces, +, -, ., ( and ) only' })
  phone?: string | null;

  @ApiPropertyOptional({ type: String, maxLength: 40, nullable: true, example: 'she/her' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(40)
  @IsSingleLine()
  pronouns?: string | null;

  @ApiPropertyOptional({ type: String, maxLength: 2000, nullable: true, description: 'Offered as the default when registering for an event' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  @IsPlainText()
  accessibilityNeeds?: string | null;

  @ApiPropertyOptional({ type: String, maxLength: 2000, nullable: true, description: 'Offered as the default when registering for an event' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  @IsPlainText()
  dietaryNeeds?: string | null;

  @ApiPropertyOptional({ enum: NetworkRole, isArray: true })
  @OptionalNotNull()
  @IsArray()
  @IsEnum(NetworkRole, { each: true })
  roles?: NetworkRole[];
}

export class CreatePersonDto extends PersonOptionalFieldsDto {
  @ApiProperty({ format: 'email', maxLength: 254, example: 'jo.bloggs@example.org' })
  @Trim()
  @IsString()
  @MaxLength(254)
  @IsEmailAddress()
  email: string;

  @ApiProperty({ minLength: 1, maxLength: 200, example: 'Jo Bloggs' })
  @Trim()
  @IsString()
  @Length(1, 200)
  @IsSingleLine()
  name: string;
}

/** Every field may be left out; those creation requires may not be null when sent. */
export class UpdatePersonDto extends PartialType(CreatePersonDto, { skipNullProperties: false }) {}

export class OrganisationSummary {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty() membership: string;
  @ApiProperty() isMember: boolean;
}

export class PersonView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: String, nullable: true, description: 'Null once erased' }) email: string | null;
  @ApiProperty() name: string;
  @ApiProperty({ type: String, nullable: true }) jobTitle: string | null;
  @ApiProperty({ type: OrganisationSummary, nullable: true }) organisation: OrganisationSummary | null;
  @ApiProperty({ description: "The person's organisation is a full or affiliate member of the network" }) isMember: boolean;
  @ApiProperty({ type: String, nullable: true }) phone: string | null;
  @ApiProperty({ type: String, nullable: true }) pronouns: string | null;
  @ApiProperty({ type: String, nullable: true }) accessibilityNeeds: string | null;
  @ApiProperty({ type: String, nullable: true }) dietaryNeeds: string | null;
  @ApiProperty({ enum: NetworkRole, isArray: true }) roles: NetworkRole[];
  @ApiProperty({ type: String, enum: [...LANGUAGES, null], nullable: true, description: 'The language the person chose; null until chosen' }) language: Language | null;
  @ApiProperty({ type: Date, nullable: true }) erasedAt: Date | null;
  @ApiProperty() createdAt: Date;
  @ApiProperty() updatedAt: Date;
}

export class PersonPage extends PageOf(PersonView) {}

/** PUT /me/language */
export class ChooseLanguageDto {
  @ApiProperty({ enum: LANGUAGES, description: 'cy (Cymraeg) or en (English)' })
  @IsIn(LANGUAGES)
  language: Language;
}

