// Bursts of changes published at a steady cadence: polls' results and Q&A vote counts.

/**
 * Runs `publish(key)` at most once every `intervalMs` per key, after the first call since the
 * last run; a call while it runs schedules one more run.
 */
export class Coalesced {
  private readonly due = new Map<string, NodeJS.Timeout | 'running'>();
  private readonly again = new Set<string>();
  private stopped = false;

  constructor(
    private readonly intervalMs: number,
    private readonly publish: (key: string) => Promise<void>,
    private readonly failed: (key: string, error: Error) => void,
  ) {}

  soon(key: string): void {
    if (this.stopped) return;
    const state = this.due.get(key);
    if (state === 'running') {
      this.again.add(key);
      return;
    }
    if (state) return;
    this.due.set(key, setTimeout(() => void this.run(key), this.intervalMs));
  }

  stop(): void {
    this.stopped = true;
    for (const state of this.due.values()) if (state !== 'running') clearTimeout(state);
    this.due.clear();
  }

  private async run(key: string): Promise<void> {
    this.due.set(key, 'running');
    try {
      await this.publish(key);
    } catch (error) {
      this.failed(key, error as Error);
    } finally {
      this.due.delete(key);
      if (this.again.delete(key)) this.soon(key);
    }
  }
}
