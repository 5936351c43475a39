// `npm start`: build what is stale, then run the launcher in this process so that Ctrl-C
// and SIGTERM reach it directly.
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
try {
  execFileSync(process.execPath, [path.join(root, 'scripts', 'build.mjs'), '--if-stale'], { cwd: root, stdio: 'inherit' });
} catch {
  process.exit(1);
}
process.argv.splice(2, process.argv.length - 2, 'start');
createRequire(import.meta.url)(path.join(root, 'dist', 'apps', 'cli', 'src', 'main.js'));
