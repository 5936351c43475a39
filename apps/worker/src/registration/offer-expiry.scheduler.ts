import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@convene/core';
import { RegistrationService } from '@convene/registration';

/**
 * Passes on waiting-list offers whose time is up, and lapses registrations whose address was not
 * confirmed in time. The expiry lives in the database, so a
 * restarted worker (or another one) picks up where this one stopped; a sweep runs at boot.
 */
@Injectable()
export class OfferExpiryScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OfferExpiryScheduler.name);
  private timer: NodeJS.Timeout | undefined;
  private running = false;

  constructor(
    private readonly registrations: RegistrationService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    void this.sweep();
    this.timer = setInterval(() => void this.sweep(), this.config.offerSweepIntervalMs);
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  private async sweep(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      const count = await this.registrations.passOnExpiredOffers();
      if (count > 0) this.logger.log({ count }, 'Passed on expired waiting-list offers');
      const lapsed = await this.registrations.lapseUnconfirmed();
      if (lapsed > 0) this.logger.log({ count: lapsed }, 'Unconfirmed registrations lapsed');
    } catch (error) {
      this.logger.warn({ err: (error as Error).message }, 'Offer expiry sweep failed; the next sweep tries again');
    } finally {
      this.running = false;
    }
  }
}
