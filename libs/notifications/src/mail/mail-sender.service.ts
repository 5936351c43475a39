import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@convene/core';
import { CalendarParts } from '../calendar/calendar-parts';
import { FailedMark, OutboxRepository, PendingMail, RetryMark, SentMark } from '../outbox/outbox.repository';
import { MailRate } from './mail-rate';
import { nextTry } from './mail-retry';
import { MAIL_TRANSPORT } from './mail-transport.provider';
import { MailTransport, OutgoingMail, isPermanentMailFailure } from './mail-transport';
import { renderMail, secretFieldsOf, UnknownMailKind } from './mail-templates';
import { qrImage } from './qr-image';

/** What became of a batch's rows. */
export interface BatchOutcome {
  sent: number;
  failed: number;
  /** Temporary failures: each waits in its row for its next try. */
  retrying: number;
  /** Already sent, failed or gone. */
  skipped: number;
}

/** Some rows of the batch are in another worker's hands: the job tries again later for them. */
export class MailSendDeferred extends Error {
  override name = 'MailSendDeferred';
}

/**
 * Sends a batch of outbox rows. Each mail (and its calendar invites, which write their own rows)
 * is built first; then the rows are claimed for this worker (see OutboxRepository.claim), sent
 * through the pooled transport all at once, and marked as the answers come back, a statement
 * for many rows. No transaction is open across SMTP. A worker that dies mid-send leaves its
 * unmarked rows pending and free, and the retry sends them with the same Message-ID.
 */
@Injectable()
export class MailSender implements OnModuleDestroy {
  private readonly logger = new Logger(MailSender.name);
  private readonly rate: MailRate;

  constructor(
    private readonly outbox: OutboxRepository,
    @Inject(MAIL_TRANSPORT) private readonly transport: MailTransport,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly calendarParts: CalendarParts,
  ) {
    this.rate = new MailRate(config.mailRatePerMinute);
  }

  async sendBatch(outboxIds: string[]): Promise<BatchOutcome> {
    const rows = await this.outbox.pendingOf(outboxIds);
    const marks = new OutcomeMarks(this.outbox);
    // Built before any claim: calendar work reads and writes on other connections.
    const built = new Map<string, OutgoingMail>();
    await Promise.all(
      rows.map(async (row) => {
        try {
          built.set(row.id, await this.build(row));
        } catch (error) {
          this.settle(marks, row, error);
        }
      }),
    );
    const claim = built.size ? await this.outbox.claim([...built.keys()]) : { ids: [], elsewhere: [], release: async () => undefined };
    try {
      const byId = new Map(rows.map((row) => [row.id, row]));
      await Promise.all(
        claim.ids.map(async (id) => {
          const row = byId.get(id) as PendingMail;
          const mail = built.get(id) as OutgoingMail;
          await this.rate.take();
          try {
            await this.transport.send(mail);
            marks.sent({ id, messageId: mail.messageId, clearFields: secretFieldsOf(row.kind) });
          } catch (error) {
            this.settle(marks, row, error);
          }
        }),
      );
      await marks.settled();
    } finally {
      await claim.release();
    }
    const outcome = { ...marks.counts, skipped: outboxIds.length - rows.length + (built.size - claim.ids.length - claim.elsewhere.length) };
    if (claim.elsewhere.length) throw new MailSendDeferred(`${claim.elsewhere.length} mails of the batch are being sent elsewhere`);
    return outcome;
  }

  /** Rendered from the row, with invites built now from the current state (never a stale room). */
  private async build(row: PendingMail): Promise<OutgoingMail> {
    const { calendars, links } = await this.calendarParts.for(row);
    const rendered = renderMail(
      row.kind,
      row.templateData,
      { networkName: 'Co-operative Councils Innovation Network', publicUrl: this.config.publicUrl },
      links.map((link) => ({ link: link.url, label: link.label })),
    );
    const { images, ...parts } = rendered;
    return { from: this.config.mailFrom, to: row.recipient, messageId: messageIdOf(row.id, this.config), ...parts, calendars, images: await Promise.all(images.map(qrImage)) };
  }

  /** A 5xx, an unknown kind or days of temporary failures end the row; anything else retries later. */
  private settle(marks: OutcomeMarks, row: PendingMail, error: unknown): void {
    const reason = describe(error);
    const retryAt = error instanceof UnknownMailKind || isPermanentMailFailure(error) ? null : nextTry(row.attempts + 1, new Date());
    if (retryAt) return marks.retry({ id: row.id, error: reason, retryAt });
    this.logger.warn({ outboxId: row.id, reason }, 'Mail failed for good');
    marks.failed({ id: row.id, error: reason, clearFields: secretFieldsOf(row.kind) });
  }

  onModuleDestroy(): void {
    this.transport.close();
  }
}

/** Derived from the row: a resend after an unknown outcome carries the same Message-ID. */
export function messageIdOf(outboxId: string, config: AppConfig): string {
  return `<${outboxId}@${new URL(config.publicUrl).hostname}>`;
}

/** How long answers are gathered before they are written: short next to a kill's window. */
const GATHER_MS = 20;

/**
 * Outcomes written as they come in, many rows a statement: a row is marked sent moments after
 * the mail server's 250, so a worker killed mid-batch leaves only the unanswered ones pending.
 */
class OutcomeMarks {
  readonly counts = { sent: 0, failed: 0, retrying: 0 };
  private waiting = { sent: [] as SentMark[], failed: [] as FailedMark[], retry: [] as RetryMark[] };
  private writing: Promise<void> | undefined;
  private error: unknown;

  constructor(private readonly outbox: OutboxRepository) {}

  sent(mark: SentMark): void {
    this.counts.sent++;
    this.add(() => this.waiting.sent.push(mark));
  }

  failed(mark: FailedMark): void {
    this.counts.failed++;
    this.add(() => this.waiting.failed.push(mark));
  }

  retry(mark: RetryMark): void {
    this.counts.retrying++;
    this.add(() => this.waiting.retry.push(mark));
  }

  /** Resolves once every outcome is written; throws if one could not be. */
  async settled(): Promise<void> {
    while (this.writing) await this.writing;
    if (this.error) throw this.error;
  }

  private add(push: () => void): void {
    push();
    this.write();
  }

  private get anyWaiting(): boolean {
    return Boolean(this.waiting.sent.length || this.waiting.failed.length || this.waiting.retry.length);
  }

  /** One write at a time, gathering what arrives for a few ms; what arrives meanwhile goes in the next one. */
  private write(): void {
    if (this.writing || !this.anyWaiting) return;
    this.writing = new Promise((resolve) => setTimeout(resolve, GATHER_MS))
      .then(() => this.writeWaiting())
      .finally(() => {
        this.writing = undefined;
        this.write();
      });
  }

  private async writeWaiting(): Promise<void> {
    while (this.anyWaiting) {
      const { sent, failed, retry } = this.waiting;
      this.waiting = { sent: [], failed: [], retry: [] };
      try {
        await Promise.all([this.outbox.markSent(sent), this.outbox.markFailed(failed), this.outbox.markRetry(retry)]);
      } catch (error) {
        this.error ??= error;
      }
    }
  }
}

function describe(error: unknown): string {
  const err = error as { responseCode?: number; response?: string; code?: string; message?: string };
  if (!err.responseCode) return `${err.code ?? ''} ${err.message ?? String(error)}`.trim().slice(0, 500);
  // The server's answer usually starts with its code ("550 No such mailbox"): the admin reads it once.
  const answer = err.response ?? '';
  return (answer.startsWith(String(err.responseCode)) ? answer : `${err.responseCode} ${answer}`).trim().slice(0, 500);
}
