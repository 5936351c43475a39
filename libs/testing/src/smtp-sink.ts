import { SMTPServer } from 'smtp-server';
import { AddressInfo } from 'node:net';

export interface ReceivedMail {
  messageId: string;
  to: string;
  subject: string;
  raw: string;
  /** The raw message with quoted-printable undone, to search for what a reader sees. */
  decoded: string;
  /** The sending connection's own port: tells which process sent it (test/support/processes.ts). */
  clientPort: number;
}

/** Which messages to hold the reply of: those from the connection on this client port. */
export type HoldFilter = (clientPort: number) => boolean;

export interface SmtpSink {
  url: string;
  /** Only mail the sink acknowledged with 250, as a real server would deliver it. */
  received: ReceivedMail[];
  waitForCount(count: number, timeoutMs?: number): Promise<void>;
  waitFor(predicate: (mail: ReceivedMail) => boolean, timeoutMs?: number): Promise<ReceivedMail>;
  /**
   * From now on, hold each message's 250 reply (or only those the filter picks); a message whose
   * connection drops while held is not delivered.
   */
  holdReplies(filter?: HoldFilter): void;
  /** How many messages wait for their held reply. */
  heldCount(): number;
  releaseReplies(): void;
  /** Errors of client connections (a reset from a killed sender), which a real server would log. */
  connectionErrors: Error[];
  /** Answer every message from now on with this SMTP error (e.g. 550), or stop doing so with undefined. */
  rejectWith(code: number | undefined, message?: string): void;
  /** Refuse this one address for good (550 at RCPT TO, as for a mailbox that does not exist), or accept it again. */
  refuseRecipient(address: string, refused?: boolean): void;
  close(): Promise<void>;
}

/** A real SMTP server in the test process (the `smtp-server` package), recording what it accepts. */
export async function startSmtpSink(): Promise<SmtpSink> {
  const received: ReceivedMail[] = [];
  const listeners = new Set<() => void>();
  let holding: HoldFilter | undefined;
  let held: Array<() => void> = [];
  let rejection: { code: number; message: string } | undefined;
  const refusedRecipients = new Set<string>();

  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (!refusedRecipients.has(address.address.toLowerCase())) return callback();
      callback(Object.assign(new Error('No such mailbox here'), { responseCode: 550 }));
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        if (rejection) {
          const error = Object.assign(new Error(rejection.message), { responseCode: rejection.code });
          return callback(error);
        }
        const raw = Buffer.concat(chunks).toString('utf8');
        const deliver = () => {
          received.push({
            messageId: header(raw, 'message-id'),
            to: session.envelope.rcptTo.map((rcpt) => rcpt.address).join(','),
            subject: header(raw, 'subject'),
            raw,
            decoded: decodeQuotedPrintable(raw),
            clientPort: session.remotePort,
          });
          callback();
          listeners.forEach((listener) => listener());
        };
        if (holding?.(session.remotePort)) held.push(deliver);
        else deliver();
      });
    },
  });
  // A client that dies mid-transaction (a worker process killed in a test) resets its connection:
  // smtp-server emits that as an 'error', which with no listener would crash the test process.
  // A real server logs it and goes on; so does the sink, keeping it for a test to read.
  const connectionErrors: Error[] = [];
  server.on('error', (error) => connectionErrors.push(error));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;

  const waitUntil = <T>(check: () => T | undefined, timeoutMs: number, what: string) =>
    new Promise<T>((resolve, reject) => {
      const attempt = () => {
        const result = check();
        if (result !== undefined) {
          listeners.delete(attempt);
          clearTimeout(timer);
          resolve(result);
        }
      };
      const timer = setTimeout(() => {
        listeners.delete(attempt);
        reject(new Error(`SMTP sink: timed out waiting for ${what} (received ${received.length})`));
      }, timeoutMs);
      listeners.add(attempt);
      attempt();
    });

  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    waitForCount: (count, timeoutMs = 30_000) =>
      waitUntil(() => (received.length >= count ? true : undefined), timeoutMs, `${count} mails`).then(() => undefined),
    waitFor: (predicate, timeoutMs = 30_000) => waitUntil(() => received.find(predicate), timeoutMs, 'a matching mail'),
    holdReplies: (filter = () => true) => {
      holding = filter;
    },
    heldCount: () => held.length,
    connectionErrors,
    releaseReplies: () => {
      holding = undefined;
      // Held messages were on connections that have since dropped: never acknowledged, never delivered.
      held = [];
    },
    rejectWith: (code, message = 'Mailbox unavailable') => {
      rejection = code === undefined ? undefined : { code, message };
    },
    refuseRecipient: (address, refused = true) => {
      if (refused) refusedRecipients.add(address.toLowerCase());
      else refusedRecipients.delete(address.toLowerCase());
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function header(raw: string, name: string): string {
  const head = raw.split(/\r?\n\r?\n/)[0].replace(/\r?\n[ \t]+/g, ' ');
  const line = head.split(/\r?\n/).find((candidate) => candidate.toLowerCase().startsWith(`${name}:`));
  return line ? line.slice(name.length + 1).trim() : '';
}

function decodeQuotedPrintable(raw: string): string {
  const joined = raw.replace(/=\r?\n/g, '');
  return Buffer.from(
    joined.replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
    'latin1',
  ).toString('utf8');
}
