import MarkdownIt from 'markdown-it';
import { startTaggedPdf } from '@convene/core';
import { t } from '@convene/i18n';
import { MinutesDocument, documentLocale, minutesMarkdown } from './minutes-document';

const markdown = new MarkdownIt({ html: false });
type Token = MarkdownIt.Token;

const SIZES: Record<string, number> = { h1: 18, h2: 14, h3: 11.5, h4: 11, h5: 11, h6: 11 };

type Structure = PDFKit.PDFStructureElement;
type HeadingTag = 'H1' | 'H2' | 'H3' | 'H4' | 'H5' | 'H6';

/**
 * The minutes as an A4 PDF (pdfkit), laid out from the same Markdown as the other exports, and
 * tagged (headings, paragraphs, lists, reading order, language) so a screen reader can follow it.
 */
export function minutesPdf(document: MinutesDocument): Promise<Buffer> {
  const language = document.languages[0];
  const { pdf, root, finish } = startTaggedPdf({ title: t(language, 'minutesExport.title', { title: document.content.title }), lang: documentLocale(document.languages) });
  // Where the next element goes: the document, or the list / list item being written.
  const open: Structure[] = [root];
  const enter = (element: Structure) => {
    open[open.length - 1].add(element);
    open.push(element);
  };
  const leave = () => open.pop()?.end();
  // Adding a closure to an element already in the tree draws it there and then: reading order is drawing order.
  const draw = (tag: 'P' | 'Lbl' | 'LBody' | HeadingTag, drawing: () => void) => open[open.length - 1].add(pdf.struct(tag, {}, drawing));

  const tokens = markdown.parse(minutesMarkdown(document), {});
  let heading: string | null = null;
  let listDepth = 0;
  for (const token of tokens) {
    if (token.type === 'heading_open') heading = token.tag;
    else if (token.type === 'heading_close') heading = null;
    else if (token.type === 'bullet_list_open' || token.type === 'ordered_list_open') {
      listDepth++;
      enter(pdf.struct('L'));
    } else if (token.type === 'bullet_list_close' || token.type === 'ordered_list_close') {
      leave();
      listDepth--;
      if (listDepth === 0) pdf.moveDown(0.4);
    } else if (token.type === 'list_item_open') enter(pdf.struct('LI'));
    else if (token.type === 'list_item_close') leave();
    else if (token.type === 'hr') pdf.moveDown(0.5);
    else if (token.type === 'inline') {
      const text = plain(token);
      if (heading) {
        const level = heading;
        pdf.moveDown(level === 'h1' ? 0 : 0.6);
        draw(level.toUpperCase() as HeadingTag, () => pdf.font('Helvetica-Bold').fontSize(SIZES[level] ?? 11).text(text));
        pdf.moveDown(0.3);
      } else if (listDepth > 0) {
        // The bullet is the item's label, its text the body: a reader announces a list item, not "bullet".
        const depth = listDepth;
        draw('Lbl', () => pdf.font('Helvetica').fontSize(10.5).text('•  ', { indent: 12 * depth, paragraphGap: 2, continued: true }));
        draw('LBody', () => pdf.text(text));
      } else {
        const bold = token.children?.length && token.children.every((child) => child.type !== 'text' || child.content.trim() === '' || insideStrong(token, child));
        draw('P', () => pdf.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(10.5).text(text, { paragraphGap: 6 }));
      }
    }
  }
  return finish((page, pages) => t(language, 'print.page', { title: document.content.title, page, pages }));
}

/** An inline token's text, formatting dropped, hard breaks kept. */
function plain(token: Token): string {
  return (token.children ?? [])
    .map((child) => (child.type === 'text' || child.type === 'code_inline' ? child.content : child.type === 'hardbreak' || child.type === 'softbreak' ? '\n' : ''))
    .join('');
}

function insideStrong(parent: Token, child: Token): boolean {
  const children = parent.children ?? [];
  const at = children.indexOf(child);
  let depth = 0;
  for (let index = 0; index < at; index++) {
    if (children[index].type === 'strong_open') depth++;
    if (children[index].type === 'strong_close') depth--;
  }
  return depth > 0;
}
