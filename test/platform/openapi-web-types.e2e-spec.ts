import { testConfig } from '@convene/testing';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { RunningApi, startApi } from '../support/api';
import { openApiDocument } from '../support/openapi';

const root = path.resolve(__dirname, '../..');
const committed = path.join(root, 'apps/web/src/generated/api');

const filesOf = (dir: string) => Object.fromEntries(fs.readdirSync(dir).sort().map((name) => [name, fs.readFileSync(path.join(dir, name), 'utf8')]));

describe('The web app’s API types', () => {
  let api: RunningApi;
  let work: string;

  beforeAll(async () => {
    api = await startApi(await testConfig());
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'convene-api-types-'));
  });

  afterAll(async () => {
    await api?.close();
    if (work) fs.rmSync(work, { recursive: true, force: true });
  });

  it('are what the document the API serves generates (run `npm run api:types` after changing a view or a body)', async () => {
    const document = path.join(work, 'openapi.json');
    fs.writeFileSync(document, JSON.stringify(await openApiDocument(api.url)));
    const generated = path.join(work, 'api');
    execFileSync(process.execPath, [path.join(root, 'scripts/api-types.mjs'), '--document', document, '--out', generated], { cwd: root });

    expect(filesOf(committed)).toEqual(filesOf(generated));
  });
});
