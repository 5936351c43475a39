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

// What organisers write (titles, rooms, descriptions, venues) may carry Welsh beside the English.
// A reader gets their language where it was given, else the other: the one rule for every mail,
// invite, document and page; pages mark the other language with its lang, so screen readers
// pronounce it. (Here, not in a module of its own: this one is in the web shell already, and a
// chunk of its own cost the liveblog reader bytes of its budget.)

/** A piece of content and the language it is in. */
export interface InLanguage {
  text: string;
  language: Language;
}

/** The words in the reader's language: the Welsh where given to a Welsh reader, else the English. */
export function writtenIn<T extends string | null>(reader: Language, english: T, welsh: string | null | undefined): string | T {
  return (reader === 'cy' && welsh) || english;
}

/** A title (always given in English) in the reader's language where given, else the English, with its language. */
export function titleIn(reader: Language, english: string, welsh: string | null | undefined): InLanguage {
  return reader === 'cy' && welsh ? { text: welsh, language: 'cy' } : { text: english, language: 'en' };
}

/** The `lang` an element needs: only where its language is not the page's. */
export function langOf(part: InLanguage, reader: Language): string | undefined {
  return part.language === reader ? undefined : LOCALE_OF[part.language];
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
