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

export type QaQuestionStatus = 'pending' | 'approved' | 'answering' | 'answered' | 'hidden' | 'merged';

/** A question as the room sees it on the 'qa' stream (times as ISO strings). */
export interface QaQuestionShown {
  id: string;
  sessionId: string;
  visible: true;
  status: QaQuestionStatus;
  body: string;
  /** The language the question is written in. */
  language: 'en' | 'cy';
  /** Null when asked anonymously. */
  askerName: string | null;
  askerOrganisation: string | null;
  anonymous: boolean;
  votes: number;
  edited: boolean;
  createdAt: string;
  answeringAt: string | null;
  answeredAt: string | null;
}

/** What the room learns of a question it may not see (waiting, hidden, merged): no text, no asker. */
export interface QaQuestionWithheld {
  id: string;
  sessionId: string;
  visible: false;
  status: QaQuestionStatus;
  mergedIntoId: string | null;
}

/** A question in full, as the moderators' sockets receive every change (and the asker fetches their own). */
export interface QaQuestionFull extends Omit<QaQuestionShown, 'visible'> {
  visible: boolean;
  originalBody: string;
  hiddenReason: string | null;
  filtered: boolean;
  mergedIntoId: string | null;
}

export interface QaRoomSettings {
  moderation: 'pre' | 'post';
  open: boolean;
  anonymousAllowed: boolean;
  wordFilter: boolean;
  speakerSeconds: number;
  takePart: 'anyone' | 'signed-in' | 'room-code';
}

/** The settings with the code read out in the room: moderators only. */
export interface QaModeratorSettings extends QaRoomSettings {
  roomCode: string | null;
}

/** Questions' vote counts as read at `countedAt` (the database's clock): counts read earlier never replace them. */
export interface QaVoteCounts {
  countedAt: string;
  votes: Array<{ id: string; votes: number }>;
}

/**
 * A change on the 'qa' stream. The room receives questions in the form safe for everyone in it
 * and the settings without the room's code; the session's moderators the same change (same seq)
 * with the question in full and the code. Votes travel as `question.votes` changes: the counts
 * of the questions voted on since the last one, at most every few hundred ms.
 */
export type QaRoomMessage = LiveMessage<{ question?: QaQuestionShown | QaQuestionWithheld; settings?: QaRoomSettings } & Partial<QaVoteCounts>>;
export type QaModeratorMessage = LiveMessage<{ question?: QaQuestionFull; settings?: QaModeratorSettings } & Partial<QaVoteCounts>>;
export type QaMessage = QaRoomMessage | QaModeratorMessage;

/** The answer to join and leave. */
export type LiveAck = { ok: true; sessionId: string; moderator: boolean; lastSeq: Record<string, number> } | { error: { status: number; code: string; message: string } };

export interface ServerToClientEvents {
  qa: (message: QaMessage) => void;
  floor: (message: LiveMessage) => void;
  liveblog: (message: LiveMessage) => void;
  polls: (message: LiveMessage) => void;
  votes: (message: LiveMessage) => void;
  [POLL_RESULTS_EVENT]: (message: LiveMessage) => void;
  /** To the session's moderators: vote counts sooner than the room's `question.votes` changes. */
  [QA_VOTES_EVENT]: (notice: QaVoteCounts & { sessionId: string }) => void;
  /** The socket was taken out of a session's rooms: the right to follow it ended. */
  left: (notice: { sessionId: string; reason: string }) => void;
}

/** What a broadcast of a change may be sent as: a stream, or the moderators' results event. */
export type LiveChangeEvent = Exclude<keyof ServerToClientEvents, 'left' | typeof QA_VOTES_EVENT>;

export interface ClientToServerEvents {
  join: (body: { sessionId: string }, ack: (answer: LiveAck) => void) => void;
  leave: (body: { sessionId: string }, ack: (answer: LiveAck) => void) => void;
}
