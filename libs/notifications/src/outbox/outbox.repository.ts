import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { NewMail } from './new-mail';
import { OutboxMessage, OutboxStatus } from './outbox-message.entity';

@Injectable()
export class OutboxRepository {
  constructor(@InjectRepository(OutboxMessage) private readonly rows: Repository<OutboxMessage>) {}

  /** Inserts unless the dedupe key exists; returns the new row's id or null. */
  async insertUnlessDuplicate(tx: EntityManager, mail: NewMail): Promise<string | null> {
    const result = await tx
      .createQueryBuilder()
      .insert()
      .into(OutboxMessage)
      .values({ kind: mail.kind, recipient: mail.recipient, templateData: mail.templateData as never, dedupeKey: mail.dedupeKey })
      .orIgnore()
      .returning(['id'])
      .execute();
    return (result.raw as { id: string }[])[0]?.id ?? null;
  }

  /** Unsent mail to the address is dropped; what was sent keeps no trace of who it went to. */
  async forgetRecipient(tx: EntityManager, recipient: string): Promise<void> {
    await tx.query(`DELETE FROM outbox_messages WHERE recipient = $1 AND status = 'pending'`, [recipient]);
    await tx.query(`UPDATE outbox_messages SET recipient = '(erased)', template_data = '{}' WHERE recipient = $1`, [recipient]);
  }

  async markQueued(ids: string[]): Promise<void> {
    if (ids.length) await this.rows.createQueryBuilder().update().set({ queuedAt: () => 'now()' }).whereInIds(ids).execute();
  }

  /**
   * Pending rows the queue may not hold: never queued (a crash or an outage between commit
   * and enqueue), or queued long ago (the queue's data was lost). Re-adding is harmless:
   * the job id is the row id, and a sent row is skipped.
   */
  async strandedIds(limit: number): Promise<string[]> {
    const rows: { id: string }[] = await this.rows.query(
      `SELECT id FROM outbox_messages
        WHERE status = 'pending'
          AND ((queued_at IS NULL AND created_at < now() - interval '5 seconds')
               OR queued_at < now() - interval '15 minutes')
        ORDER BY created_at
        LIMIT $1`,
      [limit],
    );
    return rows.map((row) => row.id);
  }

  /** Locks a pending row for this send; null when it is gone, done, or in another worker's hands. */
  lockPending(tx: EntityManager, id: string): Promise<OutboxMessage | null> {
    return tx
      .getRepository(OutboxMessage)
      .createQueryBuilder('message')
      .setLock('pessimistic_write')
      .setOnLocked('skip_locked')
      .where('message.id = :id AND message.status = :status', { id, status: OutboxStatus.Pending })
      .getOne();
  }

  findById(id: string): Promise<OutboxMessage | null> {
    return this.rows.findOneBy({ id });
  }

  async recordOutcome(
    tx: EntityManager,
    message: OutboxMessage,
    outcome: { status: OutboxStatus; error?: string; messageId?: string; clearFields: string[] },
  ): Promise<void> {
    const templateData = { ...message.templateData };
    for (const field of outcome.clearFields) delete templateData[field];
    await tx.getRepository(OutboxMessage).update(message.id, {
      status: outcome.status,
      attempts: message.attempts + 1,
      lastError: outcome.error ?? null,
      messageId: outcome.messageId ?? message.messageId,
      sentAt: outcome.status === OutboxStatus.Sent ? new Date() : null,
      templateData: templateData as never,
    });
  }

  async recordAttemptFailed(id: string, error: string): Promise<void> {
    await this.rows.increment({ id }, 'attempts', 1);
    await this.rows.update(id, { lastError: error });
  }

  list(status: OutboxStatus | undefined, limit: number, offset: number): Promise<[OutboxMessage[], number]> {
    return this.rows.findAndCount({
      where: status ? { status } : {},
      order: { createdAt: 'DESC' },
      take: limit,
      skip: offset,
    });
  }

  /** Puts a failed row back to pending; false when it was not failed. */
  async reopenFailed(id: string): Promise<boolean> {
    const result = await this.rows.update({ id, status: OutboxStatus.Failed }, { status: OutboxStatus.Pending, queuedAt: null, lastError: null });
    return (result.affected ?? 0) > 0;
  }
}
