import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';
import { IsSingleLine, Trim } from '@convene/core';

export class CreateApiTokenDto {
  @ApiProperty({ minLength: 1, maxLength: 100, example: 'minutes export script' })
  @Trim()
  @IsString()
  @Length(1, 100)
  @IsSingleLine()
  name: string;
}

export class ApiTokenView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty() createdAt: Date;
  @ApiProperty({ type: Date, nullable: true }) lastUsedAt: Date | null;
}

export class CreatedApiTokenView extends ApiTokenView {
  @ApiProperty({ description: 'The secret, shown this once: send it as `Authorization: Bearer <token>`', example: 'cvn_...' })
  token: string;
}
