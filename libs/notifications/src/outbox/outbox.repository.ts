import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, Repository } from 'typeorm';
import { NewMail } from './new-mail';
import { OutboxMessage, OutboxStatus } from './outbox-message.entity';

/**
 * Mails recorded by the caller's own statement, so its rows and their mails cost one round trip:
 * put `sql(n, when)` in a CTE (it returns the new rows' `id`, as insertManyUnlessDuplicate would),
 * pass `param` as $n; none is recorded unless the SQL condition `when` holds.
 */
export interface MailsInStatement {
  param: string;
  sql(param: number, when?: string): string;
}

/** What the sender needs of a row to build its mail. */
export type PendingMail = Pick<OutboxMessage, 'id' | 'kind' | 'recipient' | 'templateData' | 'attempts'>;

/** Rows this worker alone may send until it releases them (or its connection ends). */
export interface OutboxClaim {
  /** Of the ids asked for, those still pending and now held here. */
  ids: string[];
  /** Of the ids asked for, those another worker holds. */
  elsewhere: string[];
  release(): Promise<void>;
}

export interface SentMark {
  id: string;
  messageId: string;
  clearFields: string[];
}

export interface FailedMark {
  id: string;
  error: string;
  clearFields: string[];
}

export interface RetryMark {
  id: string;
  error: string;
  retryAt: Date;
}

/** The row's id and key: a mail without a dedupe key is keyed by its own id (`once:<id>`). */
function keyed(mail: NewMail): { id?: string; dedupeKey: string } {
  if (mail.dedupeKey !== undefined) return { dedupeKey: mail.dedupeKey };
  const id = randomUUID();
  return { id, dedupeKey: `once:${id}` };
}

@Injectable()
export class OutboxRepository {
  constructor(
    @InjectRepository(OutboxMessage) private readonly rows: Repository<OutboxMessage>,
    private readonly dataSource: DataSource,
  ) {}

  /** Inserts unless the dedupe key exists; returns the new row's id or null. */
  async insertUnlessDuplicate(tx: EntityManager, mail: NewMail): Promise<string | null> {
    const result = await tx
      .createQueryBuilder()
      .insert()
      .into(OutboxMessage)
      .values({ ...keyed(mail), kind: mail.kind, recipient: mail.recipient, templateData: mail.templateData as never, retryAt: mail.sendAfter ?? null })
      .orIgnore()
      .returning(['id'])
      .execute();
    return (result.raw as { id: string }[])[0]?.id ?? null;
  }

  /** Held rows not yet queued, among these dedupe keys, are superseded (never sent); returns how many. */
  async supersede(tx: EntityManager, dedupeKeys: string[]): Promise<number> {
    if (!dedupeKeys.length) return 0;
    const [, affected]: [unknown, number] = await tx.query(
      `UPDATE outbox_messages SET status = 'superseded', retry_at = NULL, updated_at = now()
        WHERE dedupe_key = ANY($1::text[]) AND status = 'pending' AND queued_at IS NULL`,
      [dedupeKeys],
    );
    return affected;
  }

  /**
   * Many at once (a fan-out, a group of registrations), each unless its dedupe key exists;
   * returns the new rows' ids. Plain SQL over one JSON parameter: the query builder's many-row
   * insert named and checked each parameter against all the others, 5% of the API's time in a
   * burst of registrations.
   */
  async insertManyUnlessDuplicate(tx: EntityManager, mails: NewMail[]): Promise<string[]> {
    if (!mails.length) return [];
    const inStatement = this.manyInStatement(mails);
    const rows: Array<{ id: string }> = await tx.query(inStatement.sql(1), [inStatement.param]);
    return rows.map((row) => row.id);
  }

