import MarkdownIt from 'markdown-it';
import { t } from '@convene/i18n';
import { MinutesDocument, documentLocale, minutesMarkdown } from './minutes-document';

// Raw HTML off: whatever people typed is text, never markup. XHTML output: the page is well-formed XML.
const markdown = new MarkdownIt({ html: false, linkify: false, typographer: false, xhtmlOut: true });

const STYLE = `
body { font-family: Georgia, 'Times New Roman', serif; color: #111; max-width: 46rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.45; }
h1 { font-size: 1.6rem; margin-bottom: 0.25rem; }
h2 { font-size: 1.2rem; margin-top: 1.75rem; border-bottom: 1px solid #999; }
h3 { font-size: 1.05rem; text-transform: uppercase; letter-spacing: 0.04em; }
ul { padding-left: 1.25rem; }
footer { margin-top: 3rem; font-size: 0.85rem; color: #444; }
@media print { body { margin: 0; max-width: none; } a { color: inherit; text-decoration: none; } h2 { break-after: avoid; } }
`;

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** A printable page of the minutes: XHTML (well-formed XML), no script, styles inline. */
export function minutesHtml(document: MinutesDocument): string {
  const body = markdown.render(minutesMarkdown(document));
  const lang = documentLocale(document.languages);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<!DOCTYPE html>',
    `<html xmlns="http://www.w3.org/1999/xhtml" lang="${lang}" xml:lang="${lang}">`,
    '<head>',
    '<meta charset="UTF-8" />',
    `<title>${escapeXml(t(document.languages[0], 'minutesExport.title', { title: document.content.title }))}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    '<main>',
    body.trim(),
    '</main>',
    `<footer>${escapeXml(document.url)}</footer>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
