import { Type as ClassType } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

/** `?limit=&offset=` of every paged list. */
export class PageQueryDto {
  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit?: number;

  @ApiPropertyOptional({ minimum: 0, default: 0 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  offset?: number;
}

/** `?q=&limit=&offset=` of every admin list. */
export class ListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Words to look for (case-insensitive)', maxLength: 200 })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;
}

export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}

/** The OpenAPI shape of a page of `item`s (Swagger needs a class per item type). */
export function PageOf<T>(item: ClassType<T>) {
  class PageOfItems implements Page<T> {
    @ApiProperty({ type: [item] }) items: T[];
    @ApiProperty() total: number;
    @ApiProperty() limit: number;
    @ApiProperty() offset: number;
  }
  return PageOfItems;
}

export interface PageRequest {
  q?: string;
  limit: number;
  offset: number;
}

export function pageRequest(query: ListQueryDto): PageRequest {
  return { q: query.q?.trim() || undefined, limit: query.limit ?? 50, offset: query.offset ?? 0 };
}

/** A search term for ILIKE, with its wildcards escaped. */
export function likePattern(q: string): string {
  return `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