  /** insertManyUnlessDuplicate as the body of a CTE of the caller's statement (MailsInStatement). */
  manyInStatement(mails: NewMail[]): MailsInStatement {
    return {
      param: JSON.stringify(mails.map((mail) => ({ ...keyed(mail), kind: mail.kind, recipient: mail.recipient, templateData: mail.templateData }))),
      sql: (param, when = 'true') =>
        `INSERT INTO outbox_messages (id, kind, recipient, template_data, dedupe_key)
         SELECT coalesce(m.id, gen_random_uuid()), m.kind, m.recipient, m."templateData", m."dedupeKey"
           FROM jsonb_to_recordset($${param}::jsonb) AS m(id uuid, kind text, recipient text, "templateData" jsonb, "dedupeKey" text)
          WHERE ${when}
         ON CONFLICT DO NOTHING
         RETURNING id`,
    };
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
    if (ids.length) await this.rows.query('UPDATE outbox_messages SET queued_at = now(), updated_at = now() WHERE id = ANY($1::uuid[])', [ids]);
  }

  /**
   * Pending rows the queue may not hold: never queued (a crash or an outage between commit
   * and enqueue), due for another try after a temporary failure, or queued long ago (the
   * queue's data was lost). Re-adding is harmless: a sent row is skipped.
   */
  async strandedIds(limit: number): Promise<string[]> {
    const rows: { id: string }[] = await this.rows.query(
      `SELECT id FROM outbox_messages
        WHERE status = 'pending'
          AND ((queued_at IS NULL AND COALESCE(retry_at, created_at + interval '5 seconds') <= now())
               OR queued_at < now() - interval '15 minutes')
        ORDER BY created_at
        LIMIT $1`,
      [limit],
    );
    return rows.map((row) => row.id);
  }

  // The send path is plain SQL, a statement per batch of rows, and the secret fields are
  // dropped by the database (jsonb minus), not by copying the row in JavaScript.

  /** The rows still pending among these ids, to build their mails (nothing is locked). */
  pendingOf(ids: string[]): Promise<PendingMail[]> {
    return this.rows.query(
      `SELECT id, kind, recipient, template_data AS "templateData", attempts
         FROM outbox_messages WHERE id = ANY($1::uuid[]) AND status = 'pending'`,
      [ids],
    );
  }

