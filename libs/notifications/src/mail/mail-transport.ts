import { AppConfig } from '@convene/core';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import type { Socket } from 'node:net';
import path from 'node:path';
import nodemailer, { SendMailOptions, Transporter } from 'nodemailer';
import type SMTPPool from 'nodemailer/lib/smtp-pool';
import { connectCoalescing } from './coalescing-socket';
import type { CalendarAttachment } from '../calendar/calendar-parts';

export interface OutgoingMail {
  from: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Derived from the outbox row: a resend after an unknown outcome is recognisable. */
  messageId: string;
  /** Calendar invites: the first is also the text/calendar alternative; each is attached as .ics. */
  calendars?: CalendarAttachment[];
  /** PNG images the HTML shows by `cid:` (attached inline). */
  images?: InlineImage[];
}

export interface InlineImage {
  cid: string;
  filename: string;
  content: Buffer;
}

export interface MailTransport {
  readonly kind: 'smtp' | 'files';
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

/** SMTP at SMTP_URL through a connection pool, or, with none set, one .eml file per mail. */
export function createMailTransport(config: AppConfig, onFileWritten?: (file: string, mail: OutgoingMail) => void): MailTransport {
  return config.smtpUrl
    ? new SmtpTransport(config.smtpUrl)
    : new EmlFileTransport(path.join(config.dataDir, 'outbox'), onFileWritten);
}

class SmtpTransport implements MailTransport {
  readonly kind = 'smtp';
  private readonly transporter: Transporter;

  constructor(smtpUrl: string) {
    const url = new URL(smtpUrl);
    const host = url.hostname.replace(/^\[(.*)\]$/, '$1'); // net.connect takes an IPv6 address without its brackets
    const port = Number(url.port || (url.protocol === 'smtps:' ? 465 : 587));
    const connectionTimeout = 10_000;
    this.transporter = nodemailer.createTransport({
      pool: true,
      maxConnections: 5,
      maxMessages: 1000,
      host,
      port,
      secure: url.protocol === 'smtps:',
      auth: url.username ? { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) } : undefined,
      connectionTimeout,
      greetingTimeout: 10_000,
      socketTimeout: 30_000,
      // Each pooled connection is opened here, its writes coalesced (coalescing-socket.ts);
      // nodemailer speaks SMTP over it as over its own, TLS included (it upgrades an smtps one).
      getSocket: (_options: unknown, callback: (error: Error | null, socket?: { connection: Socket }) => void) =>
        connectCoalescing(host, port, connectionTimeout, (error, socket) => (socket ? callback(null, { connection: socket }) : callback(error))),
    } as SMTPPool.Options);
  }

  async send(mail: OutgoingMail): Promise<void> {
    await this.transporter.sendMail(toNodemailer(mail));
  }

  close(): void {
    this.transporter.close();
  }
}

class EmlFileTransport implements MailTransport {
  readonly kind = 'files';
  private readonly builder = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });

  constructor(
    private readonly folder: string,
    private readonly onFileWritten?: (file: string, mail: OutgoingMail) => void,
  ) {}

  async send(mail: OutgoingMail): Promise<void> {
    const info = (await this.builder.sendMail(toNodemailer(mail))) as { message: Buffer };
    await fs.mkdir(this.folder, { recursive: true });
    const id = mail.messageId.replace(/[<>]/g, '').split('@')[0];
    const file = path.join(this.folder, `${new Date().toISOString().replace(/[:.]/g, '-')}-${id}.eml`);
    // Written whole, then renamed: a reader never sees half a message.
    const partial = `${file}.${randomBytes(4).toString('hex')}.part`;
    await fs.writeFile(partial, info.message);
    await fs.rename(partial, file);
    this.onFileWritten?.(file, mail);
  }

  close(): void {
    this.builder.close();
  }
}

/**
 * nodemailer's `icalEvent` makes the `text/calendar; method=...` alternative that mail clients
 * show with accept and decline, and attaches the same invite as an .ics file for clients that
 * only offer attachments; further invites (the delegate's workshops) go as .ics files too.
 */
export function toNodemailer(mail: OutgoingMail): SendMailOptions {
  const { calendars, images, ...rest } = mail;
  const inline = (images ?? []).map((image) => ({ filename: image.filename, content: image.content, cid: image.cid, contentType: 'image/png', contentDisposition: 'inline' as const }));
  if (!calendars?.length) return inline.length ? { ...rest, attachments: inline } : rest;
  const [main, ...more] = calendars;
  return {
    ...rest,
    icalEvent: { method: main.method, filename: main.filename, content: main.content },
    attachments: [
      ...inline,
      ...more.map((calendar) => ({
        filename: calendar.filename,
        content: calendar.content,
        contentType: `application/ics; method=${calendar.method}`,
      })),
    ],
  };
}

/** A 5xx answer from the mail server will not change on retry; anything else might. */
export function isPermanentMailFailure(error: unknown): boolean {
  const code = (error as { responseCode?: number })?.responseCode;
  return typeof code === 'number' && code >= 500 && code < 600;
}
