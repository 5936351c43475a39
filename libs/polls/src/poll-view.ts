import { Poll, PollKind, PollStatus } from './poll.entity';

/** A word (or short phrase) of a text poll's cloud, with how many gave it. */
export interface CloudWord {
  text: string;
  count: number;
}

/**
 * What a poll's answers add up to, always counted from the answers table. `counts[i]` is how
 * many picked option i (a rating r is at r - 1); percentages are of `respondents`.
 */
export interface PollResults {
  respondents: number;
  counts: number[];
  /** Rating polls: the mean rating, to one decimal; null without answers. */
  average: number | null;
  /** Text polls: the shown answers, most given first (at most 50). */
  words: CloudWord[];
}

/**
 * A poll as the room may see it: what is broadcast, kept in the live log and replayed by
 * `?since=N`. `results` is null unless the chair shows them; `responses` is only a number.
 */
export interface PublicPoll {
  id: string;
  sessionId: string;
  question: string;
  kind: PollKind;
  options: string[];
  maxChoices: number | null;
  status: PollStatus;
  requiresSignIn: boolean;
  resultsShown: boolean;
  responses: number;
  results: PollResults | null;
  openedAt: Date | null;
  closedAt: Date | null;
}

/** A text answer as moderators see it: no participant. */
export interface TextAnswerView {
  id: string;
  text: string;
  hidden: boolean;
  filtered: boolean;
}

/** The console's view: results always, and the text answers to moderate. */
export interface ConsolePoll extends Omit<PublicPoll, 'results'> {
  results: PollResults;
  textAnswers: TextAnswerView[];
  createdAt: Date;
}

/** The caller's own answer. */
export interface MyAnswer {
  pollId: string;
  choices: number[];
  rating: number | null;
  text: string | null;
  hidden: boolean;
}

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
