import { DomainError } from '@convene/core';

// Every route parameter named `id` or `...Id` is a UUID (slugs, tokens and secrets have other names).
const ID_PARAM = /^(id|[a-z]+Id)$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Refuses a malformed id in the path (`/events/undefined/sessions`) with a 400 before anything
 * looks it up: the access guard's organiser check runs before any ParseUUIDPipe would.
 */
export function refuseMalformedIds(params: Record<string, unknown> | undefined): void {
  const malformed = Object.entries(params ?? {})
    .filter(([name, value]) => ID_PARAM.test(name) && !(typeof value === 'string' && UUID.test(value)))
    .map(([name]) => name);
  if (malformed.length === 0) return;
  throw new DomainError(
    'invalid',
    'invalid_id',
    `The ${malformed.join(' and ')} in the address must be a UUID`,
    Object.fromEntries(malformed.map((name) => [name, [`${name} must be a UUID`]])),
  );
}

/** Postgres refusing a malformed UUID (22P02) that slipped past the edge: the caller's mistake, not ours. */
export function isMalformedInput(error: unknown, depth = 0): boolean {
  if (depth > 5 || typeof error !== 'object' || error === null) return false;
  const { code, driverError, cause } = error as { code?: unknown; driverError?: unknown; cause?: unknown };
  if (code === '22P02') return true;
  return isMalformedInput(driverError, depth + 1) || isMalformedInput(cause, depth + 1);
}
