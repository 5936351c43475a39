import compression from 'compression';
import type { RequestHandler } from 'express';
import path from 'node:path';
import zlib from 'node:zlib';

/** Paths that belong to the API, not to the web app: their responses are left as they are. */
const API_PATHS = /^\/(api|socket\.io)(\/|$)|^\/sign-in(\/|\?|$)/;

/**
 * The web app's pages and assets go out brotli- or gzip-compressed, as the browser accepts.
 * Hashed assets reach each browser once (immutable), so compressing on the fly costs little:
 * brotli at quality 5 takes the 252 kB main script to 73 kB in ~7 ms (quality 4, the default,
 * gives 78 kB, no better than gzip; 11 gives 67 kB but takes ~0.8 s).
 */
export function compressWebApp(): RequestHandler {
  const compress = compression({ brotli: { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 5 } } }) as RequestHandler;
  // The API's answers never enter it: it wraps each response it sees, a cost every API request paid for nothing.
  return (request, response, next) => (API_PATHS.test(request.url) ? next() : compress(request, response, next));
}

/**
 * Vite names every file in assets/ by a hash of its content, so a browser may keep it for a
 * year without asking again; the HTML that names them must be asked for again each time
 * (revalidated), or a browser would keep loading the scripts of an old release.
 */
export function cacheControlFor(file: string): string {
  return path.basename(path.dirname(file)) === 'assets' ? 'public, max-age=31536000, immutable' : 'no-cache';
}
