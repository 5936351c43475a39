import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import { MailJob, MailJobPayloads, QueueName, withTimeout } from '@convene/core';
import { JobsOptions, Queue } from 'bullmq';
import { createHash } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { NewMail } from './new-mail';
import { MailsInStatement, OutboxRepository } from './outbox.repository';

export type { MailsInStatement };

const ENQUEUE_TIMEOUT_MS = 3_000;
/** How long a dispatch waits for others to share its round trip to the queue. */
const COALESCE_MS = 5;

/** Rows per mail job: enough to keep the SMTP pool busy, few enough to redo after a crash. */
export const MAIL_BATCH = 50;

/**
 * A job per batch of rows. Its id comes from the rows, so the same batch is queued once; a row
 * may still sit in two jobs (the relay re-queues a late one), and the send claims it once.
 * The job retries only what a worker could not do (the database down, rows held elsewhere);
 * a mail's own temporary failures wait in its row for the relay.
 */
export function mailJobOptions(outboxIds: string[]): JobsOptions {
  return {
    jobId: `mail-${createHash('sha256').update(outboxIds.join(',')).digest('hex').slice(0, 32)}`,
    attempts: 10,
    backoff: { type: 'exponential', delay: 2_000 },
    // Gone once done, so a later re-add (relay, admin retry) is not swallowed by an old job.
    removeOnComplete: true,
    removeOnFail: true,
  };
}

/** How domain services send mail: record it in their transaction, dispatch it after commit. */
@Injectable()
export class MailOutbox {
  private readonly logger = new Logger(MailOutbox.name);
  private waiting: string[] = [];
  private nextFlush: Promise<void> | undefined;

  constructor(
    private readonly outbox: OutboxRepository,
    @InjectQueue(QueueName.Mail) private readonly queue: Queue<MailJobPayloads[MailJob.SendBatch]>,
  ) {}

  /** Records a mail inside the caller's transaction; null when its dedupe key was seen before. */
  record(tx: EntityManager, mail: NewMail): Promise<string | null> {
    return this.outbox.insertUnlessDuplicate(tx, mail);
  }

  /**
   * Inside the caller's transaction: mails held by `sendAfter` and not yet queued, among these
   * dedupe keys, will never be sent (a later mail said more). Their keys stay taken.
   */
  supersede(tx: EntityManager, dedupeKeys: string[]): Promise<number> {
    return this.outbox.supersede(tx, dedupeKeys);
  }

  /** Records many mails (fan-outs), a statement per batch; returns the ids of those not seen before. */
  async recordMany(tx: EntityManager, mails: NewMail[]): Promise<string[]> {
    const ids: string[] = [];
    for (const batch of batches(mails, ENQUEUE_BATCH)) ids.push(...(await this.outbox.insertManyUnlessDuplicate(tx, batch)));
    return ids;
  }

  /**
   * Mails (at most ENQUEUE_BATCH) recorded by the caller's own statement, in its transaction: one
   * round trip for its rows and their mails (see MailsInStatement). Dispatch the ids it returns after commit.
   */
  recordedInStatement(mails: NewMail[]): MailsInStatement {
    return this.outbox.manyInStatement(mails);
  }

  /** For erasure: inside the caller's transaction, no mail goes to the address any more. */
  forgetRecipient(tx: EntityManager, recipient: string): Promise<void> {
    return this.outbox.forgetRecipient(tx, recipient);
  }

  /**
   * Puts committed rows on the mail queue. Never throws and never waits long: if the queue
   * is down, the relay in the worker queues the rows later, so nothing is lost. Calls that
   * arrive together share one addBulk: under a burst of registrations, a round trip to the
   * queue per request was the slowest part of the request.
   */
  dispatch(ids: Array<string | null | undefined>): Promise<void> {
    const present = ids.filter((id): id is string => Boolean(id));
    if (!present.length) return Promise.resolve();
    this.waiting.push(...present);
    this.nextFlush ??= new Promise<void>((resolve) => {
      setTimeout(() => {
        const batch = this.waiting.splice(0);
        this.nextFlush = undefined;
        void this.flush(batch).then(resolve);
      }, COALESCE_MS);
    });
    return this.nextFlush;
  }

  private async flush(ids: string[]): Promise<void> {
    // A fan-out of thousands goes as several addBulks, each well inside the timeout.
    for (const batch of batches(ids, ENQUEUE_BATCH)) {
      const jobs = batches(batch, MAIL_BATCH).map((outboxIds) => ({ name: MailJob.SendBatch, data: { outboxIds }, opts: mailJobOptions(outboxIds) }));
      try {
        await withTimeout(this.queue.addBulk(jobs), ENQUEUE_TIMEOUT_MS);
      } catch (error) {
        this.logger.warn({ count: ids.length, err: (error as Error).message }, 'Mail not queued now; the relay will queue it');
        return;
      }
      await this.outbox.markQueued(batch).catch((error: Error) => this.logger.warn({ err: error.message }, 'Could not mark mail queued'));
    }
  }
}

/** Rows recorded by one statement, and queued by one addBulk. */
const ENQUEUE_BATCH = 500;

function batches<T>(items: T[], size: number): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += size) result.push(items.slice(start, start + size));
  return result;
}
