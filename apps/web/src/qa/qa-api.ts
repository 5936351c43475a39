// The Q&A and floor routes of the API, as the audience page, the chair's console and the projector use them.
import { apiCall, type Method } from '../api-base';
import type { Language } from '@convene/i18n';
import type { QaQuestionFull, QaQuestionShown, QaQuestionStatus, QaQuestionWithheld, QaRoomSettings, QaVoteCounts } from '@convene/live-events';
import { liveHeaders, type LiveMessage } from '../live/live-client';

export type QuestionStatus = QaQuestionStatus;

/** The Q&A switches; `roomCode` in the moderators' view only. */
export type QaSettings = QaRoomSettings & { roomCode?: string | null };

/**
 * A question on a page: as the room sees it, or in full (the asker's own, and every question on
 * the console: originalBody, hiddenReason, filtered, mergedIntoId), with what only this page
 * knows (`mine`, `voted`: the audience list).
 */
export interface Question extends Omit<QaQuestionShown, 'visible'>, Partial<Pick<QaQuestionFull, 'originalBody' | 'hiddenReason' | 'filtered' | 'mergedIntoId'>> {
  visible: boolean;
  mine?: boolean;
  voted?: boolean;
}

/**
 * The `lang` a question's text needs when it is written in the other language than the page's,
 * so screen readers pronounce it; none when it is the page's. The bare tags ('cy', 'en') serve
 * as well as 'en-GB' and keep the liveblog reader, which marks entries the same way, in its budget.
 */
export function langFor(text: Language | undefined, page: Language): Language | undefined {
  return text !== page ? text : undefined;
}

/** What the room is told of a question it may not see: no text. */
export type WithheldQuestion = QaQuestionWithheld;

/** A change on the 'qa' or 'floor' stream, live or from ?since= (the events' shapes: libs/live/src/live-events.ts). */
export type QaChange = LiveMessage<{ question?: QaQuestionFull | QaQuestionShown | QaQuestionWithheld; settings?: QaSettings; floor?: FloorState } & Partial<QaVoteCounts>>;

export interface FloorEntry {
  id: string;
  name: string;
  organisation: string | null;
  topic: string | null;
  status: 'waiting' | 'speaking' | 'spoke' | 'withdrawn';
  position: number | null;
  spokeAt: string | null;
  durationSeconds: number | null;
}

export interface FloorState {
  speaking: FloorEntry | null;
  queue: FloorEntry[];
  spoken: FloorEntry[];
  speakerSeconds: number;
}

export interface FloorStateView extends FloorState {
  lastSeq: number;
  serverNow: string;
  mine: string | null;
}

export interface ChangesSince {
  lastSeq: number;
  changes: QaChange[];
  more: boolean;
}

const call = <T>(method: Method, path: string, body?: unknown): Promise<T> => liveHeaders().then((headers) => apiCall<T>(method, path, { body, headers }));

const enc = encodeURIComponent;

export const qaApi = {
  questions: (sessionId: string) => call<{ lastSeq: number; sessionTitle: string; sessionTitleCy: string | null; settings: QaSettings; questions: Question[] }>('GET', `/sessions/${enc(sessionId)}/questions`),
  questionsSince: (sessionId: string, since: number) => call<ChangesSince>('GET', `/sessions/${enc(sessionId)}/questions?since=${since}`),
  console: (sessionId: string) => call<{ lastSeq: number; settings: QaSettings; settingsChosen: boolean; publicEvent: boolean; questions: Question[] }>('GET', `/sessions/${enc(sessionId)}/questions/console`),
  question: (id: string) => call<Question>('GET', `/questions/${enc(id)}`),
  ask: (sessionId: string, body: { body: string; askerName?: string; askerOrganisation?: string; anonymous: boolean; language: Language }) =>
    call<Question>('POST', `/sessions/${enc(sessionId)}/questions`, body),
  vote: (id: string, on: boolean) => call<{ question: Question; voted: boolean }>(on ? 'POST' : 'DELETE', `/questions/${enc(id)}/vote`),
  moderate: (id: string, verb: 'approve' | 'hide' | 'answering' | 'answered' | 'reopen', reason?: string) =>
    call<Question>('POST', `/questions/${enc(id)}/${verb}`, verb === 'hide' ? { reason: reason || undefined } : undefined),
  edit: (id: string, body: string) => call<Question>('PATCH', `/questions/${enc(id)}`, { body }),
  merge: (id: string, intoId: string) => call<Question>('POST', `/questions/${enc(id)}/merge`, { intoId }),
  updateSettings: (sessionId: string, settings: Partial<QaSettings>) => call<QaSettings>('PATCH', `/sessions/${enc(sessionId)}/qa`, settings),
  floor: (sessionId: string) => call<FloorStateView>('GET', `/sessions/${enc(sessionId)}/floor`),
  floorSince: (sessionId: string, since: number) => call<ChangesSince>('GET', `/sessions/${enc(sessionId)}/floor?since=${since}`),
  askForFloor: (sessionId: string, body: { name: string; organisation?: string; topic?: string }) => call<FloorEntry>('POST', `/sessions/${enc(sessionId)}/floor`, body),
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
