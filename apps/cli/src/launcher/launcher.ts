import { AppConfig, EmbeddedPostgres, runPendingMigrations } from '@convene/core';
import { ChildProcess, fork } from 'node:child_process';
import path from 'node:path';
import { EMBEDDED_DATABASE, embeddedPostgres, openDataSource } from '../database';
import { seedDemoData } from '../seed/seed';

const STOP_TIMEOUT_MS = 20_000;
const READY_TIMEOUT_MS = 120_000;

type Say = (line: string) => void;

interface Child {
  name: 'api' | 'worker';
  process: ChildProcess;
  exited: Promise<number | null>;
}

/**
 * `npm start`: the whole system on one machine. Starts the embedded Postgres when
 * DATABASE_URL is unset, migrates, loads the demo data into an empty database, runs the
 * API and the worker as child processes, and on Ctrl-C or SIGTERM stops them first and
 * Postgres last, so in-flight requests and jobs still reach the database.
 */
export class Launcher {
  private postgres: EmbeddedPostgres | undefined;
  private children: Child[] = [];
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
      const env = { ...process.env, DATABASE_URL: databaseUrl, DATA_DIR: this.config.dataDir };
      this.children = [this.spawn('api', env), this.spawn('worker', env)];
      await Promise.all(this.children.map((child) => this.readyOf(child)));
      this.say(`Convene is ready in ${((Date.now() - started) / 1000).toFixed(1)} s: open ${this.config.publicUrl}`);
      this.say('Sign in as admin@example.org (the sign-in code is printed here). Ctrl-C stops everything.');
      for (const child of this.children) void this.watch(child);
    } catch (error) {
      await this.stop('failure');
      throw error;
    }
  }

  /** Stops the children (they drain), then Postgres. Safe to call more than once. */
  stop(reason: string): Promise<void> {
    this.stopping ??= (async () => {
      if (reason !== 'failure') this.say(`Stopping (${reason})...`);
      await Promise.all(this.children.map((child) => stopChild(child)));
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
      const seed = await seedDemoData(dataSource);
      if (seed.seeded) this.say(`Loaded demo data: ${seed.organisations} organisations, ${seed.people} people, ${seed.events} events`);
    } finally {
      await dataSource.destroy();
    }
  }

  private spawn(name: Child['name'], env: NodeJS.ProcessEnv): Child {
    const entry = path.resolve(__dirname, '..', '..', '..', name, 'src', 'main.js');
    const child = fork(entry, [], { env, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    return { name, process: child, exited };
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
      void child.exited.then((code) => {
        clearTimeout(timer);
        reject(new Error(`${child.name} stopped during start-up (exit code ${code})`));
      });
    });
  }

  /** A child that dies on its own takes the system down cleanly rather than half-running. */
  private async watch(child: Child): Promise<void> {
    const code = await child.exited;
    if (this.stopping) return;
    this.say(`${child.name} stopped unexpectedly (exit code ${code}); stopping everything`);
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
