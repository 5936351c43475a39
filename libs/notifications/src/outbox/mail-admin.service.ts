import { Injectable } from '@nestjs/common';
import { DomainError } from '@convene/core';
import { mailSubject } from '../mail/mail-templates';
import { MailOutbox } from './mail-outbox.service';
import { OutboxMessage, OutboxStatus } from './outbox-message.entity';
import { OutboxRepository } from './outbox.repository';

export interface MailQueueEntry {
  id: string;
  kind: string;
  recipient: string;
  /** As the recipient sees it; null once the row no longer holds what it needs (erasure). */
  subject: string | null;
  status: OutboxStatus;
  attempts: number;
  lastError: string | null;
  createdAt: Date;
  sentAt: Date | null;
}

/** Whether mail is getting out, for the readiness check and the admin page. */
export interface MailDeliveryHealth {
  /** `stuck`: mail has met temporary failures and waits for another try, or has waited long. */
  state: 'flowing' | 'stuck';
  pending: number;
  /** Pending mail that has failed at least once (the mail server down or refusing for now). */
  retrying: number;
  oldestPendingSince: Date | null;
  /** The mail server's last answer to a mail still pending. */
  lastError: string | null;
}

/** How much mail is in each state, for the admin's mail page. */
export interface MailQueueCounts {
  /** Pending, not yet tried. */
  waiting: number;
  /** Pending after a temporary failure: another try is due. */
  retrying: number;
  sent: number;
  /** Refused for good: waits for an admin's retry. */
  failed: number;
}

/** Mail waiting longer than this is not getting out, even without an error. */
export const MAIL_STUCK_AFTER_MS = 5 * 60_000;

/** How old an answer of recentHealth may be: every organiser's event page asks, one query answers them all. */
export const MAIL_HEALTH_REUSED_MS = 10_000;

/** What admins see of the mail queue, and the retry of a failed mail. */
@Injectable()
export class MailAdmin {
  private lastHealth: { at: number; health: Promise<MailDeliveryHealth> } | null = null;

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

  /** Every failed mail back on its way (after an outage, say); returns how many. */
  async retryAllFailed(): Promise<number> {
    const ids = await this.outbox.reopenAllFailed();
    await this.mailOutbox.dispatch(ids);
    return ids.length;
  }

  counts(): Promise<MailQueueCounts> {
    return this.outbox.stateCounts();
  }

  async health(now = new Date()): Promise<MailDeliveryHealth> {
    const summary = await this.outbox.pendingSummary();
    const waitedLong = summary.oldestPendingSince !== null && now.getTime() - new Date(summary.oldestPendingSince).getTime() > MAIL_STUCK_AFTER_MS;
    return { state: summary.retrying > 0 || waitedLong ? 'stuck' : 'flowing', ...summary };
  }

  /** health(), reused for MAIL_HEALTH_REUSED_MS (a failed check is not reused). */
  recentHealth(): Promise<MailDeliveryHealth> {
    const now = Date.now();
    if (!this.lastHealth || now - this.lastHealth.at > MAIL_HEALTH_REUSED_MS) {
      const health = this.health();
      const entry = { at: now, health };
      this.lastHealth = entry;
      void health.catch(() => {
        if (this.lastHealth === entry) this.lastHealth = null;
      });
    }
    return this.lastHealth.health;
  }
}

function toEntry(row: OutboxMessage): MailQueueEntry {
  const { id, kind, recipient, status, attempts, lastError, createdAt, sentAt } = row;
  return { id, kind, recipient, subject: mailSubject(kind, row.templateData), status, attempts, lastError, createdAt, sentAt };
}
