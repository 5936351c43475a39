import { toCsv } from '@convene/core';
import { Question, QuestionStatus } from './question.entity';

const ASKER = (question: Question) => (question.anonymous ? 'Anonymous' : (question.askerName ?? ''));

/** Every question of the session, one row each; cells are made safe to open in a spreadsheet. */
export function questionsCsv(questions: Question[]): string {
  return toCsv(
    ['asked_at', 'status', 'votes', 'asker', 'organisation', 'question', 'original_text', 'answered_at', 'hidden_reason'],
    questions.map((question) => [
      question.createdAt.toISOString(),
      question.status,
      question.voteCount,
      ASKER(question),
      question.anonymous ? '' : (question.askerOrganisation ?? ''),
      question.body,
      question.originalBody === null || question.body === question.originalBody ? '' : question.originalBody,
      question.answeredAt?.toISOString() ?? '',
      question.hiddenReason ?? '',
    ]),
  );
}

/** The session's Q&A as Markdown: answered questions in the order answered, then the others shown, by votes. */
export function questionsMarkdown(sessionTitle: string, questions: Question[]): string {
  const answered = questions
    .filter((question) => question.status === QuestionStatus.Answered)
    .sort((a, b) => (a.answeredAt?.getTime() ?? 0) - (b.answeredAt?.getTime() ?? 0));
  const open = questions
    .filter((question) => question.status === QuestionStatus.Approved || question.status === QuestionStatus.Answering)
    .sort((a, b) => b.voteCount - a.voteCount || a.createdAt.getTime() - b.createdAt.getTime());
  const lines = [`# Questions: ${markdownText(sessionTitle)}`, ''];
  const item = (question: Question, index: number) => {
    const who = question.anonymous ? 'Anonymous' : [question.askerName, question.askerOrganisation].filter(Boolean).map((part) => markdownText(part as string)).join(', ');
    return `${index + 1}. ${markdownText(question.body)} (${who || 'Anonymous'}; ${question.voteCount} ${question.voteCount === 1 ? 'vote' : 'votes'})`;
  };
  lines.push('## Answered', '', ...(answered.length ? answered.map(item) : ['None.']), '');
  lines.push('## Not answered', '', ...(open.length ? open.map(item) : ['None.']), '');
  return lines.join('\n');
}

/** Text that Markdown shows as written: no markup, no HTML, one line. */
export function markdownText(text: string): string {
  return text
    .replace(/\s*\r?\n\s*/g, ' ')
    .replace(/[\\`*_{}[\]()#+\-.!|<>&~]/g, (char) => `\\${char}`);
}
