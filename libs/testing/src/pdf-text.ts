import { execFile } from 'node:child_process';

// pdf.js loads its worker with a dynamic import, which Jest's CommonJS runtime refuses:
// so the text is extracted in a plain Node process.
const EXTRACT = `
const { PDFParse } = require('pdf-parse');
const chunks = [];
process.stdin.on('data', (chunk) => chunks.push(chunk));
process.stdin.on('end', async () => {
  const parser = new PDFParse({ data: Buffer.concat(chunks) });
  const result = await parser.getText();
  await parser.destroy();
  process.stdout.write(JSON.stringify({ pages: result.total, text: result.text }));
});
`;

/** The number of pages and the text of a PDF, read with pdf-parse (an independent reader). */
export function pdfText(pdf: Buffer): Promise<{ pages: number; text: string }> {
  return new Promise((resolve, reject) => {
    const child = execFile(process.execPath, ['-e', EXTRACT], { maxBuffer: 64 * 1024 * 1024, cwd: __dirname }, (error, stdout) => {
      if (error) return reject(error);
      resolve(JSON.parse(stdout) as { pages: number; text: string });
    });
    child.stdin?.end(pdf);
  });
}

// pdf.js is ESM: imported in a plain Node process, as above.
const STRUCTURE = `
const chunks = [];
process.stdin.on('data', (chunk) => chunks.push(chunk));
process.stdin.on('end', async () => {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await getDocument({ data: new Uint8Array(Buffer.concat(chunks)) }).promise;
  const elements = [];
  let artifacts = '';
  for (let number = 1; number <= doc.numPages; number++) {
    const page = await doc.getPage(number);
    // The text of each marked-content sequence, by its id; artifacts (page furniture) apart.
    const textOf = new Map();
    const open = [];
    for (const item of (await page.getTextContent({ includeMarkedContent: true })).items) {
      if (item.type === 'beginMarkedContentProps' || item.type === 'beginMarkedContent') open.push(item.tag === 'Artifact' ? 'artifact' : item.id);
      else if (item.type === 'endMarkedContent') open.pop();
      else if (open.at(-1) === 'artifact') artifacts += item.str;
      else if (open.length) textOf.set(open.at(-1), (textOf.get(open.at(-1)) ?? '') + item.str + (item.hasEOL ? ' ' : ''));
    }
    const walk = (node, depth) => {
      for (const child of node.children ?? []) {
        if (!child.role) continue;
        const text = (child.children ?? []).filter((c) => c.type === 'content').map((c) => textOf.get(c.id) ?? '').join('').trim();
        elements.push({ role: child.role, depth, text });
        walk(child, depth + 1);
      }
    };
    walk(await page.getStructTree(), 0);
  }
  const { info } = await doc.getMetadata();
  process.stdout.write(JSON.stringify({ marked: (await doc.getMarkInfo())?.Marked === true, language: info.Language ?? null, elements, artifacts }));
});
`;

export interface PdfStructure {
  /** The document says it is tagged. */
  marked: boolean;
  language: string | null;
  /** The structure tree in reading order, depth first: role, depth and the text it holds. */
  elements: { role: string; depth: number; text: string }[];
  /** Text marked as page furniture (headers, footers, page numbers), which readers skip. */
  artifacts: string;
}

/** The tags of a PDF as a screen reader gets them, read with pdf.js (an independent reader). */
export function pdfStructure(pdf: Buffer): Promise<PdfStructure> {
  return new Promise((resolve, reject) => {
    const child = execFile(process.execPath, ['-e', STRUCTURE], { maxBuffer: 64 * 1024 * 1024, cwd: __dirname }, (error, stdout) => {
      if (error) return reject(error);
      resolve(JSON.parse(stdout) as PdfStructure);
    });
    child.stdin?.end(pdf);
  });
}
