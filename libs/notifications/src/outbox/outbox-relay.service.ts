import { Injectable, Logger } from '@nestjs/common';
import { MailOutbox } from './mail-outbox.service';
import { OutboxRepository } from './outbox.repository';

const BATCH = 500;

/** Queues outbox rows that were committed but never reached the queue. */
@Injectable()
export class OutboxRelay {
  private readonly logger = new Logger(OutboxRelay.name);

  constructor(
    private readonly outbox: OutboxRepository,
    private readonly mailOutbox: MailOutbox,
  ) {}

  /** One sweep; returns how many rows it re-queued. */
  async sweep(): Promise<number> {
    const ids = await this.outbox.strandedIds(BATCH);
    if (ids.length) {
      this.logger.log({ count: ids.length }, 'Re-queueing stranded mail');
      await this.mailOutbox.dispatch(ids);
    }
    return ids.length;
  }
}
