import { testConfig } from '@convene/testing';
import { io, Socket } from 'socket.io-client';
import { RunningApi, startApi } from './api';

/** How a live client says who it is: an API token, or an anonymous live identity. */
export type LiveAuth = { token?: string; identity?: string };

/** A socket.io-client connected to /live of one API instance (websocket only, as a phone would). */
export async function liveClient(url: string, auth: LiveAuth = {}): Promise<Socket> {
  return connected(io(`${url}/live`, { transports: ['websocket'], auth, reconnection: true, reconnectionDelay: 100, forceNew: true }));
}

/**
 * A websocket-only client to /live sending these headers with its handshake, as a browser sends its
 * cookie, Origin and Sec-Fetch-Site; it does not reconnect.
 */
export async function browserLiveClient(url: string, headers: Record<string, string>): Promise<Socket> {
  return connected(io(`${url}/live`, { transports: ['websocket'], forceNew: true, reconnection: false, extraHeaders: headers }));
}

async function connected(socket: Socket): Promise<Socket> {
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', (error) => {
      socket.disconnect(); // a refused handshake leaves the connection open otherwise
      reject(error);
    });
  });
  return socket;
}

/** The API a describe block's tests share, and the ways they open live sockets on it. */
export interface LiveSpec {
  /** Started before the block's first test, closed after its last. */
  api: RunningApi;
  /** A live client on the API (liveClient), disconnected after the block. */
  connect(auth?: LiveAuth): Promise<Socket>;
  /** A browser's socket on the API (browserLiveClient), disconnected after the block. */
  connectAsBrowser(headers: Record<string, string>): Promise<Socket>;
}

/**
 * Starts one API for the describe block it is called in and closes it, and every socket opened
 * through it, after the block. `api` is filled in before the first test runs, as journeyStack's
 * stack is: read its fields inside tests and hooks, not at the block's top level.
 */
export function liveSpec(): LiveSpec {
  const api = {} as RunningApi;
  const sockets: Socket[] = [];
  const kept = async (opening: Promise<Socket>): Promise<Socket> => {
    const socket = await opening;
    sockets.push(socket);
    return socket;
  };
  beforeAll(async () => {
    Object.assign(api, await startApi(await testConfig()));
  });
  afterAll(async () => {
    sockets.forEach((socket) => socket.disconnect());
    await api.close?.();
  });
  return {
    api,
    connect: (auth = {}) => kept(liveClient(api.url, auth)),
    connectAsBrowser: (headers) => kept(browserLiveClient(api.url, headers)),
  };
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
