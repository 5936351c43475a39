import { startTaggedPdf } from '@convene/core';
import type { PrintedPdf } from './printed-pdf';

export interface NameBadge {
  name: string;
  organisation: string | null;
  /** As the badge says it ("Council officer"; both languages on a bilingual event's badges). */
  category: string;
}

const MM = 72 / 25.4;
const MARGIN = 12 * MM;
const COLUMNS = 2;
const ROWS = 4;

/**
 * Name badges on A4, eight a sheet (two across, four down; about 93 × 68 mm each, to cut out or
 * slide into holders): the name large, the organisation under it, the category at the foot.
 * Tagged, one section a badge, so the file reads in badge order.
 */
export function nameBadgesPdf({ title, lang, eventTitle, badges, none, footer }: PrintedPdf & { eventTitle: string; badges: NameBadge[]; none: string }): Promise<Buffer> {
  const { pdf, root, finish } = startTaggedPdf({ title, lang, margin: MARGIN });
  const width = (pdf.page.width - 2 * MARGIN) / COLUMNS;
  const height = (pdf.page.height - 2 * MARGIN - 10 * MM) / ROWS;
  const pad = 6 * MM;
  if (!badges.length) root.add(pdf.struct('P', {}, () => pdf.font('Helvetica').fontSize(12).text(none)));

  badges.forEach((badge, index) => {
    const slot = index % (COLUMNS * ROWS);
    if (index > 0 && slot === 0) pdf.addPage();
    const x = MARGIN + (slot % COLUMNS) * width;
    const y = MARGIN + Math.floor(slot / COLUMNS) * height;
    const inner = width - 2 * pad;

    // The cutting line is furniture, not content.
    pdf.markContent('Artifact', { type: 'Layout' });
    pdf.save().lineWidth(0.5).dash(3, { space: 3 }).strokeColor('#8a8a8a').rect(x, y, width, height).stroke().undash().restore();
    pdf.endMarkedContent();

    const section = pdf.struct('Sect');
    root.add(section);
    section.add(pdf.struct('P', {}, () => pdf.font('Helvetica').fontSize(8).fillColor('#4a4a4a').text(eventTitle, x + pad, y + pad, { width: inner, height: 10, ellipsis: true, lineBreak: false })));
    const nameSize = fittingSize(pdf, badge.name, inner, 2, 24, 13);
    section.add(
      pdf.struct('H2', {}, () => pdf.font('Helvetica-Bold').fontSize(nameSize).fillColor('#000000').text(badge.name, x + pad, y + pad + 18, { width: inner, height: nameSize * 2.5, ellipsis: true })),
    );
    if (badge.organisation) {
      section.add(pdf.struct('P', {}, () => pdf.font('Helvetica').fontSize(12).fillColor('#1a1a1a').text(badge.organisation as string, { width: inner, height: 32, ellipsis: true })));
    }
    section.add(
      pdf.struct('P', {}, () =>
        pdf.font('Helvetica-Bold').fontSize(11).fillColor('#000000').text(badge.category.toUpperCase(), x + pad, y + height - pad - 12, { width: inner, lineBreak: false, ellipsis: true }),
      ),
    );
    section.end();
  });
  return finish(footer);
}

/** The largest size (down to `smallest`) at which `text` takes at most `lines` lines of `width`. */
function fittingSize(pdf: PDFKit.PDFDocument, text: string, width: number, lines: number, largest: number, smallest: number): number {
  pdf.font('Helvetica-Bold');
  for (let size = largest; size > smallest; size -= 1) {
    if (pdf.fontSize(size).heightOfString(text, { width }) <= size * 1.25 * lines) return size;
  }
  return smallest;
}
