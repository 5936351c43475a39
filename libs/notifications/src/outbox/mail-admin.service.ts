import { Injectable } from '@nestjs/common';
import { DomainError } from '@convene/core';
import { MailOutbox } from './mail-outbox.service';
import { OutboxMessage, OutboxStatus } from './outbox-message.entity';
import { OutboxRepository } from './outbox.repository';

export interface MailQueueEntry {
  id: string;
  kind: string;
  recipient: string;
  status: OutboxStatus;
  attempts: number;
  lastError: string | null;
  createdAt: Date;
  sentAt: Date | null;
}

/** What admins see of the mail queue, and the retry of a failed mail. */
@Injectable()
export class MailAdmin {
  constructor(
    private readonly outbox: OutboxRepository,
    private readonly mailOutbox: MailOutbox,
  ) {}

  async list(status: OutboxStatus | undefined, limit: number, offset: number): Promise<{ items: MailQueueEntry[]; total: number }> {
    const [rows, total] = await this.outbox.list(status, limit, offset);
    return { items: rows.map(toEntry), total };
  }

  async retry(id: string): Promise<MailQueueEntry> {
    if (!(await this.outbox.reopenFailed(id))) {
      const row = await this.outbox.findById(id);
      if (!row) throw new DomainError('not_found', 'mail_not_found', 'No such mail');
      throw new DomainError('conflict', 'mail_not_failed', `Only a failed mail can be retried; this one is ${row.status}`);
    }
    await this.mailOutbox.dispatch([id]);
    return toEntry((await this.outbox.findById(id)) as OutboxMessage);
  }
}

function toEntry(row: OutboxMessage): MailQueueEntry {
  const { id, kind, recipient, status, attempts, lastError, createdAt, sentAt } = row;
  return { id, kind, recipient, status, attempts, lastError, createdAt, sentAt };
}
