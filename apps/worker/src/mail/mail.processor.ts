import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { DEFAULT_MAIL_RATE_PER_MINUTE, MailJob, MailJobPayloads, QueueName } from '@convene/core';
import { MailSender, SendOutcome } from '@convene/notifications';
import { Job } from 'bullmq';

// Read at import, as decorators are; loadConfig() rejects a bad value before the worker starts.
const MAIL_RATE_PER_MINUTE = Number(process.env.MAIL_RATE_PER_MINUTE) || DEFAULT_MAIL_RATE_PER_MINUTE;

/** Loads the outbox row by id and sends it; errors propagate so BullMQ retries with backoff. */
@Processor(QueueName.Mail, {
  concurrency: 5,
  limiter: { max: MAIL_RATE_PER_MINUTE, duration: 60_000 },
  // A worker killed mid-send: its job is handed to another worker within this time.
  lockDuration: 15_000,
  stalledInterval: 5_000,
})
export class MailProcessor extends WorkerHost {
  private readonly logger = new Logger(MailProcessor.name);

  constructor(private readonly sender: MailSender) {
    super();
  }

  async process(job: Job<MailJobPayloads[MailJob.Send]>): Promise<SendOutcome> {
    const finalAttempt = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
    const outcome = await this.sender.send(job.data.outboxId, finalAttempt);
    this.logger.log({ outboxId: job.data.outboxId, outcome }, 'Mail job done');
    return outcome;
  }
}
