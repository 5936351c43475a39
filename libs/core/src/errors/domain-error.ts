/** What kind of failure a domain error is; the transport maps each kind to its status. */
export type DomainErrorKind =
  | 'invalid'
  | 'unauthenticated'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'gone'
  | 'rate_limited'
  /** Something we depend on (the database) is down for now: try again shortly. */
  | 'unavailable';

/**
 * The HTTP status of each kind, the one map: the HTTP filter, the socket acknowledgements of
 * both gateways and the sign-in page all answer with it.
 */
export const HTTP_STATUS_OF_KIND: Readonly<Record<DomainErrorKind, number>> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  gone: 410,
  rate_limited: 429,
  unavailable: 503,
};

/** Base of every error a domain lib throws. Libs never throw HTTP exceptions. */
export class DomainError extends Error {
  constructor(
    readonly kind: DomainErrorKind,
    readonly code: string,
    message: string,
    readonly details?: Record<string, string[]>,
    /** Extra fields for the error body (e.g. the current version on a conflict). */
    readonly extra?: Record<string, unknown>,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** The one error body of the API, for every error. */
export interface ErrorBody {
  statusCode: number;
  error: string;
  message: string;
  code?: string;
  details?: Record<string, string[]>;
  requestId?: string;
  [extra: string]: unknown;
}
