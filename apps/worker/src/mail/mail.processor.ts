import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { MailJob, MailJobPayloads, QueueName } from '@convene/core';
import { BatchOutcome, MailSender } from '@convene/notifications';
import { Job } from 'bullmq';

/**
 * Sends a batch of outbox rows by id; errors propagate so BullMQ retries the batch (rows done
 * meanwhile are skipped). The mail provider's rate is kept by the sender, per mail.
 */
@Processor(QueueName.Mail, {
  // Batches in flight at once: while one is being built or marked, another keeps the SMTP pool busy.
  concurrency: 3,
  // A worker killed mid-send: its job is handed to another worker within this time.
  lockDuration: 15_000,
  stalledInterval: 5_000,
})
export class MailProcessor extends WorkerHost {
  private readonly logger = new Logger(MailProcessor.name);

  constructor(private readonly sender: MailSender) {
    super();
  }

  async process(job: Job<MailJobPayloads[MailJob.SendBatch]>): Promise<BatchOutcome> {
    const outcome = await this.sender.sendBatch(job.data.outboxIds ?? []);
    this.logger.log({ jobId: job.id, mails: job.data.outboxIds?.length, ...outcome }, 'Mail batch done');
    return outcome;
  }
}
