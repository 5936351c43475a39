import { connect, Socket } from 'node:net';
import { startSmtpSink, SmtpSink } from './smtp-sink';

/** A sender that gets as far as MAIL FROM, the point from which smtp-server reports a dropped connection. */
async function startTransaction(url: string): Promise<Socket> {
  const socket = connect(Number(new URL(url).port), '127.0.0.1');
  const lines = ['EHLO killed.example', 'MAIL FROM:<a@example.org>'];
  await new Promise<void>((resolve, reject) => {
    socket.on('error', reject);
    socket.on('data', () => {
      const next = lines.shift();
      if (next) socket.write(`${next}\r\n`);
      else resolve();
    });
  });
  socket.removeAllListeners('data');
  return socket;
}

async function until(check: () => boolean, what: string): Promise<void> {
  for (const deadline = Date.now() + 5_000; !check(); await new Promise((resolve) => setTimeout(resolve, 10))) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
  }
}

describe('SMTP sink', () => {
  let sink: SmtpSink;
  beforeEach(async () => (sink = await startSmtpSink()));
  afterEach(async () => sink.close());

  it('keeps running when a sender dies mid-transaction with a reset, as a real server does', async () => {
    const socket = await startTransaction(sink.url);
    // As a killed worker process does: replies unread, then the connection reset.
    socket.pause();
    socket.write('NOOP\r\n');
    socket.resetAndDestroy();
    await until(() => sink.connectionErrors.length > 0, 'the reset to reach the sink');
    expect(sink.connectionErrors.map((error) => (error as NodeJS.ErrnoException).code)).toEqual(['ECONNRESET']);
    expect(sink.received).toEqual([]);
  });
});
