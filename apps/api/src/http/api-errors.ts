import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, ApiResponse } from '@nestjs/swagger';

/** The one error body of the API (ErrorBody in libs/core), for the OpenAPI document. */
export class ErrorView {
  @ApiProperty({ example: 404 }) statusCode: number;
  @ApiProperty({ example: 'Not Found' }) error: string;
  @ApiProperty({ description: 'For people: says what to do' }) message: string;
  @ApiPropertyOptional({ example: 'question_not_found', description: 'For programs: stable' }) code?: string;
  @ApiPropertyOptional({ type: 'object', additionalProperties: { type: 'array', items: { type: 'string' } }, description: 'Per field, what is wrong with it' })
  details?: Record<string, string[]>;
  @ApiPropertyOptional() requestId?: string;
}

const REASONS: Record<number, string> = {
  400: 'Invalid input (the body, query or an id is malformed); nothing changed',
  401: 'Sign in first',
  403: 'Not allowed for you',
  404: 'No such thing, or not visible to you',
  409: 'Not possible in its current state',
  410: 'Gone',
  429: 'Too many requests: wait (Retry-After) and try again',
};

/** Documents the error statuses a route really answers, each with the API's error body. */
export function ApiErrors(...statuses: Array<keyof typeof REASONS | { status: number; description: string; type?: typeof ErrorView }>) {
  return applyDecorators(
    ...statuses.map((entry) => {
      const { status, description, type } = typeof entry === 'number' ? { status: entry, description: REASONS[entry], type: undefined } : entry;
      return ApiResponse({ status, description, type: type ?? ErrorView });
    }),
  );
}

/** What every live (Q&A, floor) route may answer: a malformed id or body, no identity, not in the session's audience, no such session or thing. */
export function ApiLiveErrors() {
  return ApiErrors(400, { status: 401, description: 'Neither signed in nor a valid X-Live-Identity' }, 403, 404);
}
