import type { Request } from 'express';

/**
 * Whether a browser says the request was made by one of our own pages. Browsers set
 * `Sec-Fetch-Site` themselves (pages cannot forge it), so `same-origin` is proof even when
 * `Origin` is `null` (a page with a strict referrer policy) or names a dev proxy's port.
 * Another port of this host or a sibling subdomain is `same-site`, not ours: refused.
 * A client that sends neither header is not a browser, so there is no CSRF to guard against.
 */
export function fromThisSite(request: Request, publicUrl: string): boolean {
  const fetchSite = request.headers['sec-fetch-site'];
  if (typeof fetchSite === 'string') return fetchSite === 'same-origin' || fetchSite === 'none';
  const origin = request.headers.origin;
  if (origin === undefined) return true;
  return origin === new URL(publicUrl).origin || origin === `${request.protocol}://${request.headers.host}`;
}
