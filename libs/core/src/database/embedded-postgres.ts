import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { freePort } from '../process/net';
import { EmbeddedPostgresError } from './embedded-postgres-error';

export { EmbeddedPostgresError };

export interface EmbeddedPostgresOptions {
  /** The cluster's folder; created (and initialised) on first start, reused after. */
  dataDir: string;
  /** 0 picks a free port. */
  port?: number;
  onLog?: (line: string) => void;
}

interface OsUser {
  uid: number;
  gid: number;
}

const USER = 'convene';

/**
 * A real Postgres from the `embedded-postgres` package's binaries, run by us rather than by
 * that package's wrapper: the wrapper kills Postgres on the first SIGINT, before the API and
 * worker have drained, and we need to choose the shutdown order.
 */
export class EmbeddedPostgres {
  private process: ChildProcess | undefined;
  private exited: Promise<void> = Promise.resolve();
  private portInUse = 0;

  constructor(private readonly options: EmbeddedPostgresOptions) {}

  get port(): number {
    return this.portInUse;
  }

  /** Resolves when the running Postgres exits, whether stopped by us or killed. */
  get stopped(): Promise<void> {
    return this.exited;
  }

  url(database = 'postgres'): string {
    return `postgres://${USER}:${encodeURIComponent(this.password())}@127.0.0.1:${this.portInUse}/${database}`;
  }

  async start(): Promise<void> {
    const runAs = prepareOsUser();
    const clusterDir = path.join(this.options.dataDir, 'cluster');
    prepareDirectory(this.options.dataDir, runAs);
    if (!fs.existsSync(path.join(clusterDir, 'PG_VERSION'))) {
      this.initialise(clusterDir, runAs);
    }
    this.portInUse = this.options.port || (await freePort());
    await assertPortFree(this.portInUse);

    const child = spawn(
      binary('postgres'),
      [
        '-D', clusterDir,
        '-p', String(this.portInUse),
        '-c', 'listen_addresses=127.0.0.1',
        '-c', 'unix_socket_directories=',
        '-c', 'max_connections=200',
        '-c', 'fsync=on',
      ],
      { ...runAs, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, LC_MESSAGES: 'C' } },
    );
    this.process = child;
    this.exited = new Promise((resolve) => child.once('exit', () => resolve()));

    let output = '';
    const ready = new Promise<void>((resolve, reject) => {
      const onData = (chunk: Buffer) => {
        const text = chunk.toString('utf8');
        output += text;
        for (const line of text.split('\n').filter(Boolean)) this.options.onLog?.(line);
        if (text.includes('database system is ready to accept connections')) resolve();
      };
      child.stderr?.on('data', onData);
      child.stdout?.on('data', onData);
      child.once('exit', (code) => {
        const reason = output.split('\n').find((line) => /FATAL|ERROR/.test(line)) ?? `exit code ${code}`;
        reject(new EmbeddedPostgresError(`Postgres did not start: ${reason.trim()}`));
      });
    });
    await ready;
  }

  /** Fast shutdown: open transactions roll back, committed data is on disk. */
  async stop(): Promise<void> {
    const child = this.process;
    if (!child || child.exitCode !== null) return;
    child.kill('SIGINT');
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    await this.exited;
    clearTimeout(timer);
    this.process = undefined;
  }

  async ensureDatabase(name: string): Promise<string> {
    const client = new Client({ connectionString: this.url('postgres') });
    await client.connect();
    try {
      const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
      if (found.rowCount === 0) await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
    } finally {
      await client.end();
    }
    return this.url(name);
  }

  private passwordFile(): string {
    return path.join(this.options.dataDir, 'postgres-password');
  }

  private password(): string {
    return fs.readFileSync(this.passwordFile(), 'utf8').trim();
  }

  private initialise(clusterDir: string, runAs: OsUser | undefined): void {
    fs.rmSync(clusterDir, { recursive: true, force: true });
    fs.mkdirSync(clusterDir, { mode: 0o700 });
    if (runAs) fs.chownSync(clusterDir, runAs.uid, runAs.gid);
    const password = randomBytes(18).toString('base64url');
    fs.writeFileSync(this.passwordFile(), password, { mode: 0o600 });
    const pwfile = path.join(os.tmpdir(), `convene-pw-${randomBytes(6).toString('hex')}`);
    fs.writeFileSync(pwfile, `${password}\n`, { mode: 0o644 });
    try {
      execFileSync(
        binary('initdb'),
        [`--pgdata=${clusterDir}`, '--auth=scram-sha-256', `--username=${USER}`, `--pwfile=${pwfile}`, '--encoding=UTF8', '--locale=C'],
        { ...runAs, stdio: 'pipe', env: { ...process.env, LC_MESSAGES: 'C' } },
      );
    } catch (error) {
      const stderr = (error as { stderr?: Buffer }).stderr?.toString() ?? String(error);
      throw new EmbeddedPostgresError(`Postgres could not initialise ${clusterDir}: ${stderr.trim().split('\n').pop()}`);
    } finally {
      fs.rmSync(pwfile, { force: true });
    }
  }
}

function binary(name: 'postgres' | 'initdb'): string {
  const pkg = `@embedded-postgres/${process.platform}-${process.arch}`;
  let entry: string;
  try {
    entry = require.resolve(pkg);
  } catch {
    throw new EmbeddedPostgresError(`No embedded Postgres for ${process.platform}-${process.arch} (${pkg} is not installed)`);
  }
  return path.resolve(path.dirname(entry), '..', 'native', 'bin', name);
}

/** Postgres refuses to run as root: as root we run it as the `postgres` OS user. */
function prepareOsUser(): OsUser | undefined {
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) return undefined;
  const lookup = (): OsUser => ({
    uid: Number(execFileSync('id', ['-u', 'postgres']).toString().trim()),
    gid: Number(execFileSync('id', ['-g', 'postgres']).toString().trim()),
  });
  try {
    return lookup();
  } catch {
    execFileSync('useradd', ['--system', '--user-group', '--no-create-home', 'postgres'], { stdio: 'ignore' });
    return lookup();
  }
}

function prepareDirectory(dataDir: string, runAs: OsUser | undefined): void {
  try {
    fs.mkdirSync(dataDir, { recursive: true });
    fs.accessSync(dataDir, fs.constants.W_OK);
  } catch {
    throw new EmbeddedPostgresError(`The data folder ${dataDir} is not writable`);
  }
  if (!runAs) return;
  // The postgres user must be able to walk down to the cluster folder and to the binaries
  // (a checkout under a private folder, such as one made by mktemp, would stop it).
  makeTraversable(dataDir);
  makeTraversable(path.dirname(binary('postgres')));
}

function makeTraversable(target: string): void {
  for (let dir = path.resolve(target); ; dir = path.dirname(dir)) {
    const mode = fs.statSync(dir).mode;
    if ((mode & 0o001) === 0) fs.chmodSync(dir, mode | 0o001);
    if (path.dirname(dir) === dir) break;
  }
}

function assertPortFree(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', () => reject(new EmbeddedPostgresError(`Port ${port} is already in use`)));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve()));
  });
}
