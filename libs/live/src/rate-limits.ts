import { Injectable } from '@nestjs/common';
import { CountedAttempt, RateLimiter, TooManyAttempts } from '@convene/identity';
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
      await this.limiter.consume(this.limit(what, perMinute), hashed(participantKey));
    } catch (error) {
      throw asTooManyActions(error, what, perMinute);
    }
  }

  /** The same, counted inside the caller's statement (CountedAttempt); `settle` throws TooManyActions. */
  takenInStatement(participantKey: string, what: string, perMinute: number): CountedAttempt {
    const attempt = this.limiter.countedInStatement(this.limit(what, perMinute), hashed(participantKey));
    return {
      ...attempt,
      settle: async (hits) => {
        try {
          await attempt.settle(hits);
        } catch (error) {
          throw asTooManyActions(error, what, perMinute);
        }
      },
    };
  }

  /** CTEs counting a group of `takenInStatement` attempts in one statement (RateLimiter.groupCountedInStatement). */
  groupTakenInStatement(first: number): string {
    return this.limiter.groupCountedInStatement(first);
  }

  private limit(what: string, perMinute: number) {
    return { name: `live-${what}`, max: perMinute, windowSeconds: 60 };
  }
}

// Hashed: some keys are addresses, and the counters table never holds one in clear.
const hashed = (participantKey: string) => createHash('sha256').update(participantKey).digest('base64url');

const asTooManyActions = (error: unknown, what: string, perMinute: number) => (error instanceof TooManyAttempts ? new TooManyActions(what, perMinute) : error);
