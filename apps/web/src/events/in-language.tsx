// Content (titles, descriptions, venues) may carry Welsh beside the English. A reader sees their
// language where it exists and the other, marked with its lang (so screen readers pronounce it),
// where it does not; a bilingual event shows both, Welsh first.
import './in-language.css';
import { LOCALE_OF, type Language } from '@convene/i18n';
import type { ReactNode } from 'react';
import { useT } from '../i18n/i18n';

export interface InLanguage {
  text: string;
  language: Language;
}

/** The reader's version of a piece of content, else the other; null when neither is given. */
export function contentIn(reader: Language, english: string | null, welsh: string | null): InLanguage | null {
  if (reader === 'cy' && welsh) return { text: welsh, language: 'cy' };
  if (english) return { text: english, language: 'en' };
  return welsh ? { text: welsh, language: 'cy' } : null;
}

/** Both versions of a bilingual event's content, Welsh first; one when only one is given. */
export function bothLanguages(english: string | null, welsh: string | null): InLanguage[] {
  return [welsh && { text: welsh, language: 'cy' as const }, english && { text: english, language: 'en' as const }].filter((part): part is InLanguage => Boolean(part));
}

/** What a page shows of a piece of content: the reader's version (or the other), or both, Welsh first, for a bilingual event. */
export function contentFor(reader: Language, bilingual: boolean, english: string | null, welsh: string | null): InLanguage[] {
  if (bilingual) return bothLanguages(english, welsh);
  const one = contentIn(reader, english, welsh);
  return one ? [one] : [];
}

/** The `lang` an element needs: only where its language is not the page's. */
export function langOf(part: InLanguage, reader: Language): string | undefined {
  return part.language === reader ? undefined : LOCALE_OF[part.language];
}

/** One piece of content in its language: a span with lang when it differs from the page's. */
export function Content({ part, children }: { part: InLanguage; children?: (text: string) => ReactNode }) {
  const { language } = useT();
  return <span lang={langOf(part, language)}>{children ? children(part.text) : part.text}</span>;
}
