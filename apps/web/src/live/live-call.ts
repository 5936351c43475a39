// The live routes' calls (Q&A, floor, polls, votes) carry the browser's anonymous identity, for
// people without an account. Apart from live-client.ts, which the liveblog reader loads without them.
import { apiCall, type ApiBody, type ApiCall, type ApiMethod, type ApiPath, type ApiRoute, type RequestOptions } from '../api-base';
import { liveHeaders } from './live-client';

/** apiCall, with the live identity's headers. */
export const liveCall: ApiCall = <R extends ApiRoute = never>(method: ApiMethod<R>, path: ApiPath<R>, options?: RequestOptions<ApiBody<R>>) =>
  liveHeaders().then((headers) => apiCall<R>(method, path, { ...options, headers }));
