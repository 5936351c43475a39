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

  async hitsIn(bucket: string, windowStart: Date): Promise<number> {
    const row = await this.counters.findOneBy({ bucket, windowStart });
    return row?.hits ?? 0;
  }

  /** Counters of windows that ended before `before` say nothing any more. */
  async forgetWindowsBefore(before: Date): Promise<void> {
    await this.counters.createQueryBuilder().delete().where('window_start < :before', { before }).execute();
  }
}
