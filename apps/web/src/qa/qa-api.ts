// The Q&A and floor routes of the API, as the audience page, the chair's console and the projector use them.
import { apiCall, type Method } from '../api-base';
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
  QuestionConsoleViewDoc,
  QuestionListViewDoc,
  QuestionViewDoc,
  UpdateQaSettingsDto,
  VoteResultViewDoc,
  WithheldQuestionViewDoc,
} from '../generated/api';
import { liveHeaders, type StreamChange, type StreamPage } from '../live/live-client';

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

const call = <T>(method: Method, path: string, body?: unknown): Promise<T> => liveHeaders().then((headers) => apiCall<T>(method, path, { body, headers }));

const enc = encodeURIComponent;

export const qaApi = {
  questions: (sessionId: string) => call<QuestionListViewDoc>('GET', `/sessions/${enc(sessionId)}/questions`),
  questionsSince: (sessionId: string, since: number) => call<StreamPage<'qa'>>('GET', `/sessions/${enc(sessionId)}/questions?since=${since}`),
  console: (sessionId: string) => call<QuestionConsoleViewDoc>('GET', `/sessions/${enc(sessionId)}/questions/console`),
  question: (id: string) => call<FullQuestionViewDoc>('GET', `/questions/${enc(id)}`),
  ask: (sessionId: string, body: AskQuestionDto) =>
    call<FullQuestionViewDoc>('POST', `/sessions/${enc(sessionId)}/questions`, body),
  vote: (id: string, on: boolean) => call<VoteResultViewDoc>(on ? 'POST' : 'DELETE', `/questions/${enc(id)}/vote`),
  moderate: (id: string, verb: 'approve' | 'hide' | 'answering' | 'answered' | 'reopen', reason?: string) =>
    call<Question>('POST', `/questions/${enc(id)}/${verb}`, verb === 'hide' ? { reason: reason || undefined } : undefined),
  edit: (id: string, body: string) => call<Question>('PATCH', `/questions/${enc(id)}`, { body }),
  merge: (id: string, intoId: string) => call<Question>('POST', `/questions/${enc(id)}/merge`, { intoId }),
  updateSettings: (sessionId: string, settings: UpdateQaSettingsDto) => call<ModeratorQaSettingsViewDoc>('PATCH', `/sessions/${enc(sessionId)}/qa`, settings),
  floor: (sessionId: string) => call<FloorStateView>('GET', `/sessions/${enc(sessionId)}/floor`),
  floorSince: (sessionId: string, since: number) => call<StreamPage<'floor'>>('GET', `/sessions/${enc(sessionId)}/floor?since=${since}`),
  askForFloor: (sessionId: string, body: AskForFloorDto) => call<FloorEntry>('POST', `/sessions/${enc(sessionId)}/floor`, body),
  withdrawFloor: (id: string) => call<null>('DELETE', `/floor-requests/${enc(id)}`),
  callNext: (sessionId: string, durationSeconds?: number) => call<FloorState>('POST', `/sessions/${enc(sessionId)}/floor/next`, { durationSeconds }),
  stopSpeaker: (sessionId: string) => call<FloorState>('POST', `/sessions/${enc(sessionId)}/floor/stop`),
  moveFloor: (id: string, position: number) => call<FloorState>('POST', `/floor-requests/${enc(id)}/move`, { position }),
};

export const exportUrl = (sessionId: string, format: 'csv' | 'md') => `/api/v1/sessions/${enc(sessionId)}/questions.${format}`;

/** Audience order: most votes first, then the earliest. */
export function byVotesThenTime(a: Question, b: Question): number {
  return b.votes - a.votes || a.createdAt.localeCompare(b.createdAt);
}
