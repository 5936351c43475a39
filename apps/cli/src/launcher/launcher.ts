import { AppConfig, CrashBudget, EmbeddedPostgres, runPendingMigrations } from '@convene/core';
import { ChildProcess, fork } from 'node:child_process';
import path from 'node:path';
import { EMBEDDED_DATABASE, embeddedPostgres, openDataSource } from '../database';
import { seedDemoData } from '../seed/seed';
import { withSeedContext } from '../seed/seed.module';

const STOP_TIMEOUT_MS = 20_000;
const READY_TIMEOUT_MS = 120_000;

type Say = (line: string) => void;
type ChildName = 'api' | 'worker';

interface Child {
  name: ChildName;
  process: ChildProcess;
  /** How it ended: a signal name or `exit code N`. */
  exited: Promise<string>;
}

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
  private readonly children = new Map<ChildName, Child>();
  private readonly budgets = new Map<ChildName, CrashBudget>();
  private readonly restartTimers = new Set<NodeJS.Timeout>();
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
      const children = (['api', 'worker'] as const).map((name) => this.spawn(name));
      await Promise.all(children.map((child) => this.readyOf(child)));
      this.say(`Convene is ready in ${((Date.now() - started) / 1000).toFixed(1)} s: open ${this.config.publicUrl}`);
      this.say('Sign in as admin@example.org (the sign-in code is printed here). Ctrl-C stops everything.');
      for (const child of children) void this.watch(child);
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
      for (const timer of this.restartTimers) clearTimeout(timer);
      this.restartTimers.clear();
      await Promise.all([...this.children.values()].map((child) => stopChild(child)));
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

  private spawn(name: ChildName): Child {
    const entry = path.resolve(__dirname, '..', '..', '..', name, 'src', 'main.js');
    const child = fork(entry, [], { env: this.env, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    const exited = new Promise<string>((resolve) =>
      child.once('exit', (code, signal) => resolve(signal ?? `exit code ${code}`)),
    );
    const launched = { name, process: child, exited };
    this.children.set(name, launched);
    return launched;
  }

  private readyOf(child: Child): Promise<void> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${child.name} was not ready within ${READY_TIMEOUT_MS / 1000} s`)), READY_TIMEOUT_MS);
      child.process.on('message', (message: { type?: string }) => {
        if (message?.type === 'ready') {
          clearTimeout(timer);
          resolve();
        }
      });
      void child.exited.then((how) => {
        clearTimeout(timer);
        reject(new Error(`${child.name} stopped during start-up (${how})`));
      });
    });
  }

  /** A crashed child is started again after a pause, until it has crashed too often. */
  private async watch(child: Child): Promise<void> {
    const how = await child.exited;
    if (this.stopping) return;
    const budget = this.budgetOf(child.name);
    const restart = budget.recordCrash(Date.now());
    if (!restart) {
      this.say(`${child.name} exited (${how}) ${budget.limit + 1} times within ${budget.windowMs / 1000} s; stopping everything`);
      await this.stop('failure');
      process.exit(1);
    }
    this.say(`${child.name} exited (${how}); restarting in ${restart.delayMs / 1000} s, attempt ${restart.attempt} of ${budget.limit}`);
    await new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        this.restartTimers.delete(timer);
        resolve();
      }, restart.delayMs);
      this.restartTimers.add(timer);
    });
    if (this.stopping) return;
    const again = this.spawn(child.name);
    void this.watch(again);
    try {
      await this.readyOf(again);
      this.say(`${child.name} is running again`);
    } catch {
      // It crashed while starting: watch() above counts that crash.
    }
  }

  private budgetOf(name: ChildName): CrashBudget {
    let budget = this.budgets.get(name);
    if (!budget) this.budgets.set(name, (budget = new CrashBudget()));
    return budget;
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

async function stopChild(child: Child): Promise<void> {
  if (child.process.exitCode !== null || child.process.signalCode !== null) return;
  child.process.kill('SIGTERM');
  const timer = setTimeout(() => child.process.kill('SIGKILL'), STOP_TIMEOUT_MS);
  await child.exited;
  clearTimeout(timer);
}
