import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
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
   * Adds one hit to each bucket's window in one statement (in the order given); returns the new
   * counts in that order. Committed without waiting for the disk: a client's busy bucket is one
   * row every request updates, and waiting for each flush with it locked put every request in
   * one line (a count lost in a crash lets a client one more try, no more).
   */
  async hitEach(hits: Array<{ bucket: string; windowStart: Date }>): Promise<number[]> {
    const rows: Array<{ bucket: string; hits: number }> = await this.counters.query(
      `WITH without_waiting_for_disk AS (SELECT set_config('synchronous_commit', 'off', true))
       INSERT INTO rate_limit_counters (bucket, window_start, hits)
       SELECT bucket, window_start, 1 FROM unnest($1::text[], $2::timestamptz[]) AS h(bucket, window_start), without_waiting_for_disk
       ON CONFLICT (bucket, window_start) DO UPDATE SET hits = rate_limit_counters.hits + 1
       RETURNING bucket, hits`,
      [hits.map((hit) => hit.bucket), hits.map((hit) => hit.windowStart)],
    );
    const counts = new Map(rows.map((row) => [row.bucket, row.hits]));
    return hits.map((hit) => counts.get(hit.bucket) ?? 0);
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

  async hitsIn(bucket: string, windowStart: Date): Promise<number> {
    const row = await this.counters.findOneBy({ bucket, windowStart });
    return row?.hits ?? 0;
  }

  /** Counters of windows that ended before `before` say nothing any more. */
  async forgetWindowsBefore(before: Date): Promise<void> {
    await this.counters.createQueryBuilder().delete().where('window_start < :before', { before }).execute();
  }
}
