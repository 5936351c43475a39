import { CrashBudget, Restart } from './crash-budget';

/** The time, and timers: the system's in production, one driven by hand in tests. */
export interface RestartClock {
  now(): number;
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(timer: unknown): void;
}

export const systemClock: RestartClock = {
  now: () => Date.now(),
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (timer) => clearTimeout(timer as NodeJS.Timeout),
};

/** What the supervisor does at each step, and how it says so (a log line, a line on the terminal). */
export interface RestartSteps<K, C extends { exited: Promise<string> }> {
  /** Starts the child that runs as `key` again. */
  spawn(key: K): C;
  /** Resolves when the child is ready; rejects if it dies while starting (that death counts as a crash). */
  readyOf(child: C): Promise<void>;
  restarting(key: K, how: string, restart: Restart, budget: CrashBudget): void;
  running(key: K): void;
  /** The child died too often within its budget: the supervisor stops everything and says why. */
  gaveUp(key: K, how: string, budget: CrashBudget): Promise<void>;
}

/**
 * Restarts a supervisor's children when they die, each after a growing pause, until one has died
 * too often (a CrashBudget per child). The one restart loop of the launcher (`npm start`) and the
 * worker's first process.
 */
export class CrashRestarts<K, C extends { exited: Promise<string> }> {
  private readonly budgets = new Map<K, CrashBudget>();
  /** Pauses under way, each with what ends it early. */
  private readonly pauses = new Map<unknown, () => void>();
  private stopped = false;

  constructor(
    private readonly steps: RestartSteps<K, C>,
    private readonly clock: RestartClock = systemClock,
    private readonly newBudget: () => CrashBudget = () => new CrashBudget(),
  ) {}

  /** Watches `child`, running as `key`, and each child started in its place. */
  watch(key: K, child: C): void {
    void this.afterExit(key, child);
  }

  /** No more restarts (the supervisor is stopping): a pause under way ends with none. */
  stop(): void {
    this.stopped = true;
    for (const [timer, end] of this.pauses) {
      this.clock.clearTimeout(timer);
      end();
    }
    this.pauses.clear();
  }

  private async afterExit(key: K, child: C): Promise<void> {
    const how = await child.exited;
    if (this.stopped) return;
    const budget = this.budgetOf(key);
    const restart = budget.recordCrash(this.clock.now());
    if (!restart) return this.steps.gaveUp(key, how, budget);
    this.steps.restarting(key, how, restart, budget);
    await this.pause(restart.delayMs);
    if (this.stopped) return;
    const again = this.steps.spawn(key);
    this.watch(key, again);
    try {
      await this.steps.readyOf(again);
    } catch {
      return; // It died while starting: the watch above counts that crash.
    }
    this.steps.running(key);
  }

  private pause(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = this.clock.setTimeout(() => {
        this.pauses.delete(timer);
        resolve();
      }, ms);
      this.pauses.set(timer, resolve);
    });
  }

  private budgetOf(key: K): CrashBudget {
    let budget = this.budgets.get(key);
    if (!budget) this.budgets.set(key, (budget = this.newBudget()));
    return budget;
  }
}
