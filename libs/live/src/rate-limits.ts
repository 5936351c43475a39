import { Injectable } from '@nestjs/common';
import { RateLimiter, TooManyAttempts } from '@convene/identity';
import { createHash } from 'node:crypto';
import { TooManyActions } from './live.errors';

/**
 * One-minute limits per participant and kind of action (questions, votes, posts), counted by
 * identity's RateLimiter: in Postgres, so they hold across API instances.
 */
@Injectable()
export class RateLimits {
  constructor(private readonly limiter: RateLimiter) {}

  /** Records one action, or throws TooManyActions (429) when this minute is full. */
  async take(participantKey: string, what: string, perMinute: number): Promise<void> {
    try {
      // Hashed: some keys are addresses, and the counters table never holds one in clear.
      const key = createHash('sha256').update(participantKey).digest('base64url');
      await this.limiter.consume({ name: `live-${what}`, max: perMinute, windowSeconds: 60 }, key);
    } catch (error) {
      if (error instanceof TooManyAttempts) throw new TooManyActions(what, perMinute);
      throw error;
    }
  }
}
