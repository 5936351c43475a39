import { DomainError } from '../errors/domain-error';

/** Seconds a caller is asked to wait (Retry-After) while the database is out of reach. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

// Postgres SQLSTATEs that mean "not now" rather than "wrong": connection exceptions (08xxx),
// the server shutting down or starting (57P01-57P03), and too many connections.
const UNAVAILABLE_SQLSTATE = /^(08|57P0[123]$|53300$)/;
const UNAVAILABLE_NETWORK = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN']);
const UNAVAILABLE_MESSAGE = /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Connection closed/i;

/** The database is down or unreachable: the request may succeed if tried again in a moment. */
export class DatabaseUnavailable extends DomainError {
  readonly retryAfterSeconds = DATABASE_RETRY_AFTER_SECONDS;

  constructor() {
    super('unavailable', 'database_unavailable', 'The service cannot reach its database just now; nothing was changed. Try again in a few seconds.');
  }
}

/** Whether an error (from pg, or TypeORM wrapping pg) says the database could not be reached, at any depth. */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (depth > 5 || typeof error !== 'object' || error === null) return false;
  const { code, message, driverError, cause, errors } = error as { code?: unknown; message?: unknown; driverError?: unknown; cause?: unknown; errors?: unknown };
  if (typeof code === 'string' && (UNAVAILABLE_NETWORK.has(code) || (code.length === 5 && UNAVAILABLE_SQLSTATE.test(code)))) return true;
  if (typeof message === 'string' && UNAVAILABLE_MESSAGE.test(message)) return true;
  const inner = [driverError, cause, ...(Array.isArray(errors) ? errors : [])];
  return inner.some((candidate) => isDatabaseUnavailable(candidate, depth + 1));
}
