import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { RegistrationService } from '@convene/registration';

const EVERY_HOUR_MS = 60 * 60 * 1000;

/** Erases delegates' dietary and access needs once their event is long enough past. */
@Injectable()
export class NeedsErasureScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(NeedsErasureScheduler.name);
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly registrations: RegistrationService) {}

  onApplicationBootstrap(): void {
    const sweep = async () => {
      try {
        const count = await this.registrations.eraseExpiredNeeds();
        if (count > 0) this.logger.log({ count }, 'Erased dietary and access needs after events');
      } catch (error) {
        this.logger.warn({ err: (error as Error).message }, 'Needs erasure failed; the next hour tries again');
      }
    };
    void sweep();
    this.timer = setInterval(() => void sweep(), EVERY_HOUR_MS);
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }
}
