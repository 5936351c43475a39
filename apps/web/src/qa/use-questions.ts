import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../api';
import { type FloorStateView, type QaChange, type QaSettings, type Question, qaApi } from './qa-api';
import { clockOffset } from './countdown';
import { useLiveStream } from './qa-live';

export interface QuestionsState {
  state: 'loading' | 'ready' | 'failed';
  error: ApiError | null;
  settings: QaSettings | null;
  questions: Question[];
  /** The session's title (the audience's list carries it; the console's does not). */
  sessionTitle: string | null;
}

/**
 * A session's questions, kept live: the audience's list (`console` false) or every question in
 * full for the chair (`console` true). Changes arrive in seq order from the shared live client.
 */
export function useQuestions(sessionId: string, console: boolean) {
  const [data, setData] = useState<QuestionsState>({ state: 'loading', error: null, settings: null, questions: [], sessionTitle: null });
  const [lastSeq, setLastSeq] = useState<number | null>(null);
  const byId = useRef(new Map<string, Question>());

  const publish = useCallback((settings?: QaSettings) => {
    setData((current) => ({ ...current, state: 'ready', settings: settings ?? current.settings, questions: [...byId.current.values()] }));
  }, []);

  useEffect(() => {
    let cancelled = false;
    (console ? qaApi.console(sessionId) : qaApi.questions(sessionId)).then(
      (loaded) => {
        if (cancelled) return;
        byId.current = new Map(loaded.questions.map((question) => [question.id, question]));
        const sessionTitle = 'sessionTitle' in loaded && typeof loaded.sessionTitle === 'string' ? loaded.sessionTitle : null;
        setData((current) => ({ ...current, sessionTitle }));
        publish(loaded.settings);
        setLastSeq(loaded.lastSeq);
      },
      (error: ApiError) => !cancelled && setData((current) => ({ ...current, state: 'failed', error })),
    );
    return () => {
      cancelled = true;
    };
  }, [sessionId, console, publish]);

  const refetch = useCallback(
    (id: string) => {
      qaApi.question(id).then(
        (question) => {
          const existing = byId.current.get(id);
          byId.current.set(id, { ...question, mine: existing?.mine, voted: existing?.voted });
          publish();
        },
        () => {
          byId.current.delete(id);
          publish();
        },
      );
    },
    [publish],
  );

  const apply = useCallback(
    (change: QaChange) => {
      if (change.settings) return publish(change.settings);
      const incoming = change.question;
      if (!incoming) return;
      const existing = byId.current.get(incoming.id);
      if (incoming.visible) {
        const isVote = change.type === 'question.voted' || change.type === 'question.unvoted';
        if (console && !isVote) return refetch(incoming.id);
        byId.current.set(incoming.id, { ...(existing ?? {}), ...incoming, mine: existing?.mine ?? false, voted: existing?.voted ?? false } as Question);
        return publish();
      }
      // Withheld from the room: moderators and the asker fetch what they may see; the others drop it.
      if (console || (existing?.mine && incoming.status !== 'merged')) return refetch(incoming.id);
      byId.current.delete(incoming.id);
      publish();
    },
    [console, publish, refetch],
  );

  useLiveStream(sessionId, 'qa', lastSeq, apply, (since) => qaApi.questionsSince(sessionId, since));

  /** Puts an answer of the API (the caller's own question, a moderation result) into the list at once. */
  const upsert = useCallback(
    (question: Question, extra: Partial<Question> = {}) => {
      const existing = byId.current.get(question.id);
      byId.current.set(question.id, { ...(existing ?? {}), ...question, ...extra });
      publish();
    },
    [publish],
  );

  return { ...data, upsert };
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

  const apply = useCallback((change: QaChange) => {
    if (change.floor) setFloor((current) => (current ? { ...current, ...change.floor } : current));
  }, []);
  useLiveStream(sessionId, 'floor', lastSeq, apply, (since) => qaApi.floorSince(sessionId, since));

  return { floor, offsetMs, reload, setFloor };
}
