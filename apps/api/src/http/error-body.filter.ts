import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import { DatabaseUnavailable, DomainError, ErrorBody, HTTP_STATUS_OF_KIND, isDatabaseUnavailable } from '@convene/core';
import type { Request, Response } from 'express';
import { STATUS_CODES } from 'node:http';
import { isMalformedInput } from './route-ids';

/** Turns every error, ours or the framework's, into the one error body of the API. */
@Catch()
export class ErrorBodyFilter implements ExceptionFilter {
  private readonly logger = new Logger(ErrorBodyFilter.name);

  catch(thrown: unknown, host: ArgumentsHost): void {
    // A database outage is not our bug and not the caller's: 503 with Retry-After, never a 500.
    const exception = isDatabaseUnavailable(thrown) ? new DatabaseUnavailable() : isMalformedInput(thrown) ? malformedInput() : thrown;
    const http = host.switchToHttp();
    const request = http.getRequest<Request & { id?: string }>();
    const response = http.getResponse<Response>();
    const body = this.toBody(exception);
    body.requestId = request.id ? String(request.id) : undefined;
    if (exception instanceof DatabaseUnavailable) {
      this.logger.warn({ err: thrown, requestId: body.requestId }, 'Database unavailable');
    } else if (body.statusCode >= 500) {
      this.logger.error({ err: exception, requestId: body.requestId }, 'Unhandled error');
    }
    if (response.headersSent) return;
    const retryAfter = (exception as { retryAfterSeconds?: unknown })?.retryAfterSeconds;
    if ((body.statusCode === 429 || body.statusCode === 503) && typeof retryAfter === 'number') response.setHeader('Retry-After', String(Math.ceil(retryAfter)));
    response.status(body.statusCode).json(body);
  }

  private toBody(exception: unknown): ErrorBody {
    if (exception instanceof DomainError) {
      const statusCode = HTTP_STATUS_OF_KIND[exception.kind];
      return { ...exception.extra, statusCode, error: reason(statusCode), message: exception.message, code: exception.code, details: exception.details };
    }
    if (exception instanceof HttpException) {
      const statusCode = exception.getStatus();
      const payload = exception.getResponse();
      if (typeof payload === 'object' && payload !== null) {
        const { message, details, code } = payload as { message?: unknown; details?: Record<string, string[]>; code?: string };
        return {
          statusCode,
          error: reason(statusCode),
          message: Array.isArray(message) ? message.join('; ') : String(message ?? exception.message),
          code,
          details,
        };
      }
      return { statusCode, error: reason(statusCode), message: String(payload) };
    }
    return { statusCode: 500, error: reason(500), message: 'Something went wrong on our side; it has been logged' };
  }
}

function malformedInput(): DomainError {
  return new DomainError('invalid', 'malformed_input', 'Something in the request is malformed (an id that is not a UUID?); nothing changed');
}

function reason(status: number): string {
  return STATUS_CODES[status] ?? 'Error';
}
