// Child process of bench/poll-answers.ts: the room's phones. Holds N socket.io clients on /live
// (each with its own handshake auth), joined to one session; on { type: 'go' } answer n is sent
// by phone n % N at startAt + n / rate s, with an ack. Reports when each answer was sent and
// acknowledged, and, per phone, the highest count it was shown (every phone must end on the
// exact total). Times are performance.timeOrigin + performance.now(): one clock for every
// process of the machine.
import { io, type Socket } from 'socket.io-client';

interface Connect {
  type: 'connect';
  url: string;
  sessionId: string;
  auths: Array<Record<string, string>>;
  /** The event that carries the count to phones, and how to read it from a message. */
  countEvent: string;
}

interface Go {
  type: 'go';
  startAt: number;
  rate: number;
  total: number;
  answerEvent: string;
  pollId: string;
  options: number;
}

const now = () => performance.timeOrigin + performance.now();
const ACK_TIMEOUT_MS = 60_000;
const sockets: Socket[] = [];
/** Per phone, per poll: the highest count shown. */
const highest: Array<Map<string, number>> = [];

/** The poll and count a message shows: Convene's `polls` change (`poll.responses`), or the bare relay's `respondents`. */
function countOf(message: { poll?: { id: string; responses?: number }; pollId?: string; respondents?: number }): [string, number] | undefined {
  if (message?.poll?.responses !== undefined) return [message.poll.id, message.poll.responses];
  if (message?.pollId !== undefined && message.respondents !== undefined) return [message.pollId, message.respondents];
  return undefined;
}

function phone(url: string, sessionId: string, auth: Record<string, string>, countEvent: string, index: number): Promise<void> {
  return new Promise((resolve, reject) => {
    // Phones come from many addresses: 200 to an address of 127/8 (the API holds at most 256 connections per client address).
    const localAddress = `127.0.${1 + Math.floor(index / 200 / 250)}.${1 + (Math.floor(index / 200) % 250)}`;
    const socket = io(`${url}/live`, { transports: ['websocket'], forceNew: true, reconnection: false, timeout: 60_000, auth, localAddress } as Parameters<typeof io>[1]);
    sockets.push(socket);
    const seen = new Map<string, number>();
    highest[index] = seen;
    socket.on(countEvent, (message: Parameters<typeof countOf>[0]) => {
      const shown = countOf(message);
      if (shown && shown[1] > (seen.get(shown[0]) ?? 0)) seen.set(shown[0], shown[1]);
    });
    socket.once('connect_error', (error: Error & { description?: unknown }) => reject(new Error(`phone ${index}: ${error.message} (${String((error.description as { message?: string })?.message ?? error.description ?? '')})`)));
    socket.once('connect', () =>
      socket.emit('join', { sessionId }, (ack: { ok?: boolean; error?: { message: string } }) => (ack?.ok ? resolve() : reject(new Error(`join refused: ${ack?.error?.message ?? JSON.stringify(ack)}`)))),
    );
  });
}

async function connect(message: Connect): Promise<void> {
  for (let start = 0; start < message.auths.length; start += 100) {
    await Promise.all(message.auths.slice(start, start + 100).map((auth, offset) => phone(message.url, message.sessionId, auth, message.countEvent, start + offset)));
  }
  process.send?.({ type: 'connected', connected: sockets.filter((socket) => socket.connected).length });
}

async function go(message: Go): Promise<void> {
  const sent: number[] = new Array(message.total);
  const acked: number[] = new Array(message.total);
  const refused: string[] = [];
  const pending: Promise<void>[] = [];
  for (let n = 0; n < message.total; n++) {
    const due = message.startAt + (n * 1000) / message.rate;
    const wait = due - now();
    if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
    const socket = sockets[n % sockets.length];
    sent[n] = now();
    pending.push(
      new Promise((resolve) => {
        // A phone that lost its connection (a server too busy to answer its heartbeat) never gets an ack: give up after a while.
        socket.timeout(ACK_TIMEOUT_MS).emit(message.answerEvent, { pollId: message.pollId, choices: [n % message.options] }, (timedOut: Error | null, ack: { ok?: boolean; error?: { message: string } }) => {
          acked[n] = now();
          if (timedOut) refused.push(`no ack within ${ACK_TIMEOUT_MS / 1000} s${socket.connected ? '' : ' (disconnected)'}`);
          else if (!ack?.ok) refused.push(ack?.error?.message ?? JSON.stringify(ack));
          resolve();
        });
      }),
    );
  }
  await Promise.all(pending);
  process.send?.({ type: 'sent', sent, acked, refused });
}

process.on('message', (message: Connect | Go | { type: 'report'; pollId: string } | { type: 'stop' }) => {
  const fail = (error: Error) => process.send?.({ type: 'failed', message: error.message });
  if (message.type === 'connect') connect(message).catch(fail);
  if (message.type === 'go') go(message).catch(fail);
  if (message.type === 'report') process.send?.({ type: 'report', lowest: Math.min(...highest.map((seen) => seen.get(message.pollId) ?? 0)), connected: sockets.filter((socket) => socket.connected).length });
  if (message.type === 'stop') {
    for (const socket of sockets) socket.disconnect();
    setTimeout(() => process.exit(0), 200);
  }
});

// Gone with the bench that started it.
process.on('disconnect', () => process.exit(0));
