import type { NextFunction, Request, Response } from 'express';

/**
 * Every API answer is `Cache-Control: no-store` unless its route says otherwise (the public
 * calendar feed, the PDFs): most carry someone's data (their profile, a registration read by its
 * private link, minutes read with a key), and a browser's disk cache on a shared computer or a
 * cache in front of the API must not keep them. Set before any route runs, so a route's own
 * header replaces it.
 */
export function apiAnswersNotStored(request: Request, response: Response, next: NextFunction): void {
  if (request.path.startsWith('/api/')) response.setHeader('Cache-Control', 'no-store');
  next();
}
