import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * Fixed-window counters for rate limits, kept in Postgres so that every API instance sees
 * the same counts. The bucket never holds an address in clear (emails are hashed).
 */
@Entity('rate_limit_counters')
@Index('rate_limit_counters_window', ['windowStart'])
export class RateLimitCounter {
  @PrimaryColumn({ type: 'text' })
  bucket: string;

  @PrimaryColumn({ name: 'window_start', type: 'timestamptz' })
  windowStart: Date;

  @Column({ type: 'int', default: 0 })
  hits: number;
}
