// The one way the web app talks to the API: same origin under /api/v1, cookies sent, JSON both
// ways (the API refuses other bodies, and cookie-authenticated changes from other sites), and
// every failure as an ApiError in the API's error shape. Each call names its route as the API's
// OpenAPI document has it (generated/api/routes.gen.ts: npm run api:types), as a type argument:
// apiCall<'GET /events/{idOrSlug}'>('GET', `/events/${enc(id)}`). The method, the path (the route's
// pattern with its {params} filled), the body and the answer are then the route's, so a route the
// API does not have, or a wrong method, path shape, body or answer, fails the typecheck; nothing
// of it reaches the bundle. A call checks against its one named route: inferring the route from
// the path instead made the web typecheck ~7x slower.
import type { Routes } from './generated/api/routes.gen';

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

/** A route of the API: 'GET /events/{idOrSlug}', or a query's own answer ('GET /sessions/{id}/polls?since={since}'). */
export type ApiRoute = keyof Routes;
/** A pattern as the paths that fill it: '/sessions/{id}/polls' takes `/sessions/${string}/polls`. */
type Filled<Pattern extends string> = Pattern extends `${infer Head}{${string}}${infer Tail}` ? `${Head}${string}${Filled<Tail>}` : Pattern;
export type ApiMethod<R extends ApiRoute> = R extends `${infer M extends Method} ${string}` ? M : never;
/** The paths of a route, with any query after (after its own, where the route is named by one). */
export type ApiPath<R extends ApiRoute> = R extends `${string} ${infer Pattern}`
  ? Pattern extends `${string}?${string}`
    ? Filled<Pattern> | `${Filled<Pattern>}&${string}`
    : Filled<Pattern> | `${Filled<Pattern>}?${string}`
  : never;
/** The route's JSON body: none (never) where the document gives it none. */
export type ApiBody<R extends ApiRoute> = Routes[R]['request'] extends { body?: infer Body } ? Body : never;
/** What the route answers (void where it answers 204). */
export type ApiAnswer<R extends ApiRoute> = Routes[R]['answer'];

export interface RequestOptions<Body = unknown> {
  body?: Body;
  /** Extra headers: an Idempotency-Key, the live identity. */
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

/**
 * A call of the named route R (no default route: a call that names none takes no method). The
 * route's path parameters are in the path; its query is added to the path by the caller.
 */
export type ApiRequest = <R extends ApiRoute = never>(method: ApiMethod<R>, path: ApiPath<R>, options?: RequestOptions<ApiBody<R>>) => Promise<{ status: number; body: ApiAnswer<R> }>;
export type ApiCall = <R extends ApiRoute = never>(method: ApiMethod<R>, path: ApiPath<R>, options?: RequestOptions<ApiBody<R>>) => Promise<ApiAnswer<R>>;

/** Sends one request; answers with the status and the parsed JSON (null when there is none). */
async function send(method: Method, path: string, { body, headers = {}, signal }: RequestOptions = {}): Promise<{ status: number; body: unknown }> {
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
  return { status: response.status, body: parsed };
}

// The answer is the route's by the API's own contract (its OpenAPI document, checked by the
// API's tests), not by anything read here: send's untyped answer is given the route's type once.
export const apiRequest = send as ApiRequest;

/** apiRequest's body alone. */
export const apiCall: ApiCall = <R extends ApiRoute = never>(method: ApiMethod<R>, path: ApiPath<R>, options?: RequestOptions<ApiBody<R>>) =>
  apiRequest<R>(method, path, options).then((answer) => answer.body);

function readDetails(details: unknown): FieldErrors {
  if (!details || typeof details !== 'object') return {};
  const errors: FieldErrors = {};
  for (const [field, messages] of Object.entries(details)) {
    const list = (Array.isArray(messages) ? messages : [messages]).filter((m): m is string => typeof m === 'string');
    if (list.length) errors[field] = list;
  }
  return errors;
}
