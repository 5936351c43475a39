import { LANGUAGE_COOKIE, cookieValue, negotiateLanguage, type Language } from '@convene/i18n';
import type { Request } from 'express';
// A socket's handshake request has the same headers: its language is found the same way.

/**
 * The language to answer a browser in: its explicit choice (the cookie the header's switch
 * sets), then the signed-in person's saved language, then Accept-Language, then English.
 */
export function requestLanguage(request: Pick<Request, 'headers'>, saved?: Language | null): Language {
  return negotiateLanguage({ choice: cookieValue(request.headers.cookie, LANGUAGE_COOKIE), saved, accept: request.headers['accept-language'] });
}
