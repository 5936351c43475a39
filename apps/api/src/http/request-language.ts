import { LANGUAGE_COOKIE, cookieValue, negotiateLanguage, type Language } from '@convene/i18n';
import type { Request } from 'express';

/**
 * The language to answer a browser in: its explicit choice (the cookie the header's switch
 * sets), then the signed-in person's saved language, then Accept-Language, then English.
 */
export function requestLanguage(request: Request, saved?: Language | null): Language {
  return negotiateLanguage({ choice: cookieValue(request.headers.cookie, LANGUAGE_COOKIE), saved, accept: request.headers['accept-language'] });
}
