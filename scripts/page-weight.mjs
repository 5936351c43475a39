// npm run size:liveblog: what the liveblog follower page makes a browser download (its JavaScript
// and CSS, gzipped), read from the web build's Vite manifest: the app's entry with its static
// imports and CSS, plus the page's own lazily loaded chunk with its imports and CSS.
// Usage: node scripts/page-weight.mjs [module ...] (default: the liveblog follower page).
// It makes its own production build in a temporary folder: dist/web may be a test build (jest
// runs with NODE_ENV=test, which gives React's larger development build).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const webDir = fs.mkdtempSync(path.join(os.tmpdir(), 'convene-page-weight-'));
process.on('exit', () => fs.rmSync(webDir, { recursive: true, force: true }));
execFileSync(path.join(root, 'node_modules', '.bin', 'vite'), ['build', '--config', 'apps/web/vite.config.mts', '--logLevel', 'warn', '--outDir', webDir, '--emptyOutDir'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, NODE_ENV: 'production' },
});
const manifestPath = path.join(webDir, '.vite', 'manifest.json');
if (!fs.existsSync(manifestPath)) {
  process.stderr.write(`No ${manifestPath}: build the web app with build.manifest on (apps/web/vite.config.mts)\n`);
  process.exit(1);
}
const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8'));
const pages = process.argv.slice(2).length ? process.argv.slice(2) : ['src/liveblog/liveblog-page.tsx'];

const files = new Set();
const visit = (key) => {
  const chunk = manifest[key];
  if (!chunk) throw new Error(`${key} is not in the web build's manifest`);
  if (files.has(chunk.file)) return;
  files.add(chunk.file);
  for (const css of chunk.css ?? []) files.add(css);
  for (const imported of chunk.imports ?? []) visit(imported);
};
visit('index.html');
for (const page of pages) visit(page);

let raw = 0;
let gzipped = 0;
const rows = [...files].map((file) => {
  const content = fs.readFileSync(path.join(webDir, file));
  const size = { file, raw: content.length, gzip: zlib.gzipSync(content, { level: 9 }).length };
  raw += size.raw;
  gzipped += size.gzip;
  return size;
});
const kB = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
// The liveblog reader is opened on phones, on conference Wi-Fi: past this, the run fails.
const BUDGET_BYTES = 100 * 1024;
for (const row of rows.sort((a, b) => b.gzip - a.gzip)) process.stdout.write(`${kB(row.gzip).padStart(9)} gz  ${kB(row.raw).padStart(9)}  ${row.file}\n`);
process.stdout.write(`${kB(gzipped).padStart(9)} gz  ${kB(raw).padStart(9)}  total JS + CSS for ${pages.join(', ')} (budget: ${kB(BUDGET_BYTES)} gzipped)\n`);
if (gzipped > BUDGET_BYTES) {
  process.stderr.write(`Over budget by ${kB(gzipped - BUDGET_BYTES)}: load more of it lazily, or drop something.\n`);
  process.exitCode = 1;
}
