import type { INestApplicationContext } from '@nestjs/common';

/** How long a worker process may take to finish the jobs in hand once told to stop; then it just exits. */
export const STOP_DEADLINE_MS = 15_000;

/**
 * Closes a worker process's app once, on the first of: SIGTERM, SIGINT, and for a child of the
 * worker's first process, that process going away (its IPC channel closes: a killed worker leaves
 * no process behind). Once only: Ctrl-C reaches every process of the terminal's group and the
 * parent then sends SIGTERM too, which must not cut the drain short. Told to stop while still
 * starting, the process exits at once: it holds no job yet.
 */
export class GracefulStop {
  private app: INestApplicationContext | undefined;
  private stopping = false;

  constructor(private readonly deadlineMs = STOP_DEADLINE_MS) {}

  listen(options: { toParent: boolean }): this {
    process.on('SIGTERM', () => this.stop());
    process.on('SIGINT', () => this.stop());
    if (options.toParent) process.on('disconnect', () => this.stop());
    return this;
  }

  started(app: INestApplicationContext): void {
    this.app = app;
  }

  private stop(): void {
    if (this.stopping) return;
    this.stopping = true;
    if (!this.app) process.exit(0);
    setTimeout(() => process.exit(1), this.deadlineMs).unref();
    this.app.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  }
}
