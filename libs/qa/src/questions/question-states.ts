import { QuestionStatus } from './question.entity';

export type ModerationVerb = 'approve' | 'hide' | 'answering' | 'answered' | 'reopen';

/**
 * The moderation state machine: which states each action may start from. A merged question is
 * folded into another and takes no action; "now answering" is one at a time (the service marks
 * the one before as answered).
 */
const ALLOWED_FROM: Record<ModerationVerb, readonly QuestionStatus[]> = {
  approve: [QuestionStatus.Pending, QuestionStatus.Hidden],
  hide: [QuestionStatus.Pending, QuestionStatus.Approved, QuestionStatus.Answering, QuestionStatus.Answered],
  answering: [QuestionStatus.Pending, QuestionStatus.Approved, QuestionStatus.Answered],
  answered: [QuestionStatus.Pending, QuestionStatus.Approved, QuestionStatus.Answering],
  reopen: [QuestionStatus.Answering, QuestionStatus.Answered, QuestionStatus.Hidden],
};

export function mayModerate(verb: ModerationVerb, from: QuestionStatus): boolean {
  return ALLOWED_FROM[verb].includes(from);
}
