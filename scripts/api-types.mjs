// npm run api:types: the web app's types of the API's views and bodies, generated from the OpenAPI
// document (apps/api/src/api-document.main.ts prints it) by @hey-api/openapi-ts into
// apps/web/src/generated/api. Types only: nothing of it reaches the browser's bundle.
// `--document FILE` makes them from a saved document instead (the spec that checks the committed
// types are current does, with the document the running API serves); `--out DIR` writes elsewhere.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const option = (name) => {
  const at = process.argv.indexOf(name);
  return at === -1 ? undefined : process.argv[at + 1];
};
const out = path.resolve(option('--out') ?? path.join(root, 'apps/web/src/generated/api'));

let document = option('--document');
if (!document) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'convene-api-document-'));
  process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
  document = path.join(dir, 'openapi.json');
  const printed = execFileSync(process.execPath, ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', 'apps/api/src/api-document.main.ts'], {
    cwd: root,
    maxBuffer: 64 * 1024 * 1024,
  });
  fs.writeFileSync(document, printed);
}

execFileSync(path.join(root, 'node_modules', '.bin', 'openapi-ts'), ['--input', document, '--output', out, '--plugins', '@hey-api/typescript', '--silent'], {
  cwd: root,
  stdio: 'inherit',
});
