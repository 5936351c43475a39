import { LOCALE_OF, t, type Language, type ServerMessageKey } from '@convene/i18n';
import { escapeHtml } from '@convene/notifications';
import { NO_FRAMING_NO_SNIFFING } from '../http/page-headers';

export interface SignInPage {
  /** From the mailed link; the page posts it back, it never spends it by being opened. */
  token?: string;
  email?: string;
  /** Where the person asked from (already checked to be a path of this site); the form carries it on. */
  next?: string;
  /** The code of a refused sign-in (sign_in_used...): the page says why, in the reader's language. */
  refused?: string;
}

/** Each refusal the sign-in can give, worded by the page; any other as "could not sign you in". */
const REFUSAL_KEY: Record<string, ServerMessageKey> = {
  sign_in_wrong_code: 'signInPage.refused.wrongCode',
  sign_in_invalid_link: 'signInPage.refused.invalidLink',
  sign_in_expired: 'signInPage.refused.expired',
  sign_in_used: 'signInPage.refused.used',
  sign_in_attempts_exhausted: 'signInPage.refused.exhausted',
  sign_in_incomplete: 'signInPage.refused.incomplete',
  too_many_attempts: 'signInPage.refused.tooMany',
};

/**
 * Headers for the page: it holds a token, so no caching, no framing, no scripts, and no
 * referrer to other sites. `same-origin`, not `no-referrer`: with no referrer at all Chromium
 * posts the form with `Origin: null`, and the sign-in could not tell it came from us.
 */
export const SIGN_IN_PAGE_HEADERS: Record<string, string> = {
  'Cache-Control': 'no-store',
  'Referrer-Policy': 'same-origin',
  ...NO_FRAMING_NO_SNIFFING,
  'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'",
};

/**
 * The page a sign-in link opens. Opening it spends nothing (mail scanners follow links);
 * the button posts the token to /api/v1/auth/verify. Without a token it asks for the code.
 */
export function renderSignInPage(page: SignInPage, language: Language = 'en'): string {
  const email = page.email ? escapeHtml(page.email) : '';
  const next = page.next ? `\n      <input type="hidden" name="next" value="${escapeHtml(page.next)}">` : '';
  // A refused link or code: say why, and offer the way to a new one (back to where they were).
  const newCode = `/sign-in-with-code${page.next ? `?next=${encodeURIComponent(page.next)}` : ''}`;
  const error = page.refused
    ? `<p class="error" role="alert">${t(language, Object.hasOwn(REFUSAL_KEY, page.refused) ? REFUSAL_KEY[page.refused] : 'signInPage.refused.other')}</p>\n  <p><a href="${escapeHtml(newCode)}">${t(language, 'signInPage.newCode')}</a></p>`
    : '';
  const form = page.token
    ? `<form method="post" action="/api/v1/auth/verify">
      <input type="hidden" name="token" value="${escapeHtml(page.token)}">${next}
      <button type="submit">${email ? t(language, 'signInPage.signInAs', { email }) : t(language, 'signInPage.signIn')}</button>
    </form>`
    : `<form method="post" action="/api/v1/auth/verify">${next}
      <label>${t(language, 'signInPage.email')} <input type="email" name="email" value="${email}" required autocomplete="email"></label>
      <label>${t(language, 'signInPage.code')} <input name="code" inputmode="numeric" pattern="[0-9]{6}" maxlength="6" required autocomplete="one-time-code"></label>
      <button type="submit">${t(language, 'signInPage.signIn')}</button>
    </form>`;
  return `<!doctype html>
<html lang="${LOCALE_OF[language]}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="robots" content="noindex">
  <title>${t(language, 'signInPage.title')}</title>
  <style>
    body { font-family: system-ui, sans-serif; max-width: 28rem; margin: 4rem auto; padding: 0 1rem; line-height: 1.5; }
    label { display: block; margin: 0 0 1rem; }
    input { display: block; width: 100%; padding: .5rem; font-size: 1rem; }
    button { padding: .6rem 1.2rem; font-size: 1rem; }
    .error { color: #a40000; }
  </style>
</head>
<body>
  <main>
  <h1>${t(language, 'signInPage.title')}</h1>
  ${error}
  ${form}
  </main>
</body>
</html>
`;
}
