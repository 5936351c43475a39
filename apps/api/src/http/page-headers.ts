import { cacheControlFor } from './web-app-delivery';

/** No other site may frame our pages (clickjacking), and no browser may guess a type we did not send. */
export const NO_FRAMING_NO_SNIFFING: Readonly<Record<string, string>> = {
  'X-Frame-Options': 'DENY',
  'X-Content-Type-Options': 'nosniff',
};

/**
 * The web app's pages and assets. The Vite build has no inline script or style (React sets
 * styles through the DOM, which CSP allows); images may be liveblog pictures from any https
 * address or QR codes drawn as data: URLs; the socket connects to this origin ('self' covers ws:).
 */
export const WEB_APP_HEADERS: Readonly<Record<string, string>> = {
  ...NO_FRAMING_NO_SNIFFING,
  'Content-Security-Policy': [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data: https:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; '),
};

/** Documents we render (the minutes' printable HTML): no script at all, their own inline style. */
export const DOCUMENT_HEADERS: Readonly<Record<string, string>> = {
  ...NO_FRAMING_NO_SNIFFING,
  'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data: https:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
};

/**
 * For express.static's `setHeaders` (also called for index.html when it answers an app route):
 * the same security headers on every file, and caching by kind of file.
 */
export function setWebAppHeaders(response: { setHeader(name: string, value: string): unknown }, file: string): void {
  for (const [name, value] of Object.entries(WEB_APP_HEADERS)) response.setHeader(name, value);
  response.setHeader('Cache-Control', cacheControlFor(file));
}
