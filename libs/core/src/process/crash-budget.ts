export interface Restart {
  /** 1 for the first crash in the window. */
  attempt: number;
  delayMs: number;
}

/**
 * How often a child process may crash before its supervisor (the launcher, the worker's first
 * process) gives up: `limit` restarts within a sliding window, each after a pause that doubles
 * (1 s, 2 s, 4 s, ...) up to a cap. A child that crashes once an hour is restarted every time,
 * after the first pause.
 */
export class CrashBudget {
  private crashes: number[] = [];

  constructor(
    readonly limit = 5,
    readonly windowMs = 60_000,
    private readonly firstDelayMs = 1_000,
    private readonly maxDelayMs = 16_000,
  ) {}

  /** The restart to make after a crash at `now`, or undefined when the budget is spent. */
  recordCrash(now: number): Restart | undefined {
    this.crashes = [...this.crashes.filter((at) => now - at < this.windowMs), now];
    const attempt = this.crashes.length;
    if (attempt > this.limit) return undefined;
    return { attempt, delayMs: Math.min(this.firstDelayMs * 2 ** (attempt - 1), this.maxDelayMs) };
  }
}
