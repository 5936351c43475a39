import { Injectable } from '@nestjs/common';
import { TooManyActions } from './live.errors';

/**
 * Sliding one-minute limits per participant and kind of action (questions, votes, posts).
 * In memory: each API instance counts its own traffic, so with N instances behind a balancer
 * a participant gets up to N times the limit. Good enough against floods; not an accounting.
 */
@Injectable()
export class RateLimits {
  private readonly windows = new Map<string, number[]>();

  /** Records one action, or throws TooManyActions (429) when the last minute is full. */
  take(participantKey: string, what: string, perMinute: number): void {
    const now = Date.now();
    const key = `${what}|${participantKey}`;
    const recent = (this.windows.get(key) ?? []).filter((at) => at > now - 60_000);
    if (recent.length >= perMinute) {
      this.windows.set(key, recent);
      throw new TooManyActions(what, perMinute);
    }
    recent.push(now);
    this.windows.set(key, recent);
    if (this.windows.size > 100_000) this.sweep(now);
  }

  private sweep(now: number): void {
    for (const [key, times] of this.windows) if (!times.some((at) => at > now - 60_000)) this.windows.delete(key);
  }
}
