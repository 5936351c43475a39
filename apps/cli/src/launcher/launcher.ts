import { AppConfig, CrashRestarts, EmbeddedPostgres, forkChild, readyOf, runPendingMigrations, stopChild, SupervisedChild } from '@convene/core';
import path from 'node:path';
import { EMBEDDED_DATABASE, embeddedPostgres, openDataSource } from '../database';
import { seedDemoData } from '../seed/seed';
import { withSeedContext } from '../seed/seed.module';

const STOP_TIMEOUT_MS = 20_000;
const READY_TIMEOUT_MS = 120_000;

type Say = (line: string) => void;
type ChildName = 'api' | 'worker';

/**
 * `npm start`: the whole system on one machine. Starts the embedded Postgres when
 * DATABASE_URL is unset, migrates, loads the demo data into an empty database, runs the
 * API and the worker as child processes, and on Ctrl-C or SIGTERM stops them first and
 * Postgres last, so in-flight requests and jobs still reach the database.
 *
 * A child that crashes is started again after a growing pause; one that keeps crashing
 * (see CrashBudget) or a Postgres that dies stops everything, with one line saying why.
 */
export class Launcher {
  private postgres: EmbeddedPostgres | undefined;
  private readonly children = new Map<ChildName, SupervisedChild>();
  private readonly restarts = new CrashRestarts<ChildName, SupervisedChild>({
    spawn: (name) => this.spawn(name),
    readyOf: (child) => readyOf(child, READY_TIMEOUT_MS),
    name: (name) => name,
    stops: 'everything',
    say: (line) => this.say(line),
    gaveUp: async () => {
      await this.stop('failure');
      process.exit(1);
    },
  });
  private env: NodeJS.ProcessEnv = {};
  private stopping: Promise<void> | undefined;

  constructor(
    private readonly config: AppConfig,
    private readonly say: Say = (line) => process.stdout.write(`${line}\n`),
  ) {}

  async run(): Promise<void> {
    process.once('SIGINT', () => void this.stop('SIGINT').then(() => process.exit(0)));
    process.once('SIGTERM', () => void this.stop('SIGTERM').then(() => process.exit(0)));
    try {
      const started = Date.now();
      const databaseUrl = await this.database();
      await this.prepare(databaseUrl);
      this.env = { ...process.env, DATABASE_URL: databaseUrl, DATA_DIR: this.config.dataDir };
      const names = ['api', 'worker'] as const;
      const children = names.map((name) => this.spawn(name));
      await Promise.all(children.map((child) => readyOf(child, READY_TIMEOUT_MS)));
      this.say(`Convene is ready in ${((Date.now() - started) / 1000).toFixed(1)} s: open ${this.config.publicUrl}`);
      this.say('Sign in as admin@example.org (the sign-in code is printed here). Ctrl-C stops everything.');
      children.forEach((child, index) => this.restarts.watch(names[index], child));
      void this.watchPostgres();
    } catch (error) {
      await this.stop('failure');
      throw error;
    }
  }

  /** Stops the children (they drain), then Postgres. Safe to call more than once. */
  stop(reason: string): Promise<void> {
    this.stopping ??= (async () => {
      if (reason !== 'failure') this.say(`Stopping (${reason})...`);
      this.restarts.stop();
      await Promise.all([...this.children.values()].map((child) => stopChild(child, STOP_TIMEOUT_MS)));
      await this.postgres?.stop();
      this.postgres = undefined;
    })();
    return this.stopping;
  }

  private async database(): Promise<string> {
    if (this.config.databaseUrl) return this.config.databaseUrl;
    this.postgres = embeddedPostgres(this.config);
    await this.postgres.start();
    this.say(`Embedded Postgres running from ${path.join(this.config.dataDir, 'postgres')} on port ${this.postgres.port}`);
    return this.postgres.ensureDatabase(EMBEDDED_DATABASE);
  }

  private async prepare(databaseUrl: string): Promise<void> {
    const dataSource = await openDataSource(databaseUrl);
    try {
      const ran = await runPendingMigrations(dataSource);
      if (ran.length) this.say(`Applied ${ran.length} migration(s)`);
    } finally {
      await dataSource.destroy();
    }
    const seed = await withSeedContext(this.config, databaseUrl, seedDemoData);
    if (seed.seeded) this.say(`Loaded demo data: ${seed.organisations} organisations, ${seed.people} people, ${seed.events} events`);
  }

  private spawn(name: ChildName): SupervisedChild {
    const entry = path.resolve(__dirname, '..', '..', '..', name, 'src', 'main.js');
    const child = forkChild(name, entry, [], this.env);
    this.children.set(name, child);
    return child;
  }

  /** Nothing works without the database: a Postgres that dies takes the system down cleanly. */
  private async watchPostgres(): Promise<void> {
    if (!this.postgres) return;
    await this.postgres.stopped;
    if (this.stopping) return;
    this.say('Postgres stopped unexpectedly; stopping everything');
    await this.stop('failure');
    process.exit(1);
  }
}
