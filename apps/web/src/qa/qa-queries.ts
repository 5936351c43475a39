// The Q&A lists in TanStack Query's cache (the client of queries.ts), kept live by the socket:
// changes are written into the cache, never fetched again. Here, not in queries.ts: these load
// qa-api (and with it the live client), which the other pages using queries.ts do not need.
import { queryOptions, useMutation } from '@tanstack/react-query';
import { ApiError } from '../api-base';
import { apiErrorText } from '../api-errors';
import { queryClient } from '../queries';
import type { FullQuestionViewDoc } from '../generated/api';
import type { VoteCounts } from '../live/live-payloads';
import { type QaChange, type QaSettings, type Question, qaApi } from './qa-api';

/** A session's questions as a page holds them: the list, the settings, and the last change applied. */
export interface QuestionsData {
  lastSeq: number;
  settings: QaSettings;
  questions: Question[];
  /** The audience's list carries the session's title (and its Welsh, where given); the console's does not. */
  sessionTitle?: string;
  sessionTitleCy?: string | null;
  /** The console's: whether the settings were ever chosen, and whether the event is public. */
  settingsChosen?: boolean;
  publicEvent?: boolean;
}

// Live lists: never stale while followed, dropped when no page shows them (a page opened again
// loads afresh rather than following from an old seq).
const live = { staleTime: Infinity, gcTime: 0 } as const;

export const qaQueries = {
  /** The audience's list (also the projector's): shown questions, and the caller's own in any state. */
  audience: (sessionId: string) => queryOptions<QuestionsData>({ queryKey: ['qa', sessionId, 'audience'], queryFn: () => qaApi.questions(sessionId), ...live }),
  /** Every question in full, for the chair. */
  console: (sessionId: string) => queryOptions<QuestionsData>({ queryKey: ['qa', sessionId, 'console'], queryFn: () => qaApi.console(sessionId), ...live }),
};

/** Puts one question (an answer of the API, or a change in full) into a list, keeping what only this page knows (mine, voted). */
export function withQuestion(data: QuestionsData, question: Question): QuestionsData {
  const index = data.questions.findIndex((existing) => existing.id === question.id);
  if (index < 0) return { ...data, questions: [...data.questions, { mine: false, voted: false, ...question }] };
  const questions = [...data.questions];
  questions[index] = { ...questions[index], ...question };
  return { ...data, questions };
}

export function withoutQuestion(data: QuestionsData, id: string): QuestionsData {
  return { ...data, questions: data.questions.filter((question) => question.id !== id) };
}

/** A change of the 'qa' stream with the question in full (moderators receive these), not the room's form. */
export function isFull(question: NonNullable<QaChange['question']>): question is FullQuestionViewDoc {
  return 'originalBody' in question;
}

/**
 * Vote counts read at `countedAt`, applied to the questions whose counts this page read earlier
 * (`countedAtOf` keeps, per question, when the counts shown were read): the moderators' running
 * counts and the room's logged ones come by two paths, and an older read must not win.
 */
export function withCounts(data: QuestionsData, counts: VoteCounts, countedAtOf: Map<string, number>): QuestionsData {
  const at = Date.parse(counts.countedAt);
  const fresh = new Map(counts.votes.filter((count) => (countedAtOf.get(count.id) ?? -Infinity) <= at).map((count) => [count.id, count.votes]));
  if (!fresh.size) return data;
  for (const id of fresh.keys()) countedAtOf.set(id, at);
  return { ...data, questions: data.questions.map((question) => (fresh.has(question.id) ? { ...question, votes: fresh.get(question.id) as number } : question)) };
}

/**
 * The console's settings switches: the switch moves at once; if the API refuses or cannot be
 * reached, only the settings this change touched go back, and `onRolledBack` says why.
 */
export function useSettingsChange(sessionId: string, onRolledBack: (reason: string | null) => void) {
  const key = qaQueries.console(sessionId).queryKey;
  return useMutation(
    {
      mutationFn: (patch: Partial<QaSettings>) => qaApi.updateSettings(sessionId, patch),
      onMutate: async (patch) => {
        await queryClient.cancelQueries({ queryKey: key });
        const before = queryClient.getQueryData(key)?.settings;
        queryClient.setQueryData(key, (current) => current && { ...current, settings: { ...current.settings, ...patch } });
        return { before };
      },
      onError: (error, patch, context) => {
        const before = context?.before;
        if (before) {
          const restored = Object.fromEntries(Object.keys(patch).map((name) => [name, before[name as keyof QaSettings]]));
          queryClient.setQueryData(key, (current) => current && { ...current, settings: { ...current.settings, ...restored } });
        }
        onRolledBack(error instanceof ApiError && error.status > 0 ? apiErrorText(error) : null);
      },
      onSuccess: (settings) => queryClient.setQueryData(key, (current) => current && { ...current, settings, settingsChosen: true }),
    },
    queryClient,
  );
}
