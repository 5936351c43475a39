import { ConsolePoll, MyAnswer, PollResults, PublicPoll, TextAnswerView } from './dto/poll.views';
import { Poll, PollKind } from './poll.entity';

export function publicPoll(poll: Poll, results: PollResults): PublicPoll {
  return {
    id: poll.id,
    sessionId: poll.sessionId,
    question: poll.question,
    kind: poll.kind,
    options: poll.options,
    maxChoices: poll.maxChoices,
    status: poll.status,
    requiresSignIn: poll.requiresSignIn,
    resultsShown: poll.resultsShown,
    responses: results.respondents,
    results: poll.resultsShown ? results : null,
    openedAt: poll.openedAt,
    closedAt: poll.closedAt,
  };
}

export function consolePoll(poll: Poll, results: PollResults, textAnswers: TextAnswerView[]): ConsolePoll {
  return { ...publicPoll(poll, results), results, textAnswers, createdAt: poll.createdAt };
}

export function emptyResults(poll: Pick<Poll, 'kind' | 'options'>): PollResults {
  return { respondents: 0, counts: new Array(optionCount(poll)).fill(0), average: null, words: [] };
}

/** How many buckets a poll counts: its options, the rating scale, none for text. */
export function optionCount(poll: Pick<Poll, 'kind' | 'options'>): number {
  if (poll.kind === PollKind.Rating) return 5;
  if (poll.kind === PollKind.Text) return 0;
  return poll.options.length;
}

export function myAnswer(poll: Pick<Poll, 'id' | 'kind'>, row: { choices: number[]; text: string | null; hidden: boolean }): MyAnswer {
  return {
    pollId: poll.id,
    choices: poll.kind === PollKind.Rating ? [] : row.choices,
    rating: poll.kind === PollKind.Rating ? (row.choices[0] ?? -1) + 1 : null,
    text: row.text,
    hidden: row.hidden,
  };
}

/** The label of bucket i: the option's text, or the rating "1" to "5". */
export function bucketLabel(poll: Pick<Poll, 'kind' | 'options'>, index: number): string {
  return poll.kind === PollKind.Rating ? String(index + 1) : (poll.options[index] ?? '');
}

/** Whole-number percentage of respondents. */
export function percent(count: number, respondents: number): number {
  return respondents === 0 ? 0 : Math.round((count / respondents) * 100);
}
