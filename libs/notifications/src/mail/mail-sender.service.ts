import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@convene/core';
import { DataSource } from 'typeorm';
import { CalendarParts } from '../calendar/calendar-parts';
import { OutboxStatus } from '../outbox/outbox-message.entity';
import { OutboxRepository } from '../outbox/outbox.repository';
import { MAIL_TRANSPORT } from './mail-transport.provider';
import { MailTransport, isPermanentMailFailure } from './mail-transport';
import { renderMail, secretFieldsOf, UnknownMailKind } from './mail-templates';

export type SendOutcome = 'sent' | 'skipped' | 'failed';

export class MailSendDeferred extends Error {
  override name = 'MailSendDeferred';
}

/**
 * Sends one outbox row. The row is locked for the send and marked in the same transaction,
 * so two workers never send it together and a sent row is never sent again. A worker that
 * dies mid-send leaves the row pending, and the retry sends it with the same Message-ID.
 */
@Injectable()
export class MailSender implements OnModuleDestroy {
  private readonly logger = new Logger(MailSender.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxRepository,
    @Inject(MAIL_TRANSPORT) private readonly transport: MailTransport,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly calendarParts: CalendarParts,
  ) {}

  /** `finalAttempt`: a temporary failure now is the last one, so the row is marked failed. */
  async send(outboxId: string, finalAttempt = false): Promise<SendOutcome> {
    let temporaryFailure: Error | undefined;
    const outcome = await this.dataSource.transaction(async (tx): Promise<SendOutcome> => {
      const message = await this.outbox.lockPending(tx, outboxId);
      if (!message) {
        const row = await this.outbox.findById(outboxId);
        // Pending but locked: another worker has it in hand; let the queue try again later.
        if (row?.status === OutboxStatus.Pending) throw new MailSendDeferred(`Outbox ${outboxId} is being sent elsewhere`);
        return 'skipped';
      }
      const clearFields = secretFieldsOf(message.kind);
      const messageId = `<${message.id}@${new URL(this.config.publicUrl).hostname}>`;
      try {
        // Built now, from the current state: an invite never shows a stale time or room.
        const { calendars, links } = await this.calendarParts.for(message);
        const rendered = renderMail(
          message.kind,
          message.templateData,
          { networkName: 'Co-operative Councils Innovation Network', publicUrl: this.config.publicUrl },
          links.map((link) => ({ link: link.url, label: link.label })),
        );
        await this.transport.send({ from: this.config.mailFrom, to: message.recipient, messageId, ...rendered, calendars });
        await this.outbox.recordOutcome(tx, message.id, { status: OutboxStatus.Sent, messageId, clearFields });
        return 'sent';
      } catch (error) {
        const reason = describe(error);
        if (error instanceof UnknownMailKind || isPermanentMailFailure(error) || finalAttempt) {
          this.logger.warn({ outboxId, reason }, 'Mail failed for good');
          await this.outbox.recordOutcome(tx, message.id, { status: OutboxStatus.Failed, error: reason, clearFields });
          return 'failed';
        }
        temporaryFailure = error as Error;
        return 'skipped';
      }
    });
    if (temporaryFailure) {
      await this.outbox.recordAttemptFailed(outboxId, describe(temporaryFailure));
      throw temporaryFailure; // BullMQ retries with backoff
    }
    return outcome;
  }

  onModuleDestroy(): void {
    this.transport.close();
  }
}

function describe(error: unknown): string {
  const err = error as { responseCode?: number; response?: string; code?: string; message?: string };
  return (err.responseCode ? `${err.responseCode} ${err.response ?? ''}` : `${err.code ?? ''} ${err.message ?? String(error)}`).trim().slice(0, 500);
}
