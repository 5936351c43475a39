import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { NewMail } from './new-mail';
import { OutboxMessage, OutboxStatus } from './outbox-message.entity';

/** What the sender needs of a row it has locked. */
export type PendingMail = Pick<OutboxMessage, 'id' | 'kind' | 'recipient' | 'templateData'>;

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

  /** Many at once (a fan-out), each unless its dedupe key exists; returns the new rows' ids. */
  async insertManyUnlessDuplicate(tx: EntityManager, mails: NewMail[]): Promise<string[]> {
    if (!mails.length) return [];
    const result = await tx
      .createQueryBuilder()
      .insert()
      .into(OutboxMessage)
      .values(mails.map((mail) => ({ kind: mail.kind, recipient: mail.recipient, templateData: mail.templateData as never, dedupeKey: mail.dedupeKey })))
      .orIgnore()
      .returning(['id'])
      .execute();
    return (result.raw as { id: string }[]).map((row) => row.id);
  }

  /**
   * Unsent mail to the address is dropped; what was sent keeps no trace of who it went to: the
   * address also leaves the dedupe key (where the row's own id keeps the key unique) and the
   * mail server's last error (which often quotes it).
   */
  async forgetRecipient(tx: EntityManager, recipient: string): Promise<void> {
    await tx.query(`DELETE FROM outbox_messages WHERE recipient = $1 AND status = 'pending'`, [recipient]);
    await tx.query(
      `UPDATE outbox_messages
          SET recipient = '(erased)', template_data = '{}', dedupe_key = replace(dedupe_key, $1, 'erased:' || id::text),
              last_error = replace(last_error, $1, '(erased)')
        WHERE recipient = $1`,
      [recipient],
    );
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

  // The send path is plain SQL: one statement per step, and the secret fields are dropped
  // by the database (jsonb minus), not by copying the row in JavaScript.

  /** Locks a pending row for this send; null when it is gone, done, or in another worker's hands. */
  async lockPending(tx: EntityManager, id: string): Promise<PendingMail | null> {
    const rows: PendingMail[] = await tx.query(
      `SELECT id, kind, recipient, template_data AS "templateData"
         FROM outbox_messages WHERE id = $1 AND status = 'pending'
          FOR UPDATE SKIP LOCKED`,
      [id],
    );
    return rows[0] ?? null;
  }

  findById(id: string): Promise<OutboxMessage | null> {
    return this.rows.findOneBy({ id });
  }

  /** Records how a send ended, and drops the template fields that must not outlive it. */
  async recordOutcome(
    tx: EntityManager,
    id: string,
    outcome: { status: OutboxStatus.Sent | OutboxStatus.Failed; error?: string; messageId?: string; clearFields: string[] },
  ): Promise<void> {
    await tx.query(
      `UPDATE outbox_messages
          SET status = $2::outbox_status, attempts = attempts + 1, last_error = $3, message_id = COALESCE($4, message_id),
              sent_at = CASE WHEN $2::text = 'sent' THEN now() END, template_data = template_data - $5::text[], updated_at = now()
        WHERE id = $1`,
      [id, outcome.status, outcome.error ?? null, outcome.messageId ?? null, outcome.clearFields],
    );
  }

  async recordAttemptFailed(id: string, error: string): Promise<void> {
    await this.rows.query('UPDATE outbox_messages SET attempts = attempts + 1, last_error = $2, updated_at = now() WHERE id = $1', [id, error]);
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
