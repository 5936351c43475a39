import { FullQuestionView, PublicQuestion, ShownQuestion } from '../dto/qa.views';
import { Question, QuestionStatus, VISIBLE_STATUSES } from './question.entity';

export const isVisible = (status: QuestionStatus) => VISIBLE_STATUSES.includes(status);

export function questionView(question: Question): ShownQuestion {
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
