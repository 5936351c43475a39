import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

// The liveblog reader's budget (100 kB of JavaScript and CSS, gzipped) is checked by the same
// script people run (`npm run size:liveblog`), on its own production build.
describe('the liveblog reader page weight', () => {
  it('stays within its budget', async () => {
    const root = path.resolve(__dirname, '../..');
    const run = promisify(execFile)(process.execPath, ['scripts/page-weight.mjs'], { cwd: root, env: { ...process.env, NODE_ENV: 'production' } });
    const { stdout } = await run.catch((failure: { stdout: string; stderr: string }) => {
      throw new Error(`${failure.stdout}\n${failure.stderr}`);
    });
    const total = /([\d.]+) kB gz .* total JS \+ CSS/.exec(stdout);
    expect(Number(total?.[1])).toBeLessThanOrEqual(100);
  }, 120_000);
});
