// The one way the web app talks to the API: same origin under /api/v1, cookies sent, JSON both
// ways (the API refuses other bodies, and cookie-authenticated changes from other sites), and
// every failure as an ApiError in the API's error shape.

export type FieldErrors = Record<string, string[]>;

/** An answer in the API's error shape, or a network failure (status 0). `body` is the whole answer. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly details: FieldErrors = {},
    readonly body: Record<string, unknown> | null = null,
  ) {
    super(message);
  }
}

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RequestOptions {
  body?: unknown;
  /** Extra headers: an Idempotency-Key, the live identity. */
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

/** Sends one request; answers with the status and the parsed JSON (null when there is none). */
export async function apiRequest<T>(method: Method, path: string, { body, headers = {}, signal }: RequestOptions = {}): Promise<{ status: number; body: T }> {
  let response: Response;
  try {
    response = await fetch(`/api/v1${path}`, {
      method,
      signal,
      credentials: 'same-origin',
      headers: { Accept: 'application/json', ...(body === undefined ? {} : { 'Content-Type': 'application/json' }), ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError(0, 'We could not reach Convene. Check your connection and try again.');
  }
  const parsed: unknown = response.status === 204 ? null : await response.json().catch(() => null);
  if (!response.ok) {
    const shape = (parsed && typeof parsed === 'object' ? parsed : {}) as Record<string, unknown>;
    const message = Array.isArray(shape.message) ? shape.message.join(' ') : typeof shape.message === 'string' ? shape.message : response.statusText;
    throw new ApiError(response.status, message, readDetails(shape.details), parsed ? shape : null);
  }
  return { status: response.status, body: parsed as T };
}

/** apiRequest's body alone. */
export const apiCall = <T>(method: Method, path: string, options?: RequestOptions): Promise<T> => apiRequest<T>(method, path, options).then((answer) => answer.body);

function readDetails(details: unknown): FieldErrors {
  if (!details || typeof details !== 'object') return {};
  const errors: FieldErrors = {};
  for (const [field, messages] of Object.entries(details)) {
    const list = (Array.isArray(messages) ? messages : [messages]).filter((m): m is string => typeof m === 'string');
    if (list.length) errors[field] = list;
  }
  return errors;
}
