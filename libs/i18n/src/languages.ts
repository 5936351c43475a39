// The languages Convene speaks. Welsh public bodies work under the Welsh Language Standards:
// everything a person reads exists in both, and the person chooses.

export const LANGUAGES = ['cy', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export const DEFAULT_LANGUAGE: Language = 'en';

/** The cookie that holds a browser's explicit choice (the header's Cymraeg / English switch). */
export const LANGUAGE_COOKIE = 'convene_lang';

/** What `lang` attributes and Intl get: UK conventions in English. */
export const LOCALE_OF: Record<Language, string> = { cy: 'cy', en: 'en-GB' };

/** Each language named in itself, as the switch shows it. */
export const NATIVE_NAME: Record<Language, string> = { cy: 'Cymraeg', en: 'English' };

export function isLanguage(value: unknown): value is Language {
  return value === 'cy' || value === 'en';
}

/** The other of the two: what a bilingual page shows beside the reader's. */
export function otherLanguage(language: Language): Language {
  return language === 'cy' ? 'en' : 'cy';
}

/** The first language of an Accept-Language header (or navigator.languages) we speak, by q-value. */
export function fromAcceptLanguage(header: string | readonly string[] | null | undefined): Language | null {
  if (!header) return null;
  const ranges = typeof header === 'string'
    ? header.split(',').map((part, index) => {
        const [tag, ...params] = part.trim().split(';');
        const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)).find(Boolean);
        return { tag: tag.trim().toLowerCase(), q: q ? Number(q[1]) : 1, index };
      })
    : header.map((tag, index) => ({ tag: tag.toLowerCase(), q: 1, index }));
  const ordered = ranges.filter((range) => range.q > 0).sort((a, b) => b.q - a.q || a.index - b.index);
  for (const range of ordered) {
    const primary = range.tag.split('-')[0];
    if (isLanguage(primary)) return primary;
  }
  return null;
}

export interface LanguageSignals {
  /** The browser's explicit choice (the cookie). */
  choice?: unknown;
  /** The signed-in person's saved language. */
  saved?: unknown;
  /** Accept-Language, or navigator.languages in the browser. */
  accept?: string | readonly string[] | null;
}

/** Explicit choice in this browser, then the person's saved language, then the browser's languages, then English. */
export function negotiateLanguage(signals: LanguageSignals): Language {
  if (isLanguage(signals.choice)) return signals.choice;
  if (isLanguage(signals.saved)) return signals.saved;
  return fromAcceptLanguage(signals.accept) ?? DEFAULT_LANGUAGE;
}

/** The value of one cookie in a Cookie header (or document.cookie). */
export function cookieValue(cookieHeader: string | null | undefined, name: string): string | null {
  if (!cookieHeader) return null;
  for (const part of cookieHeader.split(';')) {
    const index = part.indexOf('=');
    if (index > 0 && part.slice(0, index).trim() === name) return decodeURIComponent(part.slice(index + 1).trim());
  }
  return null;
}
