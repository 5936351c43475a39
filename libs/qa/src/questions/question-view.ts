import type { Language } from '@convene/i18n';
import { Question, QuestionStatus, VISIBLE_STATUSES } from './question.entity';

/** A question as the audience sees it. */
export interface QuestionView {
  id: string;
  sessionId: string;
  visible: true;
  status: QuestionStatus;
  body: string;
  /** The language the question is written in. */
  language: Language;
  /** Null when asked anonymously. */
  askerName: string | null;
  askerOrganisation: string | null;
  anonymous: boolean;
  votes: number;
  edited: boolean;
  createdAt: Date;
  answeringAt: Date | null;
  answeredAt: Date | null;
}

/** What the audience learns of a question it may not see (waiting for approval, hidden, merged): no text, no asker. */
export interface WithheldQuestion {
  id: string;
  sessionId: string;
  visible: false;
  status: QuestionStatus;
  mergedIntoId: string | null;
}

/** The form broadcast to a session's room and kept in the live log: safe for everyone in it. */
export type PublicQuestion = QuestionView | WithheldQuestion;

/** The caller's own question, or any question in the chair's console. */
export interface FullQuestionView extends Omit<QuestionView, 'visible'> {
  visible: boolean;
  originalBody: string;
  hiddenReason: string | null;
  filtered: boolean;
  mergedIntoId: string | null;
}

/** An entry of the audience list. */
export type ListedQuestion = (QuestionView | FullQuestionView) & { mine: boolean; voted: boolean };

export const isVisible = (status: QuestionStatus) => VISIBLE_STATUSES.includes(status);

export function questionView(question: Question): QuestionView {
  return {
    id: question.id,
    sessionId: question.sessionId,
    visible: true,
    status: question.status,
    body: question.body,
    language: question.language,
    askerName: question.anonymous ? null : question.askerName,
    askerOrganisation: question.anonymous ? null : question.askerOrganisation,
    anonymous: question.anonymous,
    votes: question.voteCount,
    edited: question.originalBody !== null && question.body !== question.originalBody,
    createdAt: question.createdAt,
    answeringAt: question.answeringAt,
    answeredAt: question.answeredAt,
  };
}

export function publicQuestion(question: Question): PublicQuestion {
  if (isVisible(question.status)) return questionView(question);
  return { id: question.id, sessionId: question.sessionId, visible: false, status: question.status, mergedIntoId: question.mergedIntoId };
}

export function fullQuestionView(question: Question): FullQuestionView {
  return {
    ...questionView(question),
    visible: isVisible(question.status),
    originalBody: question.originalBody ?? question.body,
    hiddenReason: question.hiddenReason,
    filtered: question.filtered,
    mergedIntoId: question.mergedIntoId,
  };
}

/** Audience order: most votes first, then the earliest. */
export function byVotesThenTime(a: { votes: number; createdAt: Date }, b: { votes: number; createdAt: Date }): number {
  return b.votes - a.votes || a.createdAt.getTime() - b.createdAt.getTime();
}
