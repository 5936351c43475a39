import { io, Socket } from 'socket.io-client';

/** A socket.io-client connected to /live of one API instance (websocket only, as a phone would). */
export async function liveClient(url: string, auth: { token?: string; identity?: string } = {}): Promise<Socket> {
  const socket = io(`${url}/live`, { transports: ['websocket'], auth, reconnection: true, reconnectionDelay: 100, forceNew: true });
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', (error) => {
      socket.disconnect(); // a refused handshake leaves the connection open otherwise
      reject(error);
    });
  });
  return socket;
}

export interface JoinAnswer {
  ok?: true;
  sessionId?: string;
  moderator?: boolean;
  lastSeq?: Record<string, number>;
  error?: { status: number; code: string; message: string };
}

/** Emits `join` and waits for the server's answer. */
export function joinSession(socket: Socket, sessionId: unknown): Promise<JoinAnswer> {
  return socket.timeout(10_000).emitWithAck('join', { sessionId }) as Promise<JoinAnswer>;
}

/** Collects the messages of one stream a socket receives. */
export function collect<T = Record<string, unknown>>(socket: Socket, stream: string): T[] {
  const received: T[] = [];
  socket.on(stream, (message: T) => received.push(message));
  return received;
}

export { eventually } from './eventually';

/**
 * Live limits count per clock minute (fixed windows, shared across instances in Postgres): a test
 * that fills one waits for a fresh minute when fewer than `needMs` of this one are left.
 */
export async function inOneMinuteWindow(needMs = 20_000): Promise<void> {
  await inOneLimitWindow(60, needMs);
}

/**
 * Limits count per fixed window (the sign-in one is 15 minutes): a test that sends its requests
 * across a window's end sees the count start again. Waits, when need be, for the next window.
 */
export async function inOneLimitWindow(windowSeconds: number, needMs: number): Promise<void> {
  const size = windowSeconds * 1000;
  const left = size - (Date.now() % size);
  if (left < needMs) await new Promise((resolve) => setTimeout(resolve, left + 50));
}
