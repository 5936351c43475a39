// npm run migration:generate -- Name | migration:run | migration:revert
// Runs the TypeORM CLI on apps/cli/src/data-source.ts against DATABASE_URL, or against the
// embedded Postgres (started for the duration) when DATABASE_URL is unset.
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const [action, name] = process.argv.slice(2);
if (!['generate', 'run', 'revert'].includes(action) || (action === 'generate' && !/^[A-Za-z][A-Za-z0-9]*$/.test(name ?? ''))) {
  process.stderr.write('Usage: npm run migration:generate -- NameInPascalCase | migration:run | migration:revert\n');
  process.exit(2);
}

execFileSync(process.execPath, [path.join(root, 'scripts', 'build.mjs'), '--if-stale'], { cwd: root, stdio: 'inherit' });
const { loadConfig } = require(path.join(root, 'dist', 'libs', 'core', 'src', 'index.js'));
const { withDatabase } = require(path.join(root, 'dist', 'apps', 'cli', 'src', 'database.js'));

const typeorm = (args, databaseUrl) =>
  execFileSync(
    process.execPath,
    ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', require.resolve('typeorm/cli.js'), ...args, '-d', 'apps/cli/src/data-source.ts'],
    { cwd: root, stdio: 'inherit', env: { ...process.env, DATABASE_URL: databaseUrl, TS_NODE_PROJECT: 'tsconfig.json' } },
  );

try {
  await withDatabase(loadConfig(), async (databaseUrl) => {
    if (action === 'generate') {
      typeorm(['migration:run'], databaseUrl);
      typeorm(['migration:generate', path.join('libs', 'core', 'src', 'database', 'migrations', name), '--pretty'], databaseUrl);
      process.stdout.write('Read the new migration, then add it to libs/core/src/database/migrations/index.ts\n');
    } else {
      typeorm([`migration:${action}`], databaseUrl);
    }
  });
} catch (error) {
  process.stderr.write(`migration:${action} failed${error?.message ? `: ${error.message.split('\n')[0]}` : ''}\n`);
  process.exit(1);
}
