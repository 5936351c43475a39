import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export enum OutboxStatus {
  /** Written; waiting to be sent (queued or not). */
  Pending = 'pending',
  Sent = 'sent',
  /** Refused for good (a 5xx from the mail server, or days of temporary failures); an admin may retry. */
  Failed = 'failed',
  /** Never sent: a later mail said more before this one went (an "80% full" overtaken by "Full"). */
  Superseded = 'superseded',
}

/**
 * A mail to send, written in the same transaction as the change that causes it. The row is
 * the truth; the queue only carries its id. The dedupe key stops the same mail being
 * recorded twice (a retried request, a double click).
 */
@Entity('outbox_messages')
@Index('outbox_messages_unqueued', ['createdAt'], { where: `"status" = 'pending'` })
export class OutboxMessage {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Which template: 'sign-in', ... */
  @Column({ type: 'text' })
  kind: string;

  @Column({ type: 'text' })
  recipient: string;

  @Column({ name: 'template_data', type: 'jsonb', default: () => "'{}'" })
  templateData: Record<string, unknown>;

  @Index('outbox_messages_dedupe_key', { unique: true })
  @Column({ name: 'dedupe_key', type: 'text' })
  dedupeKey: string;

  @Column({ type: 'enum', enum: OutboxStatus, enumName: 'outbox_status', default: OutboxStatus.Pending })
  status: OutboxStatus;

  @Column({ type: 'int', default: 0 })
  attempts: number;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError: string | null;

  /** When the row was last put on the queue; null until then. The relay looks for nulls. */
  @Column({ name: 'queued_at', type: 'timestamptz', nullable: true })
  queuedAt: Date | null;

  /** After a temporary failure: when the next try is due (the relay queues it then). */
  @Column({ name: 'retry_at', type: 'timestamptz', nullable: true })
  retryAt: Date | null;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt: Date | null;

  @Column({ name: 'message_id', type: 'text', nullable: true })
  messageId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
