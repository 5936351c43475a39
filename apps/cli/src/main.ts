import 'reflect-metadata';
import { describeStartupError, loadConfig, runPendingMigrations } from '@convene/core';
import { openDataSource, withDatabase } from './database';
import { CommandError, createApiToken, parseTokenCreateArgs } from './commands/token-create.command';
import { Launcher } from './launcher/launcher';
import { seedDemoData } from './seed/seed';
import { withSeedContext } from './seed/seed.module';

const USAGE = `Usage: node dist/apps/cli/src/main.js <command>
  start     run everything (embedded Postgres unless DATABASE_URL is set, API, worker)
  migrate   apply pending migrations
  seed      load the demo data into an empty database
  token:create --email <address> --name <label>
            create an API token for that person; the token alone is the last line printed`;

async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  const config = loadConfig();
  switch (command) {
    case 'start':
      return new Launcher(config).run();
    case 'migrate':
      return withDatabase(config, async (url) => {
        const dataSource = await openDataSource(url);
        const ran = await runPendingMigrations(dataSource).finally(() => dataSource.destroy());
        process.stdout.write(ran.length ? `Applied: ${ran.join(', ')}\n` : 'No pending migrations\n');
      });
    case 'seed':
      return withDatabase(config, async (url) => {
        const dataSource = await openDataSource(url);
        await runPendingMigrations(dataSource).finally(() => dataSource.destroy());
        const result = await withSeedContext(config, url, seedDemoData);
        process.stdout.write(result.seeded ? `Seeded ${result.organisations} organisations, ${result.people} people, ${result.events} events\n` : 'The database already has people: nothing seeded\n');
      });
    case 'token:create': {
      const args = parseTokenCreateArgs(rest);
      return withDatabase(config, async (url) => {
        const dataSource = await openDataSource(url);
        const token = await createApiToken(dataSource, config, args).finally(() => dataSource.destroy());
        process.stdout.write(`API token "${args.name}" for ${args.email}; it is shown this once:\n${token}\n`);
      });
    }
    default:
      process.stderr.write(`${USAGE}\n`);
      process.exit(2);
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof CommandError) {
    process.stderr.write(`convene: ${error.message}\n${USAGE}\n`);
    process.exit(2);
  }
  process.stderr.write(`convene: ${describeStartupError(error)}\n`);
  process.exit(1);
});
