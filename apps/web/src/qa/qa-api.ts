// The Q&A and floor routes of the API, as the audience page, the chair's console and the projector use them.
import type { Language } from '@convene/i18n';
import type {
  AskForFloorDto,
  AskQuestionDto,
  FloorEntryViewDoc,
  FloorQueueViewDoc,
  FloorStateViewDoc,
  FullQuestionViewDoc,
  ListedQuestionViewDoc,
  ModeratorQaSettingsViewDoc,
  QuestionViewDoc,
  UpdateQaSettingsDto,
  WithheldQuestionViewDoc,
} from '../generated/api';
import { liveCall } from '../live/live-call';
import type { StreamChange, StreamPage } from '../live/live-client';

// The views and bodies are the API document's (apps/web/src/generated/api: npm run api:types), and
// so are the live changes (live/live-payloads.ts).
export type QuestionStatus = FullQuestionViewDoc['status'];

/** The Q&A switches; `roomCode` in the moderators' view only. */
export type QaSettings = Omit<ModeratorQaSettingsViewDoc, 'roomCode'> & Partial<Pick<ModeratorQaSettingsViewDoc, 'roomCode'>>;

/**
 * A question on a page: as the room sees it, or in full (the asker's own, and every question on
 * the console), with what only the audience list says (`mine`, `voted`).
 */
export type Question = QuestionViewDoc & Partial<Pick<FullQuestionViewDoc, 'originalBody' | 'hiddenReason' | 'filtered' | 'mergedIntoId'> & Pick<ListedQuestionViewDoc, 'mine' | 'voted'>>;

/**
 * The `lang` a question's text needs when it is written in the other language than the page's,
 * so screen readers pronounce it; none when it is the page's. The bare tags ('cy', 'en') serve
 * as well as 'en-GB' and keep the liveblog reader, which marks entries the same way, in its budget.
 */
export function langFor(text: Language | undefined, page: Language): Language | undefined {
  return text !== page ? text : undefined;
}

/** What the room is told of a question it may not see: no text. */
export type WithheldQuestion = WithheldQuestionViewDoc;

/** A change on the 'qa' stream, live or from ?since=: the room's form, or the moderators' (a question in full). */
export type QaChange = StreamChange<'qa'>;
export type FloorChange = StreamChange<'floor'>;

export type FloorEntry = FloorEntryViewDoc;
export type FloorState = FloorQueueViewDoc;
export type FloorStateView = FloorStateViewDoc;


const enc = encodeURIComponent;

export const qaApi = {
  questions: (sessionId: string) => liveCall<'GET /sessions/{id}/questions'>('GET', `/sessions/${enc(sessionId)}/questions`),
  /**
   * The document names a change's question in the room's form; moderators get it in full, as
   * live-payloads.ts says of the same changes on the socket: the page is read as that stream's.
   */
  questionsSince: (sessionId: string, since: number) =>
    liveCall<'GET /sessions/{id}/questions?since={since}'>('GET', `/sessions/${enc(sessionId)}/questions?since=${since}`) as Promise<StreamPage<'qa'>>,
  console: (sessionId: string) => liveCall<'GET /sessions/{id}/questions/console'>('GET', `/sessions/${enc(sessionId)}/questions/console`),
  question: (id: string) => liveCall<'GET /questions/{id}'>('GET', `/questions/${enc(id)}`),
  ask: (sessionId: string, body: AskQuestionDto) =>
    liveCall<'POST /sessions/{id}/questions'>('POST', `/sessions/${enc(sessionId)}/questions`, { body }),
  vote: (id: string, on: boolean) => on ? liveCall<'POST /questions/{id}/vote'>('POST', `/questions/${enc(id)}/vote`) : liveCall<'DELETE /questions/{id}/vote'>('DELETE', `/questions/${enc(id)}/vote`),
  moderate: (id: string, verb: 'approve' | 'hide' | 'answering' | 'answered' | 'reopen', reason?: string) =>
    liveCall<`POST /questions/{id}/${typeof verb}`>('POST', `/questions/${enc(id)}/${verb}`, { body: verb === 'hide' ? { reason: reason || undefined } : undefined }),
  edit: (id: string, body: string) => liveCall<'PATCH /questions/{id}'>('PATCH', `/questions/${enc(id)}`, { body: { body } }),
  merge: (id: string, intoId: string) => liveCall<'POST /questions/{id}/merge'>('POST', `/questions/${enc(id)}/merge`, { body: { intoId } }),
  updateSettings: (sessionId: string, settings: UpdateQaSettingsDto) => liveCall<'PATCH /sessions/{id}/qa'>('PATCH', `/sessions/${enc(sessionId)}/qa`, { body: settings }),
  floor: (sessionId: string) => liveCall<'GET /sessions/{id}/floor'>('GET', `/sessions/${enc(sessionId)}/floor`),
  floorSince: (sessionId: string, since: number) => liveCall<'GET /sessions/{id}/floor?since={since}'>('GET', `/sessions/${enc(sessionId)}/floor?since=${since}`),
  askForFloor: (sessionId: string, body: AskForFloorDto) => liveCall<'POST /sessions/{id}/floor'>('POST', `/sessions/${enc(sessionId)}/floor`, { body }),
  withdrawFloor: (id: string) => liveCall<'DELETE /floor-requests/{id}'>('DELETE', `/floor-requests/${enc(id)}`),
  callNext: (sessionId: string, durationSeconds?: number) => liveCall<'POST /sessions/{id}/floor/next'>('POST', `/sessions/${enc(sessionId)}/floor/next`, { body: { durationSeconds } }),
  stopSpeaker: (sessionId: string) => liveCall<'POST /sessions/{id}/floor/stop'>('POST', `/sessions/${enc(sessionId)}/floor/stop`),
  moveFloor: (id: string, position: number) => liveCall<'POST /floor-requests/{id}/move'>('POST', `/floor-requests/${enc(id)}/move`, { body: { position } }),
};

export const exportUrl = (sessionId: string, format: 'csv' | 'md') => `/api/v1/sessions/${enc(sessionId)}/questions.${format}`;

/** Audience order: most votes first, then the earliest. */
export function byVotesThenTime(a: Question, b: Question): number {
  return b.votes - a.votes || a.createdAt.localeCompare(b.createdAt);
}
