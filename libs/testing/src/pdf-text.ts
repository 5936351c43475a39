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
