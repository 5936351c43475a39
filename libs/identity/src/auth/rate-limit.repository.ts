import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { HitTotal, hitKey } from './hit-batches';
import { RateLimitCounter } from './rate-limit-counter.entity';

@Injectable()
export class RateLimitRepository {
  constructor(@InjectRepository(RateLimitCounter) private readonly counters: Repository<RateLimitCounter>) {}

  /** Adds one hit to the bucket's window, atomically across instances; returns the new count. */
  async hit(bucket: string, windowStart: Date): Promise<number> {
    const rows: Array<{ hits: number }> = await this.counters.query(
      `INSERT INTO rate_limit_counters (bucket, window_start, hits) VALUES ($1, $2, 1)
       ON CONFLICT (bucket, window_start) DO UPDATE SET hits = rate_limit_counters.hits + 1
       RETURNING hits`,
      [bucket, windowStart],
    );
    return rows[0].hits;
  }

  /**
   * Adds each total to its bucket's window in one statement, in the order given (HitBatches sorts
   * them, so statements lock rows in one order); returns each window's count after it, by hitKey.
   * Committed without waiting for the disk: a client's busy bucket is one row every request
   * updates, and waiting for each flush with it locked put every request in one line (a count
   * lost in a crash lets a client one more try, no more).
   */
  async addHits(totals: HitTotal[]): Promise<Map<string, number>> {
    const rows: Array<{ bucket: string; window_start: Date; hits: number }> = await this.counters.query(
      `WITH without_waiting_for_disk AS (SELECT set_config('synchronous_commit', 'off', true))
       INSERT INTO rate_limit_counters (bucket, window_start, hits)
       SELECT bucket, window_start, added
         FROM unnest($1::text[], $2::timestamptz[], $3::int[]) WITH ORDINALITY AS h(bucket, window_start, added, n), without_waiting_for_disk
        ORDER BY n
       ON CONFLICT (bucket, window_start) DO UPDATE SET hits = rate_limit_counters.hits + excluded.hits
       RETURNING bucket, window_start, hits`,
      [totals.map((total) => total.bucket), totals.map((total) => total.windowStart), totals.map((total) => total.added)],
    );
    return new Map(rows.map((row) => [hitKey({ bucket: row.bucket, windowStart: row.window_start }), row.hits]));
  }

  /**
   * The same count as `hit`, as a data-modifying CTE body for another statement (one round trip
   * for both): its values are $first (bucket) and $first + 1 (window start); it returns `hits`.
   */
  hitInStatement(first: number): string {
    return `INSERT INTO rate_limit_counters (bucket, window_start, hits) VALUES ($${first}::text, $${first + 1}::timestamptz, 1)
       ON CONFLICT (bucket, window_start) DO UPDATE SET hits = rate_limit_counters.hits + 1
       RETURNING hits`;
  }

  /**
   * `hitInStatement` for a group of attempts in one statement: CTEs over the arrays $first
   * (buckets) and $first + 1 (window starts), one element an attempt, the last `counted(n, hits)`:
   * the n-th attempt's count as it would have been alone (the k-th of a window's attempts in the
   * group sees the count before the group plus k, as in `tally`). Windows are added to in one
   * order, so two instances' groups cannot deadlock on them.
   */
  hitsInGroupStatement(first: number): string {
    return `hit_attempts AS (SELECT * FROM unnest($${first}::text[], $${first + 1}::timestamptz[]) WITH ORDINALITY AS h(bucket, window_start, n)),
       hit_windows AS (INSERT INTO rate_limit_counters (bucket, window_start, hits)
         SELECT bucket, window_start, count(*)::int FROM hit_attempts GROUP BY bucket, window_start ORDER BY bucket, window_start
         ON CONFLICT (bucket, window_start) DO UPDATE SET hits = rate_limit_counters.hits + excluded.hits
         RETURNING bucket, window_start, hits),
       counted AS (SELECT a.n, (w.hits - count(*) OVER same_window + row_number() OVER (same_window ORDER BY a.n))::int AS hits
         FROM hit_attempts a JOIN hit_windows w ON w.bucket = a.bucket AND w.window_start = a.window_start
         WINDOW same_window AS (PARTITION BY a.bucket, a.window_start))`;
  }

  async hitsIn(bucket: string, windowStart: Date): Promise<number> {
    const row = await this.counters.findOneBy({ bucket, windowStart });
    return row?.hits ?? 0;
  }

  /** Counters of windows that ended before `before` say nothing any more. */
  async forgetWindowsBefore(before: Date): Promise<void> {
    await this.counters.createQueryBuilder().delete().where('window_start < :before', { before }).execute();
  }
}
