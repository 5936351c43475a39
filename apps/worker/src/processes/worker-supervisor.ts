import { CrashRestarts, forkChild, readyOf, stopChild, SupervisedChild } from '@convene/core/process';
import path from 'node:path';
import type { Logger } from 'pino';
import { STOP_DEADLINE_MS } from './graceful-stop';

const CHILD_ENTRY = path.join(__dirname, 'child-main.js');
const READY_TIMEOUT_MS = 120_000;
/** Past the children's own deadline: a child stuck even then is killed. */
const KILL_AFTER_MS = STOP_DEADLINE_MS + 5_000;

/**
 * The worker's first process when mail goes from several: it runs no jobs itself (so nothing it
 * does can crash it), starts the processes (child-main.ts), restarts one that dies after a
 * growing pause, and on SIGTERM or SIGINT stops them and waits while they finish the jobs in
 * hand. One that keeps crashing (CrashBudget) stops the worker, with a line saying why, for
 * whatever runs the worker to restart it whole. Each child exits when this process is gone.
 * It imports only `@convene/core/process`: supervising loads no TypeORM, Nest or BullMQ.
 */
export class WorkerSupervisor {
  /** The process running in each slot (1 is the whole worker, the others send mail only). */
  private readonly children = new Map<number, SupervisedChild>();
  private readonly restarts = new CrashRestarts<number, SupervisedChild>({
    spawn: (slot) => this.spawn(slot),
    readyOf: (child) => readyOf(child, READY_TIMEOUT_MS),
    name: (slot) => this.name(slot),
    stops: 'the worker',
    say: (line, level, slot, how) => this.logger[level]({ slot, how }, line),
    gaveUp: async () => {
      await this.stop();
      process.exit(1);
    },
  });
  private stopping: Promise<void> | undefined;

  constructor(
    private readonly count: number,
    private readonly logger: Logger,
  ) {}

  /**
   * Resolves once the first process (the whole worker) is ready: every queue is then served, and
   * the mail-only processes join as they come up (one that fails to start counts as a crash). If
   * the first fails to start, stops the others and throws.
   */
  async start(): Promise<void> {
    const [whole, ...mailOnly] = Array.from({ length: this.count }, (_, index) => this.spawn(index + 1));
    mailOnly.forEach((child, index) => this.restarts.watch(index + 2, child));
    try {
      await readyOf(whole, READY_TIMEOUT_MS);
    } catch (error) {
      await this.stop();
      throw error;
    }
    this.restarts.watch(1, whole);
  }

  /** Stops every process (each drains), once however often it is called. */
  stop(): Promise<void> {
    this.stopping ??= (async () => {
      this.restarts.stop();
      await Promise.all([...this.children.values()].map((child) => stopChild(child, KILL_AFTER_MS)));
    })();
    return this.stopping;
  }

  private name(slot: number): string {
    return `worker ${slot}/${this.count}`;
  }

  private spawn(slot: number): SupervisedChild {
    const child = forkChild(this.name(slot), CHILD_ENTRY, [String(slot), String(this.count)]);
    this.children.set(slot, child);
    return child;
  }
}
