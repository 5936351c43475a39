// npm run api:types: the web app's types of the API's views and bodies, generated from the OpenAPI
// document (apps/api/src/api-document.main.ts prints it) by @hey-api/openapi-ts into
// apps/web/src/generated/api, with routes.gen.ts beside them: each route by method and path, which the
// web app's calls name (apps/web/src/api-base.ts). Types only: nothing of it reaches the browser's bundle.
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

// Each route as 'METHOD /path' (under /api/v1) with the types openapi-ts made for its operation:
// its request (path, query, body) and its answer. openapi-ts names them from the operationId
// (SessionPollsController_list: SessionPollsControllerListData); a name it did not make stops the
// run here rather than in the web app's typecheck. A route that answers one of two views by its
// query gets one key per view: the ?since= routes answer their list, or with since the changes
// after it ('GET /sessions/{id}/polls?since={since}'), and GET /events answers past events with
// when=past. Keyed this way a call names the answer it reads, and no caller splits a union.
const API_PREFIX = '/api/v1';
const QUERY_VARIANTS = { 'GET /events': [{ query: 'when=past', view: 'PastEventListView' }] };
const spec = JSON.parse(fs.readFileSync(document, 'utf8'));
const types = fs.readFileSync(path.join(out, 'types.gen.ts'), 'utf8');
const typeNamed = (name, route) => {
  if (!types.includes(`export type ${name} =`)) throw new Error(`${name} (${route}) is not in ${out}/types.gen.ts`);
  return `Api.${name}`;
};
const pascal = (id) => id.split(/[^A-Za-z0-9]+/).map((part) => part.charAt(0).toUpperCase() + part.slice(1)).join('');
const views = (operation) => {
  const success = Object.entries(operation.responses ?? {}).find(([status]) => status.startsWith('2'));
  const schema = success?.[1].content?.['application/json']?.schema;
  return (schema?.oneOf ?? []).map((member) => member.$ref?.split('/').pop()).filter(Boolean);
};
const hasChanges = (view) => Boolean(spec.components.schemas[view]?.properties?.changes);
const rows = [];
for (const [route, operations] of Object.entries(spec.paths)) {
  for (const [method, operation] of Object.entries(operations)) {
    if (!['get', 'post', 'put', 'patch', 'delete'].includes(method)) continue;
    const key = `${method.toUpperCase()} ${route.startsWith(API_PREFIX) ? route.slice(API_PREFIX.length) : route}`;
    const name = pascal(operation.operationId);
    const request = typeNamed(`${name}Data`, key);
    const answer = typeNamed(`${name}Response`, key);
    const variants = [...(QUERY_VARIANTS[key] ?? [])];
    const takesSince = (operation.parameters ?? []).some((parameter) => parameter.in === 'query' && parameter.name === 'since');
    const changes = takesSince ? views(operation).find(hasChanges) : undefined;
    if (changes) variants.push({ query: 'since={since}', view: changes });
    for (const variant of variants) {
      if (!views(operation).includes(variant.view)) throw new Error(`${key} does not answer ${variant.view}`);
      rows.push(`  '${key}?${variant.query}': { request: ${request}; answer: ${typeNamed(variant.view, key)} };`);
    }
    const others = views(operation).filter((view) => !variants.some((variant) => variant.view === view));
    const plain = variants.length ? others.map((view) => typeNamed(view, key)).join(' | ') : answer;
    rows.push(`  '${key}': { request: ${request}; answer: ${plain} };`);
  }
}
rows.sort();
fs.writeFileSync(
  path.join(out, 'routes.gen.ts'),
  `// This file is made by scripts/api-types.mjs from the OpenAPI document: each route of the API by its\n// method and path under /api/v1, with the request and the answer @hey-api/openapi-ts typed for it.\n\nimport type * as Api from './types.gen';\n\nexport type Routes = {\n${rows.join('\n')}\n};\n`,
);
