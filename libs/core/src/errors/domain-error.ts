/** What kind of failure a domain error is; the transport maps each kind to its status. */
export type DomainErrorKind =
  | 'invalid'
  | 'unauthenticated'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'gone'
  | 'rate_limited';

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
