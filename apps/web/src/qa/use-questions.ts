import { QA_VOTES_EVENT } from '@convene/live-events';
import { useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { connectLive, type LiveSocket } from '../live/live-client';
import type { VoteCounts } from '../live/live-payloads';
import { queryClient } from '../queries';
import { type FloorChange, type FloorStateView, type QaChange, type Question, qaApi } from './qa-api';
import { type QuestionsData, isFull, qaQueries, withCounts, withQuestion, withoutQuestion } from './qa-queries';
import { clockOffset } from './countdown';
import { useLiveStream } from './qa-live';

/**
 * A session's questions, kept live in TanStack Query's cache: the audience's list (`console`
 * false) or every question in full for the chair (`console` true). Changes arrive in seq order
 * from the shared live client and are written into the cache, never fetched again: moderators'
 * sockets receive each question in full (and catch up in full over HTTP), the room what it may
 * see. Only the asker of a question withheld from the room fetches it (its reason for hiding).
 * Votes arrive as counts: the room's every 250 ms on the stream, the moderators' every 60 ms.
 */
export function useQuestions(sessionId: string, console: boolean) {
  const options = console ? qaQueries.console(sessionId) : qaQueries.audience(sessionId);
  const { queryKey } = options;
  const query = useQuery(options, queryClient);
  // Follow from the list first loaded; later seqs arrive through the stream itself.
  const [followFrom, setFollowFrom] = useState<number | null>(null);
  const loadedSeq = query.data?.lastSeq ?? null;
  if (followFrom === null && loadedSeq !== null) setFollowFrom(loadedSeq);

  const update = useCallback((change: (data: QuestionsData) => QuestionsData) => queryClient.setQueryData(queryKey, (data) => data && change(data)), [queryKey]);

  const refetch = useCallback(
    (id: string) => {
      qaApi.question(id).then(
        (question) => update((data) => withQuestion(data, question)),
        () => update((data) => withoutQuestion(data, id)),
      );
    },
    [update],
  );

  // When the counts each question shows were read: the moderators' counts and the room's come by two paths.
  const countedAt = useRef(new Map<string, number>());

  const apply = useCallback(
    (change: QaChange) => {
      update((data) => ({ ...data, lastSeq: Math.max(data.lastSeq, change.seq) }));
      if (change.settings) return update((data) => ({ ...data, settings: { ...data.settings, ...change.settings } }));
      if (change.votes && change.countedAt) {
        const counts = { votes: change.votes, countedAt: change.countedAt };
        return update((data) => withCounts(data, counts, countedAt.current));
      }
      const incoming = change.question;
      if (!incoming) return;
      if (isFull(incoming) || incoming.visible) return update((data) => withQuestion(data, incoming as Question));
      // The room's form of a question it may not see: its asker fetches what they may see; the others drop it.
      const existing = queryClient.getQueryData(queryKey)?.questions.find((question) => question.id === incoming.id);
      if (existing?.mine && incoming.status !== 'merged') return refetch(incoming.id);
      // A merged duplicate's votes moved to the question it joined: so did this person's.
      const mergedInto = incoming.status === 'merged' ? incoming.mergedIntoId : null;
      update((data) => {
        const rest = withoutQuestion(data, incoming.id);
        return existing?.voted && mergedInto ? { ...rest, questions: rest.questions.map((question) => (question.id === mergedInto ? { ...question, voted: true } : question)) } : rest;
      });
    },
    [queryKey, update, refetch],
  );

  // The moderators' running counts (console, and the projector the chair opens): only their sockets receive them.
  useEffect(() => {
    let socket: LiveSocket | null = null;
    let stopped = false;
    const onCounts = (notice: VoteCounts & { sessionId: string }) => {
      if (notice.sessionId === sessionId) update((data) => withCounts(data, notice, countedAt.current));
    };
    void connectLive().then((connected) => {
      if (stopped) return;
      socket = connected;
      socket.on(QA_VOTES_EVENT, onCounts);
    });
    return () => {
      stopped = true;
      socket?.off(QA_VOTES_EVENT, onCounts);
    };
  }, [sessionId, update]);

  useLiveStream(sessionId, 'qa', followFrom, apply, (since) => qaApi.questionsSince(sessionId, since));

  /** Puts an answer of the API (the caller's own question, a moderation result) into the list at once. */
  const upsert = useCallback((question: Question, extra: Partial<Question> = {}) => update((data) => withQuestion(data, { ...question, ...extra })), [update]);

  const state: 'loading' | 'ready' | 'failed' = query.isError ? 'failed' : query.data ? 'ready' : 'loading';
  return {
    state,
    error: query.error,
    settings: query.data?.settings ?? null,
    questions: query.data?.questions ?? [],
    sessionTitle: query.data?.sessionTitle ?? null,
    sessionTitleCy: query.data?.sessionTitleCy ?? null,
    settingsChosen: query.data?.settingsChosen ?? true,
    publicEvent: query.data?.publicEvent ?? false,
    upsert,
  };
}

/** A session's floor queue, kept live, with the offset of this clock from the server's. */
export function useFloor(sessionId: string) {
  const [floor, setFloor] = useState<FloorStateView | null>(null);
  const [offsetMs, setOffsetMs] = useState(0);
  const [lastSeq, setLastSeq] = useState<number | null>(null);

  const reload = useCallback(() => {
    qaApi.floor(sessionId).then(
      (loaded) => {
        setOffsetMs(clockOffset(loaded.serverNow, Date.now()));
        setFloor(loaded);
        setLastSeq((seq) => seq ?? loaded.lastSeq);
      },
      () => undefined,
    );
  }, [sessionId]);

  useEffect(reload, [reload]);

  const apply = useCallback((change: FloorChange) => {
    if (change.floor) setFloor((current) => (current ? { ...current, ...change.floor } : current));
  }, []);
  useLiveStream(sessionId, 'floor', lastSeq, apply, (since) => qaApi.floorSince(sessionId, since));

  return { floor, offsetMs, reload, setFloor };
}
