import { LOCALE_OF, t, type Language } from '@convene/i18n';
import { LiveblogEntryKind } from '../entries/liveblog-entry.entity';
import { LiveblogEntryView } from '../dto/liveblog.views';

export interface AtomFeedInput {
  /** Absolute address of the liveblog's page; entries link to `${pageUrl}/entries/${id}`. */
  pageUrl: string;
  feedUrl: string;
  sessionId: string;
  title: string;
  entries: LiveblogEntryView[];
  /** The feed's own words (its title, each entry's kind): the reader's language; English when not said. */
  language?: Language;
}

/** Escapes text for XML content and attribute values. */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    // Characters XML 1.0 does not allow at all.
    // eslint-disable-next-line no-control-regex
    .replace(/[^\x09\x0A\x0D\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '');
}

/** A short plain-text title for an entry: its kind and the start of its text. */
export function entryTitle(entry: LiveblogEntryView, language: Language = 'en'): string {
  const text = (entry.kind === LiveblogEntryKind.Image ? entry.image?.alt ?? '' : entry.body).replace(/[\s*_`#>[\]()]+/g, ' ').trim();
  const short = text.length > 80 ? `${text.slice(0, 79)}…` : text;
  const who = entry.quote ? ` (${entry.quote.name})` : '';
  return t(language, 'feed.entryTitle', { kind: entry.kind, who, text: short });
}

/** The HTML an entry shows, quotes and images included (all parts escaped or already sanitised). */
export function entryHtml(entry: LiveblogEntryView): string {
  if (entry.kind === LiveblogEntryKind.Image && entry.image) {
    const img = `<p><img src="${escapeXml(entry.image.url)}" alt="${escapeXml(entry.image.alt)}"></p>`;
    return entry.html ? `${img}${entry.html}` : img;
  }
  if (entry.kind === LiveblogEntryKind.Quote && entry.quote) {
    const who = escapeXml(entry.quote.organisation ? `${entry.quote.name}, ${entry.quote.organisation}` : entry.quote.name);
    return `<blockquote>${entry.html}</blockquote><p>— ${who}</p>`;
  }
  return entry.html;
}

/** An Atom 1.0 document (RFC 4287) of a liveblog's published entries, newest first. */
export function atomFeed(input: AtomFeedInput): string {
  const language = input.language ?? 'en';
  const updated = input.entries.reduce((latest, entry) => {
    const at = new Date(entry.editedAt ?? entry.publishedAt ?? entry.createdAt);
    return at > latest ? at : latest;
  }, new Date(0));
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${LOCALE_OF[language]}">`,
    `  <id>urn:uuid:${input.sessionId}</id>`,
    `  <title>${escapeXml(t(language, 'feed.title', { session: input.title }))}</title>`,
    `  <updated>${(input.entries.length ? updated : new Date()).toISOString()}</updated>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(input.pageUrl)}"/>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(input.feedUrl)}"/>`,
    `  <author><name>${escapeXml(t(language, 'common.network'))}</name></author>`,
  ];
  for (const entry of input.entries) {
    const published = new Date(entry.publishedAt ?? entry.createdAt).toISOString();
    lines.push(
      '  <entry>',
      `    <id>urn:uuid:${entry.id}</id>`,
      `    <title>${escapeXml(entryTitle(entry, language))}</title>`,
      `    <published>${published}</published>`,
      `    <updated>${entry.editedAt ? new Date(entry.editedAt).toISOString() : published}</updated>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(`${input.pageUrl}/entries/${entry.id}`)}"/>`,
      `    <content type="html">${escapeXml(entryHtml(entry))}</content>`,
      '  </entry>',
    );
  }
  lines.push('</feed>', '');
  return lines.join('\n');
}