  /**
   * Holds rows for one worker's send without a transaction: a session advisory lock per row on
   * a connection kept for the batch. Two workers never send a row together; a worker killed
   * mid-send loses its connection, and with it its locks, so the rows are free again at once.
   * The status is read after the locks are taken, so a row sent meanwhile is left out.
   */
  async claim(ids: string[]): Promise<OutboxClaim> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    const release = async () => {
      try {
        await runner.query('SELECT pg_advisory_unlock_all()');
      } finally {
        await runner.release();
      }
    };
    try {
      const locked: { id: string }[] = await runner.query(
        `SELECT id FROM unnest($1::uuid[]) AS id WHERE pg_try_advisory_lock(hashtextextended(id::text, 0))`,
        [ids],
      );
      const held = new Set(locked.map((row) => row.id));
      const pending: { id: string }[] = await runner.query(`SELECT id FROM outbox_messages WHERE id = ANY($1::uuid[]) AND status = 'pending'`, [[...held]]);
      return { ids: pending.map((row) => row.id), elsewhere: ids.filter((id) => !held.has(id)), release };
    } catch (error) {
      await release();
      throw error;
    }
  }

  findById(id: string): Promise<OutboxMessage | null> {
    return this.rows.findOneBy({ id });
  }

  async markSent(marks: SentMark[]): Promise<void> {
    if (!marks.length) return;
    await this.rows.query(
      `UPDATE outbox_messages o
          SET status = 'sent', attempts = o.attempts + 1, last_error = NULL, retry_at = NULL, message_id = m.message_id,
              sent_at = now(), template_data = o.template_data - string_to_array(m.clear, ','), updated_at = now()
         FROM unnest($1::uuid[], $2::text[], $3::text[]) AS m(id, message_id, clear)
        WHERE o.id = m.id AND o.status = 'pending'`,
      [marks.map((m) => m.id), marks.map((m) => m.messageId), marks.map((m) => m.clearFields.join(','))],
    );
  }

  async markFailed(marks: FailedMark[]): Promise<void> {
    if (!marks.length) return;
    await this.rows.query(
      `UPDATE outbox_messages o
          SET status = 'failed', attempts = o.attempts + 1, last_error = m.error, retry_at = NULL,
              template_data = o.template_data - string_to_array(m.clear, ','), updated_at = now()
         FROM unnest($1::uuid[], $2::text[], $3::text[]) AS m(id, error, clear)
        WHERE o.id = m.id AND o.status = 'pending'`,
      [marks.map((m) => m.id), marks.map((m) => m.error), marks.map((m) => m.clearFields.join(','))],
    );
  }

  /** A temporary failure: the row waits for its next try, when the relay queues it again. */
  async markRetry(marks: RetryMark[]): Promise<void> {
    if (!marks.length) return;
    await this.rows.query(
      `UPDATE outbox_messages o
          SET attempts = o.attempts + 1, last_error = m.error, retry_at = m.retry_at, queued_at = NULL, updated_at = now()
         FROM unnest($1::uuid[], $2::text[], $3::timestamptz[]) AS m(id, error, retry_at)
        WHERE o.id = m.id AND o.status = 'pending'`,
      [marks.map((m) => m.id), marks.map((m) => m.error), marks.map((m) => m.retryAt.toISOString())],
    );
  }

  list(status: OutboxStatus | undefined, limit: number, offset: number): Promise<[OutboxMessage[], number]> {
    return this.rows.findAndCount({
      where: status ? { status } : {},
      order: { createdAt: 'DESC' },
      take: limit,
      skip: offset,
    });
  }

  /** Every failed row back to pending, with a fresh run of tries; returns their ids. */
  async reopenAllFailed(): Promise<string[]> {
    const [rows]: [{ id: string }[], number] = await this.rows.query(
      `UPDATE outbox_messages SET status = 'pending', queued_at = NULL, last_error = NULL, retry_at = NULL, attempts = 0, updated_at = now()
        WHERE status = 'failed' RETURNING id`,
    );
    return rows.map((row) => row.id);
  }

  /** How many rows are in each state; pending ones split by whether a try has failed yet. */
  async stateCounts(): Promise<{ waiting: number; retrying: number; sent: number; failed: number }> {
    const rows: { waiting: number; retrying: number; sent: number; failed: number }[] = await this.rows.query(
      `SELECT count(*) FILTER (WHERE status = 'pending' AND attempts = 0)::int AS waiting,
              count(*) FILTER (WHERE status = 'pending' AND attempts > 0)::int AS retrying,
              count(*) FILTER (WHERE status = 'sent')::int AS sent,
              count(*) FILTER (WHERE status = 'failed')::int AS failed
         FROM outbox_messages`,
    );
    return rows[0];
  }

  /** How the mail still to send is doing: counted over pending rows only (a partial index). */
  async pendingSummary(): Promise<{ pending: number; retrying: number; oldestPendingSince: Date | null; lastError: string | null }> {
    const rows: { pending: number; retrying: number; oldestPendingSince: Date | null; lastError: string | null }[] = await this.rows.query(
      `SELECT count(*)::int AS pending, count(*) FILTER (WHERE attempts > 0)::int AS retrying, min(created_at) AS "oldestPendingSince",
              (array_agg(last_error ORDER BY updated_at DESC) FILTER (WHERE last_error IS NOT NULL))[1] AS "lastError"
         FROM outbox_messages WHERE status = 'pending'`,
    );
    return rows[0];
  }

  /** Puts a failed row back to pending, with a fresh run of tries; false when it was not failed. */
  async reopenFailed(id: string): Promise<boolean> {
    const result = await this.rows.update(
      { id, status: OutboxStatus.Failed },
      { status: OutboxStatus.Pending, queuedAt: null, lastError: null, retryAt: null, attempts: 0 },
    );
    return (result.affected ?? 0) > 0;
  }
}
