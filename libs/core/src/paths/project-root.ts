import fs from 'node:fs';
import path from 'node:path';

let cached: string | undefined;

/** The folder holding our package.json, whether we run from the sources or from dist/. */
export function projectRoot(): string {
  if (cached) return cached;
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    const manifest = path.join(dir, 'package.json');
    if (fs.existsSync(manifest) && JSON.parse(fs.readFileSync(manifest, 'utf8')).name === 'convene') {
      cached = dir;
      return dir;
    }
    if (path.dirname(dir) === dir) throw new Error('Cannot find the project folder (package.json named convene)');
  }
}
