// The /live namespace's events, declared once for both ends: the gateway and broadcaster type
// their socket.io server with them, the browser its client (Socket<ServerToClientEvents,
// ClientToServerEvents>). Types only, nothing from Nest or TypeORM: the web app imports this file.

/** The streams a session's changes travel on; each stream's name is also its event's name. */
export type LiveStreamName = 'qa' | 'floor' | 'liveblog' | 'polls' | 'votes';

/** Moderators' own event: a hidden poll's running results, never sequenced (the latest wins). */
export const POLL_RESULTS_EVENT = 'polls:results';

/**
 * A change as a client receives it, on its stream's event or from `GET ...?since=`: the session's
 * sequence number and the change's type, with the stream's own fields (`Data`: { question },
 * { entry }, { poll }, { motion }, { floor }, { settings }).
 */
export type LiveMessage<Data extends object = Record<string, unknown>> = { seq: number; type: string; sessionId: string; at: string } & Data;

/** The answer to join and leave. */
export type LiveAck = { ok: true; sessionId: string; moderator: boolean; lastSeq: Record<string, number> } | { error: { status: number; code: string; message: string } };

export interface ServerToClientEvents {
  qa: (message: LiveMessage) => void;
  floor: (message: LiveMessage) => void;
  liveblog: (message: LiveMessage) => void;
  polls: (message: LiveMessage) => void;
  votes: (message: LiveMessage) => void;
  [POLL_RESULTS_EVENT]: (message: LiveMessage) => void;
  /** The socket was taken out of a session's rooms: the right to follow it ended. */
  left: (notice: { sessionId: string; reason: string }) => void;
}

/** What a broadcast of a change may be sent as: a stream, or the moderators' results event. */
export type LiveChangeEvent = Exclude<keyof ServerToClientEvents, 'left'>;

export interface ClientToServerEvents {
  join: (body: { sessionId: string }, ack: (answer: LiveAck) => void) => void;
  leave: (body: { sessionId: string }, ack: (answer: LiveAck) => void) => void;
}
