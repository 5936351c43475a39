// The browser's side of /live: one socket.io connection, an anonymous identity for people
// without an account, and streams applied in sequence order with HTTP catch-up for gaps.
import type { ClientToServerEvents, LiveStreamName } from '@convene/live-events';
import { io, Socket } from 'socket.io-client';
import type { StreamChange, WebServerToClientEvents } from './live-payloads';

export type { StreamChange, StreamPage } from './live-payloads';

/** The page's socket, typed by the events the server and this app exchange (their payloads: live-payloads.ts). */
export type LiveSocket = Socket<WebServerToClientEvents, ClientToServerEvents>;

const IDENTITY_KEY = 'convene.liveIdentity';

/**
 * This browser's anonymous identity (made once, kept in localStorage). Send it as the
 * X-Live-Identity header on live REST calls; signed-in people are known by their cookie anyway.
 */
export async function liveIdentity(): Promise<string> {
  const kept = localStorage.getItem(IDENTITY_KEY);
  if (kept) return kept;
  const response = await fetch('/api/v1/live/identity', { method: 'POST', headers: { Accept: 'application/json' } });
  if (!response.ok) throw new Error('Could not join the live session; reload the page to try again');
  const { token } = (await response.json()) as { token: string };
  localStorage.setItem(IDENTITY_KEY, token);
  return token;
}

/** Headers for live REST calls (live-call.ts): the anonymous identity, JSON in and out. */
export async function liveHeaders(): Promise<Record<string, string>> {
  return { Accept: 'application/json', 'X-Live-Identity': await liveIdentity() };
}

let shared: LiveSocket | null = null;

/** The page's one connection to /live (websocket first, long-polling where a proxy forbids it). */
export async function connectLive(): Promise<LiveSocket> {
  if (shared) return shared;
  const identity = await liveIdentity();
  shared = io('/live', { auth: { identity }, withCredentials: true });
  return shared;
}

export interface CatchUpPage<Message extends { seq: number }> {
  changes: Message[];
  more?: boolean;
}

/** How long to wait before connecting again after the server itself closed the connection. */
const RECONNECT_AFTER_SERVER_DISCONNECT_MS = 1_000;

/** `Message`: the stream's changes with their own fields (StreamChange<'qa'>, StreamChange<'liveblog'>...). */
export interface StreamOptions<Message extends { seq: number }> {
  /** The last seq the page already shows (from its initial HTTP load). */
  lastSeq: number;
  /** Called once per change, in seq order, never twice for one seq. */
  onChange: (message: Message) => void;
  /** One page of the changes after `seq` over HTTP (`GET ...?since=seq`), oldest first; `more` when another page follows. */
  catchUp: (seq: number) => Promise<CatchUpPage<Message>>;
  /** Join refused or failed: show it. */
  onError?: (message: string) => void;
  /** Connected and joined (true), or connection lost (false). */
  onStatus?: (connected: boolean) => void;
}

/**
 * Follows one stream ('qa', 'floor', 'liveblog') of a session. Messages may arrive out of order
 * (two changes committed at once) or with a gap (missed while away): both are mended by
 * holding early ones back and fetching the gap over HTTP. After every (re)connection, recovered
 * or not, the page asks over HTTP for what came after the last change it shows, page after page
 * while the server says there is `more`: socket.io's replay is lost when the instance that held
 * the connection dies, or the server closed it. Returns a function that stops.
 */
export async function followStream<Stream extends LiveStreamName>(sessionId: string, stream: Stream, options: StreamOptions<StreamChange<Stream>>): Promise<() => void> {
  type Message = StreamChange<Stream>;
  type StreamSocket = Socket<Record<string, (message: Message & { sessionId: string }) => void>>;
  const socket = await connectLive();
  let applied = options.lastSeq;
  const early = new Map<number, Message>();
  let catchingUp = false;

  const drain = () => {
    while (early.has(applied + 1)) {
      const next = early.get(applied + 1) as Message;
      early.delete(applied + 1);
      applied = next.seq;
      options.onChange(next);
    }
  };

  let askedAgain = false;
  const fillGap = async () => {
    if (catchingUp) {
      askedAgain = true;
      return;
    }
    catchingUp = true;
    try {
      do {
        askedAgain = false;
        for (let more = true; more; ) {
          const page = await options.catchUp(applied);
          for (const message of page.changes) if (message.seq > applied) early.set(message.seq, message);
          drain();
          more = Boolean(page.more) && page.changes.length > 0;
        }
      } while (askedAgain);
    } catch {
      options.onError?.('Some updates could not be loaded; they will appear when the connection is back');
    } finally {
      catchingUp = false;
    }
  };

  const onMessage = (message: Message & { sessionId: string }) => {
    if (message.sessionId !== sessionId || message.seq <= applied) return;
    early.set(message.seq, message);
    drain();
    if (early.size) void fillGap();
  };

  const join = async () => {
    const answer = await socket.timeout(10_000).emitWithAck('join', { sessionId }).catch(() => null);
    if (!answer || 'error' in answer) {
      options.onError?.(answer?.error.message ?? 'Could not join the live session; retrying');
      return;
    }
    options.onStatus?.(true);
    await fillGap();
  };

  // A recovered connection keeps its rooms (and may replay); any other needs a new join. Either
  // way the HTTP catch-up runs: it costs one small request and is the only thing that never misses.
  const onConnect = () => {
    if (!socket.recovered) void join();
    else {
      options.onStatus?.(true);
      void fillGap();
    }
  };
  // socket.io reconnects by itself after a lost connection, but not when the server closed it.
  let reconnectTimer: ReturnType<typeof setTimeout> | undefined;
  const onDisconnect = (reason: Socket.DisconnectReason) => {
    options.onStatus?.(false);
    if (reason === 'io server disconnect') {
      clearTimeout(reconnectTimer);
      reconnectTimer = setTimeout(() => socket.connect(), RECONNECT_AFTER_SERVER_DISCONNECT_MS);
    }
  };

  // socket.io's types cannot pick the listener of an event named by a type parameter: this stream's messages, by the map, are Message.
  (socket as unknown as StreamSocket).on(stream as string, onMessage);
  socket.on('connect', onConnect);
  socket.on('disconnect', onDisconnect);
  if (socket.connected) await join();
  return () => {
    clearTimeout(reconnectTimer);
    (socket as unknown as StreamSocket).off(stream as string, onMessage);
    socket.off('connect', onConnect);
    socket.off('disconnect', onDisconnect);
    void socket.emitWithAck('leave', { sessionId }).catch(() => undefined);
  };
}
