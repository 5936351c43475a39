import PDFDocument from 'pdfkit';

/** A tagged A4 PDF being written, its structure root, and the finished bytes once `finish` is called. */
export interface TaggedPdf {
  pdf: PDFKit.PDFDocument;
  /** The document's structure element: every tagged element goes under it, in reading order. */
  root: PDFKit.PDFStructureElement;
  /** Numbers the pages ("<footer> · Page 2 of 3", as page furniture a screen reader skips), closes the tags and the file. */
  finish(footer: (page: number, pages: number) => string): Promise<Buffer>;
}

/**
 * An A4 PDF (pdfkit) tagged for screen readers (structure, reading order, language): the
 * minutes, badges and workshop lists all start here.
 */
export function startTaggedPdf({ title, lang, margin = 56 }: { title: string; lang: string; margin?: number }): TaggedPdf {
  const pdf = new PDFDocument({ size: 'A4', margin, bufferPages: true, pdfVersion: '1.7', tagged: true, lang, displayTitle: true, info: { Title: title, Creator: 'Convene' } });
  const chunks: Buffer[] = [];
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });
  const root = pdf.struct('Document');
  pdf.addStructure(root);
  return {
    pdf,
    root,
    finish(footer) {
      root.end();
      const range = pdf.bufferedPageRange();
      for (let index = 0; index < range.count; index++) {
        pdf.switchToPage(range.start + index);
        const bottom = pdf.page.margins.bottom;
        pdf.page.margins.bottom = 0;
        pdf.markContent('Artifact', { type: 'Pagination' });
        pdf.font('Helvetica').fontSize(8.5).text(footer(index + 1, range.count), 56, pdf.page.height - 36, { width: pdf.page.width - 112, align: 'center', lineBreak: false });
        pdf.endMarkedContent();
        pdf.page.margins.bottom = bottom;
      }
      pdf.end();
      return done;
    },
  };
}
