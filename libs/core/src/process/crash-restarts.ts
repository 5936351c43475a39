import { CrashBudget } from './crash-budget';

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

/** What the supervisor does at each step, and where it says so (a log line, a line on the terminal); the loop words the lines. */
export interface RestartSteps<K, C extends { exited: Promise<string> }> {
  /** Starts the child that runs as `key` again. */
  spawn(key: K): C;
  /** Resolves when the child is ready; rejects if it dies while starting (that death counts as a crash). */
  readyOf(child: C): Promise<void>;
  /** The child as the lines name it ("worker", "worker 2/3"). */
  name(key: K): string;
  /** What giving up stops, as the last line says it ("everything", "the worker"). */
  stops: string;
  /** Says one line: a child restarting ('warn'), running again ('info'), or given up on ('error'); `how` it ended, where it did. */
  say(line: string, level: 'info' | 'warn' | 'error', key: K, how?: string): void;
  /** The child died too often within its budget (said already): the supervisor stops everything. */
  gaveUp(key: K): Promise<void>;
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
    const name = this.steps.name(key);
    if (!restart) {
      this.steps.say(`${name} exited (${how}) ${budget.limit + 1} times within ${budget.windowMs / 1000} s; stopping ${this.steps.stops}`, 'error', key, how);
      return this.steps.gaveUp(key);
    }
    this.steps.say(`${name} exited (${how}); restarting in ${restart.delayMs / 1000} s, attempt ${restart.attempt} of ${budget.limit}`, 'warn', key, how);
    await this.pause(restart.delayMs);
    if (this.stopped) return;
    const again = this.steps.spawn(key);
    this.watch(key, again);
    try {
      await this.steps.readyOf(again);
    } catch {
      return; // It died while starting: the watch above counts that crash.
    }
    this.steps.say(`${name} is running again`, 'info', key);
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
