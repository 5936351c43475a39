// Content (titles, descriptions, venues) may carry Welsh beside the English. A reader sees their
// language where it exists and the other, marked with its lang (so screen readers pronounce it),
// where it does not; a bilingual event shows both, Welsh first. The rule for one title is
// @convene/i18n's titleIn, shared with the server's mails and documents.
import './in-language.css';
import { langOf, titleIn, type InLanguage, type Language } from '@convene/i18n';
import type { ReactNode } from 'react';
import { useT } from '../i18n/i18n';

export { langOf, titleIn, type InLanguage } from '@convene/i18n';

/** The reader's version of a piece of content, else the other; null when neither is given. */
export function contentIn(reader: Language, english: string | null, welsh: string | null): InLanguage | null {
  if (english) return titleIn(reader, english, welsh);
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

/** One piece of content in its language: a span with lang when it differs from the page's. */
export function Content({ part, children }: { part: InLanguage; children?: (text: string) => ReactNode }) {
  const { language } = useT();
  return <span lang={langOf(part, language)}>{children ? children(part.text) : part.text}</span>;
}
