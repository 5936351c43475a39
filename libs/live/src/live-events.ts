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

/** Moderators' own event: a session's running vote counts, never sequenced (the counts read latest win). */
export const QA_VOTES_EVENT = 'qa:votes';

/**
 * What each event carries besides the LiveMessage envelope: a stream's change view without `seq`,
 * `type` and `at`. The views belong to the libs above this one (qa, liveblog, polls, votes: the
 * classes the OpenAPI document shows), so this file names the events once and each end fills the
 * payloads in from those classes: the browser from the types generated from the document
 * (apps/web/src/live/live-payloads.ts), the API from the classes themselves (ApiLivePayloads), so
 * a change to a view changes the socket's contract at both ends.
 */
export interface LivePayloads {
  qa: object;
  floor: object;
  liveblog: object;
  polls: object;
  votes: object;
  /** Moderators' running results of a poll. */
  [POLL_RESULTS_EVENT]: object;
  /** Moderators' running vote counts of a session's questions. */
  [QA_VOTES_EVENT]: object;
}

/** A change view less the envelope each live message carries (seq, type, at, sessionId): what a stream's change holds. */
export type ChangePayload<View> = Omit<View, 'seq' | 'type' | 'at' | 'sessionId'>;

/**
 * The payloads as the API writes them to the live log and sends them: the view classes of the
 * REST API's change lists. Each stream's lib fills its events in beside its view classes
 * (`declare module '@convene/live-events' { interface ApiLivePayloads { ... } }`), as this lib
 * sits below them; appending to a stream, or emitting on the namespace, takes only that shape.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled in by the libs above (declaration merging)
export interface ApiLivePayloads extends LivePayloads {}

/** The answer to join and leave. */
export type LiveAck = { ok: true; sessionId: string; moderator: boolean; lastSeq: Record<string, number> } | { error: { status: number; code: string; message: string } };

export type ServerToClientEvents<Payloads extends LivePayloads = ApiLivePayloads> = {
  [Event in LiveStreamName | typeof POLL_RESULTS_EVENT]: (message: LiveMessage<Payloads[Event]>) => void;
} & {
  /** To the session's moderators: vote counts sooner than the room's `question.votes` changes. */
  [QA_VOTES_EVENT]: (notice: Payloads[typeof QA_VOTES_EVENT] & { sessionId: string }) => void;
  /** The socket was taken out of a session's rooms: the right to follow it ended. */
  left: (notice: { sessionId: string; reason: string }) => void;
};

/** What a broadcast of a change may be sent as: a stream, or the moderators' results event. */
export type LiveChangeEvent = Exclude<keyof ServerToClientEvents, 'left' | typeof QA_VOTES_EVENT>;

export interface ClientToServerEvents {
  join: (body: { sessionId: string }, ack: (answer: LiveAck) => void) => void;
  leave: (body: { sessionId: string }, ack: (answer: LiveAck) => void) => void;
}
