import { CrashBudget } from '@convene/core';
import { ChildProcess, fork } from 'node:child_process';
import path from 'node:path';
import type { Logger } from 'pino';
import { STOP_DEADLINE_MS } from './graceful-stop';

const CHILD_ENTRY = path.join(__dirname, 'child-main.js');
const READY_TIMEOUT_MS = 120_000;
/** Past the children's own deadline: a child stuck even then is killed. */
const KILL_AFTER_MS = STOP_DEADLINE_MS + 5_000;

interface Child {
  slot: number;
  process: ChildProcess;
  /** How it ended: a signal name or `exit code N`. */
  exited: Promise<string>;
}

/**
 * The worker's first process when mail goes from several: it runs no jobs itself (so nothing it
 * does can crash it), starts the processes (child-main.ts), restarts one that dies after a
 * growing pause, and on SIGTERM or SIGINT stops them and waits while they finish the jobs in
 * hand. One that keeps crashing (CrashBudget) stops the worker, with a line saying why, for
 * whatever runs the worker to restart it whole. Each child exits when this process is gone.
 */
export class WorkerSupervisor {
  private readonly children = new Map<number, Child>();
  private readonly budgets = new Map<number, CrashBudget>();
  private readonly restartTimers = new Set<NodeJS.Timeout>();
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
    for (const child of mailOnly) void this.watch(child);
    try {
      await this.readyOf(whole);
    } catch (error) {
      await this.stop();
      throw error;
    }
    void this.watch(whole);
  }

  /** Stops every process (each drains), once however often it is called. */
  stop(): Promise<void> {
    this.stopping ??= (async () => {
      for (const timer of this.restartTimers) clearTimeout(timer);
      this.restartTimers.clear();
      await Promise.all([...this.children.values()].map((child) => stopChild(child)));
    })();
    return this.stopping;
  }

  private name(slot: number): string {
    return `worker ${slot}/${this.count}`;
  }

  private spawn(slot: number): Child {
    const child = fork(CHILD_ENTRY, [String(slot), String(this.count)], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    const exited = new Promise<string>((resolve) => child.once('exit', (code, signal) => resolve(signal ?? `exit code ${code}`)));
    const launched = { slot, process: child, exited };
    this.children.set(slot, launched);
    return launched;
  }

  private readyOf(child: Child): Promise<void> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${this.name(child.slot)} was not ready within ${READY_TIMEOUT_MS / 1000} s`)), READY_TIMEOUT_MS);
      child.process.on('message', (message: { type?: string }) => {
        if (message?.type !== 'ready') return;
        clearTimeout(timer);
        resolve();
      });
      void child.exited.then((how) => {
        clearTimeout(timer);
        reject(new Error(`${this.name(child.slot)} stopped during start-up (${how})`));
      });
    });
  }

  /** A process that died is started again after a pause, until it has died too often. */
  private async watch(child: Child): Promise<void> {
    const how = await child.exited;
    if (this.stopping) return;
    const budget = this.budgetOf(child.slot);
    const restart = budget.recordCrash(Date.now());
    if (!restart) {
      this.logger.error({ slot: child.slot, how }, `${this.name(child.slot)} exited (${how}) ${budget.limit + 1} times within ${budget.windowMs / 1000} s; stopping the worker`);
      await this.stop();
      process.exit(1);
    }
    this.logger.warn({ slot: child.slot, how }, `${this.name(child.slot)} exited (${how}); restarting in ${restart.delayMs / 1000} s, attempt ${restart.attempt} of ${budget.limit}`);
    await new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        this.restartTimers.delete(timer);
        resolve();
      }, restart.delayMs);
      this.restartTimers.add(timer);
    });
    if (this.stopping) return;
    const again = this.spawn(child.slot);
    void this.watch(again);
    try {
      await this.readyOf(again);
      this.logger.info({ slot: child.slot }, `${this.name(child.slot)} is running again`);
    } catch {
      // It died while starting: watch() above counts that.
    }
  }

  private budgetOf(slot: number): CrashBudget {
    let budget = this.budgets.get(slot);
    if (!budget) this.budgets.set(slot, (budget = new CrashBudget()));
    return budget;
  }
}

async function stopChild(child: Child): Promise<void> {
  if (child.process.exitCode !== null || child.process.signalCode !== null) return;
  child.process.kill('SIGTERM');
  const timer = setTimeout(() => child.process.kill('SIGKILL'), KILL_AFTER_MS);
  await child.exited;
  clearTimeout(timer);
}
