// Builds what is missing or stale: the server (tsc, then tsc-alias for the @convene/* paths)
// and the web app (Vite). `--if-stale` skips what is already up to date. `--pseudo` builds only the
// web app in the pseudo-locale (dist/web-pseudo), for the pseudo-locale journey.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const onlyIfStale = process.argv.includes('--if-stale');
const pseudo = process.argv.includes('--pseudo');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);

const targets = [
  {
    name: 'server',
    stamp: 'dist/.server-stamp',
    sources: ['apps/api', 'apps/worker', 'apps/cli', 'libs', 'tsconfig.json', 'tsconfig.build.json', 'package-lock.json'],
    clean: ['dist/apps', 'dist/libs'],
    steps: [
      [bin('tsc'), ['-p', 'tsconfig.build.json']],
      [bin('tsc-alias'), ['-p', 'tsconfig.build.json']],
    ],
  },
  {
    name: 'web',
    stamp: 'dist/.web-stamp',
    sources: ['apps/web', 'libs/i18n', 'package-lock.json'],
    clean: [],
    steps: [[bin('vite'), ['build', '--config', 'apps/web/vite.config.mts', '--logLevel', 'warn']]],
  },
];

const pseudoTargets = [
  {
    name: 'web in the pseudo-locale',
    stamp: 'dist/.web-pseudo-stamp',
    sources: ['apps/web', 'libs/i18n', 'package-lock.json'],
    clean: [],
    env: { CONVENE_PSEUDO_LOCALE: '1' },
    steps: [[bin('vite'), ['build', '--config', 'apps/web/vite.config.mts', '--logLevel', 'warn']]],
  },
];

function newestChange(entry) {
  const full = path.join(root, entry);
  if (!fs.existsSync(full)) return 0;
  const stat = fs.statSync(full);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const child of fs.readdirSync(full)) {
    if (child === 'node_modules' || child.startsWith('.')) continue;
    newest = Math.max(newest, newestChange(path.join(entry, child)));
  }
  return newest;
}

function isStale(target) {
  const stamp = path.join(root, target.stamp);
  if (!fs.existsSync(stamp)) return true;
  const built = fs.statSync(stamp).mtimeMs;
  return target.sources.some((source) => newestChange(source) > built);
}

for (const target of pseudo ? pseudoTargets : targets) {
  if (onlyIfStale && !isStale(target)) continue;
  const started = Date.now();
  process.stderr.write(`Building ${target.name}...\n`);
  for (const dir of target.clean) fs.rmSync(path.join(root, dir), { recursive: true, force: true });
  for (const [command, args] of target.steps) {
    try {
      execFileSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...target.env } });
    } catch {
      process.stderr.write(`The ${target.name} build failed (see above).\n`);
      process.exit(1);
    }
  }
  fs.mkdirSync(path.join(root, 'dist'), { recursive: true });
  fs.writeFileSync(path.join(root, target.stamp), new Date().toISOString());
  process.stderr.write(`Built ${target.name} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
}
