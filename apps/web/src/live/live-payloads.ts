// What the /live events carry, in the browser: each stream's change view as the API's OpenAPI
// document shows it (apps/web/src/generated/api, made from the view classes by npm run api:types),
// so a change to a view changes the socket's contract here too. Types only.
import type { LivePayloads, LiveStreamName, ServerToClientEvents } from '@convene/live-events';
import type {
  ConsolePollDoc,
  FloorChangeViewDoc,
  FullQuestionViewDoc,
  LiveblogChangeViewDoc,
  ModeratorQaSettingsViewDoc,
  MotionChangeDoc,
  PollChangeDoc,
  QaChangeViewDoc,
  QuestionViewDoc,
  WithheldQuestionViewDoc,
} from '../generated/api';

/** A change view less the envelope every live message carries (seq, at, sessionId); its `type` may name the kinds. */
type Payload<View> = Omit<View, 'seq' | 'at' | 'sessionId'>;

/** A question the room may see (its view with `visible` true), or what it learns of one it may not. */
type RoomQuestion = (QuestionViewDoc & { visible: true }) | WithheldQuestionViewDoc;

/**
 * The 'qa' stream: the room gets questions in the form safe for everyone in it and the settings
 * without the room's code; the session's moderators the same change (same seq) with the question
 * in full and the code. Votes travel as `question.votes` changes (votes, countedAt).
 */
type QaRoomPayload = Omit<Payload<QaChangeViewDoc>, 'question'> & { question?: RoomQuestion };
type QaModeratorPayload = Omit<Payload<QaChangeViewDoc>, 'question' | 'settings'> & { question?: FullQuestionViewDoc; settings?: ModeratorQaSettingsViewDoc };

export interface WebLivePayloads extends LivePayloads {
  qa: QaRoomPayload | QaModeratorPayload;
  floor: Payload<FloorChangeViewDoc>;
  liveblog: Payload<LiveblogChangeViewDoc>;
  polls: Payload<PollChangeDoc>;
  votes: Payload<MotionChangeDoc>;
  /** A poll's running results, to moderators: the poll as the console shows it. */
  'polls:results': { poll: ConsolePollDoc };
  /** A session's running vote counts, to moderators. */
  'qa:votes': VoteCounts;
}

/** Questions' vote counts as read at `countedAt` (the database's clock): counts read earlier never replace them. */
export type VoteCounts = Required<Pick<QaChangeViewDoc, 'votes' | 'countedAt'>>;

export type WebServerToClientEvents = ServerToClientEvents<WebLivePayloads>;

/** A change of a stream as a page applies it: from the socket, or from `GET ...?since=` (which has no sessionId). */
export type StreamChange<Stream extends LiveStreamName> = { seq: number; type: string; at: string } & WebLivePayloads[Stream];

/** A page of a stream's changes over HTTP (`GET ...?since=`), as the live client takes them. */
export interface StreamPage<Stream extends LiveStreamName> {
  lastSeq: number;
  changes: Array<StreamChange<Stream>>;
  more: boolean;
}
