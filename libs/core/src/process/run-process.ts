import { ConfigError } from '../config/app-config';
import { EmbeddedPostgresError } from '../database/embedded-postgres-error';

export interface Started {
  /** Printed when ready; none for a process whose parent speaks for it. */
  readyMessage?: string;
}

/**
 * Runs one of our processes: a known failure (bad config, port in use, database down)
 * ends it with one clear line and exit code 1, not a wall of stack trace. When ready, it
 * tells a parent launcher over IPC.
 */
export async function runProcess(name: string, start: () => Promise<Started>): Promise<void> {
  try {
    const { readyMessage } = await start();
    if (readyMessage) process.stdout.write(`${readyMessage}\n`);
    process.send?.({ type: 'ready', name });
  } catch (error) {
    process.stderr.write(`${name}: ${describeStartupError(error)}\n`);
    process.exit(1);
  }
}

export function describeStartupError(error: unknown): string {
  if (error instanceof ConfigError) return error.message;
  if (error instanceof EmbeddedPostgresError) return error.message;
  const err = error as NodeJS.ErrnoException & { address?: string; port?: number };
  if (err?.code === 'EADDRINUSE') return `port ${err.port ?? ''} is already in use`;
  if (err?.code === 'EACCES' && err.port !== undefined) return `not allowed to listen on port ${err.port}`;
  if (err?.code === 'ECONNREFUSED') return `cannot reach ${err.address ?? 'a server'}:${err.port ?? ''} (connection refused)`;
  if (err?.code === '28P01' || err?.code === '3D000') return `database: ${err.message}`;
  return err?.message ?? String(error);
}
