import { Injectable } from '@nestjs/common';
import { TooManyAttempts } from '../identity.errors';
import { HitBatches } from './hit-batches';
import { RateLimitRepository } from './rate-limit.repository';

export interface RateLimit {
  /** Names the counted thing, e.g. "sign-in-email"; the key says whose. */
  name: string;
  max: number;
  windowSeconds: number;
}

/**
 * One attempt counted inside the caller's own statement, so a hot path spends one round trip on
 * both: put `sql(first)` in a CTE (it returns `hits`), pass `params` as $first and $first + 1,
 * let the statement act only while `hits <= max`, then `settle` the hits it returned.
 */
export interface CountedAttempt {
  sql(first: number): string;
  params: [bucket: string, windowStart: Date];
  max: number;
  /** Throws TooManyAttempts when the count the statement returned is over the limit. */
  settle(hits: number): Promise<void>;
}

/** Fixed-window limits counted in Postgres, so they hold across API instances. */
@Injectable()
export class RateLimiter {
  private lastSweep = 0;
  /** Attempts counted at the same time share a statement. */
  private readonly hits: HitBatches;

  constructor(private readonly counters: RateLimitRepository) {
    this.hits = new HitBatches((totals) => this.counters.addHits(totals));
  }

  /** Counts one attempt; throws TooManyAttempts once the window's count is over the limit. */
  async consume(limit: RateLimit, key: string): Promise<void> {
    // Without waiting for the disk (see addHits): every vote and question counts here.
    await this.consumeEach([{ limit, key }]);
  }

  /**
   * Counts one attempt against each limit in one statement (a request limited several ways),
   * shared with the attempts counted at the same time; throws TooManyAttempts if any window's
   * count is over its limit.
   */
  async consumeEach(limits: Array<{ limit: RateLimit; key: string }>): Promise<void> {
    const windows = limits.map(({ limit }) => this.windowStart(limit));
    const hits = await this.hits.count(limits.map(({ limit, key }, index) => ({ bucket: this.bucket(limit, key), windowStart: windows[index] })));
    await this.sweep();
    const over = limits.findIndex(({ limit }, index) => hits[index] > limit.max);
    if (over >= 0) throw new TooManyAttempts(this.secondsLeft(limits[over].limit, windows[over]));
  }

  /** The attempt, counted by the caller's statement (CountedAttempt). */
  countedInStatement(limit: RateLimit, key: string): CountedAttempt {
    const windowStart = this.windowStart(limit);
    return {
      sql: (first) => this.counters.hitInStatement(first),
      params: [this.bucket(limit, key), windowStart],
      max: limit.max,
      settle: async (hits) => {
        await this.sweep();
        if (hits > limit.max) throw new TooManyAttempts(this.secondsLeft(limit, windowStart));
      },
    };
  }

  /**
   * CTEs counting a group of attempts (each a `countedInStatement`, its `params` spread over the
   * arrays $first and $first + 1) in the caller's one statement; the last, `counted(n, hits)`, has
   * the n-th attempt's count for its `settle`.
   */
  groupCountedInStatement(first: number): string {
    return this.counters.hitsInGroupStatement(first);
  }

  /** Throws TooManyAttempts if the limit is already reached, without counting. */
  async check(limit: RateLimit, key: string): Promise<void> {
    const windowStart = this.windowStart(limit);
    const hits = await this.counters.hitsIn(this.bucket(limit, key), windowStart);
    if (hits >= limit.max) throw new TooManyAttempts(this.secondsLeft(limit, windowStart));
  }

  /** Counts one attempt without refusing (for failures, checked before the next attempt). */
  async record(limit: RateLimit, key: string): Promise<void> {
    await this.counters.hit(this.bucket(limit, key), this.windowStart(limit));
  }

  private bucket(limit: RateLimit, key: string): string {
    return `${limit.name}:${key}`;
  }

  private windowStart(limit: RateLimit): Date {
    const size = limit.windowSeconds * 1000;
    return new Date(Math.floor(Date.now() / size) * size);
  }

  private secondsLeft(limit: RateLimit, windowStart: Date): number {
    return Math.max(1, Math.ceil((windowStart.getTime() + limit.windowSeconds * 1000 - Date.now()) / 1000));
  }

  /** At most once a minute per instance: old windows are deleted. */
  private async sweep(): Promise<void> {
    if (Date.now() - this.lastSweep < 60_000) return;
    this.lastSweep = Date.now();
    await this.counters.forgetWindowsBefore(new Date(Date.now() - 24 * 3600 * 1000));
  }
}
