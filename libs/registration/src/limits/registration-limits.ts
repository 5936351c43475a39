import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@convene/core';
import { RateLimiter } from '@convene/identity';

const HOUR = 3_600;

/**
 * How many registrations and apologies one client address may send: per event, and over all
 * events. Counted by the sign-in limiter's store, so the limits hold across API instances.
 * Organisers of the event are not limited (they register people on their behalf).
 */
@Injectable()
export class RegistrationLimits {
  constructor(
    private readonly limiter: RateLimiter,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Counts one request from `client` to `eventId`; throws TooManyAttempts over either limit. */
  async consume(eventId: string, client: string): Promise<void> {
    const perEvent = this.config.registrationLimitPerClient;
    await this.limiter.consumeEach([
      { limit: { name: 'register-client-event', max: perEvent, windowSeconds: HOUR }, key: `${eventId}:${client}` },
      { limit: { name: 'register-client', max: perEvent * 3, windowSeconds: HOUR }, key: client },
    ]);
  }
}
