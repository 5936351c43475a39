import { BadRequestException, ValidationError, ValidationPipe } from '@nestjs/common';
import { cacheValidationMetadata } from './validation-metadata-cache';

/** Validates every body and query against its DTO; unknown fields are refused, not ignored. */
export function createValidationPipe(): ValidationPipe {
  cacheValidationMetadata();
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    stopAtFirstError: false,
    exceptionFactory: (errors) =>
      new BadRequestException({ message: 'The request has invalid fields', code: 'invalid_fields', details: fieldDetails(errors) }),
  });
}

export function fieldDetails(errors: ValidationError[], prefix = ''): Record<string, string[]> {
  const details: Record<string, string[]> = {};
  for (const error of errors) {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    if (error.constraints) {
      details[field] = Object.values(error.constraints).map((text) =>
        text.startsWith('property ') ? `${error.property} is not an accepted field` : text,
      );
    }
    if (error.children?.length) Object.assign(details, fieldDetails(error.children, field));
  }
  return details;
}
