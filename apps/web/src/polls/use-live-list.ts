// Keeps a list of polls (or motions) current from one live stream: the HTTP list first, then each
// change in seq order (the shared live client mends gaps over HTTP).
import { useCallback, useEffect, useEffectEvent, useState } from 'react';
import { ApiError } from '../api';
import type { POLL_RESULTS_EVENT } from '@convene/live-events';
import type { ConsolePollDoc } from '../generated/api';
import { followStream, type LiveSocket, type StreamChange, type StreamPage } from '../live/live-client';

export interface LiveList<T extends { id: string }> {
  items: T[];
  error: ApiError | null;
  loaded: boolean;
  upsert: (item: T) => void;
  reload: () => void;
}

/**
 * `load` gives the items and the stream's lastSeq; `fromChange` picks the item out of a change.
 * `keepMine` merges an incoming item with the one held (the console keeps its text answers).
 */
export function useLiveList<T extends { id: string }, Stream extends 'polls' | 'votes'>(
  sessionId: string,
  stream: Stream,
  load: () => Promise<{ lastSeq: number; items: T[] }>,
  catchUp: (since: number) => Promise<StreamPage<Stream>>,
  fromChange: (message: StreamChange<Stream>) => T | undefined,
  extraEvent?: Stream extends 'polls' ? typeof POLL_RESULTS_EVENT : never,
): LiveList<T> {
  const [items, setItems] = useState<T[]>([]);
  const [lastSeq, setLastSeq] = useState<number | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [round, setRound] = useState(0);
  // The page's latest functions, without loading or following again when they change.
  const loadEvent = useEffectEvent(load);
  const catchUpEvent = useEffectEvent(catchUp);
  const fromChangeEvent = useEffectEvent(fromChange);

  const upsert = useCallback((item: T) => {
    setItems((current) => (current.some((existing) => existing.id === item.id) ? current.map((existing) => (existing.id === item.id ? { ...existing, ...item } : existing)) : [...current, item]));
  }, []);

  useEffect(() => {
    let cancelled = false;
    loadEvent().then(
      (loaded) => {
        if (cancelled) return;
        setItems(loaded.items);
        setLastSeq(loaded.lastSeq);
      },
      (failure: unknown) => !cancelled && setError(failure instanceof ApiError ? failure : new ApiError(0, 'Could not load')),
    );
    return () => {
      cancelled = true;
    };
  }, [sessionId, round]);

  useEffect(() => {
    if (lastSeq === null) return;
    let stop: (() => void) | null = null;
    let cancelled = false;
    void followStream(sessionId, stream, {
      lastSeq,
      onChange: (message) => {
        const item = fromChangeEvent(message);
        if (item) upsert(item);
      },
      catchUp: (since) => catchUpEvent(since),
    }).then((stopFollowing) => {
      if (cancelled) stopFollowing();
      else stop = stopFollowing;
    });
    return () => {
      cancelled = true;
      stop?.();
    };
  }, [sessionId, stream, lastSeq, upsert]);

  // The moderators' own event (running results of hidden polls): never sequenced, simply the latest.
  useEffect(() => {
    if (!extraEvent || lastSeq === null) return;
    let socketRef: LiveSocket | null = null;
    const handler = (message: { sessionId: string; poll: ConsolePollDoc }) => {
      if (message.sessionId !== sessionId) return;
      // Only the 'polls' stream has this event (extraEvent's type): its poll, as the console shows it, is a form of the stream's.
      const item = fromChangeEvent(message as unknown as StreamChange<Stream>);
      if (item) upsert(item);
    };
    void import('../live/live-client').then(async ({ connectLive }) => {
      const socket = await connectLive();
      socket.on(extraEvent as typeof POLL_RESULTS_EVENT, handler);
      socketRef = socket;
    });
    return () => {
      socketRef?.off(extraEvent as typeof POLL_RESULTS_EVENT, handler);
    };
  }, [sessionId, extraEvent, lastSeq, upsert]);

  return { items, error, loaded: lastSeq !== null, upsert, reload: () => setRound((value) => value + 1) };
}
