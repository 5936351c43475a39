// The Q&A pages' use of the shared live client: a hook that follows a stream.
import { useEffect, useEffectEvent } from 'react';
import { followStream } from '../live/live-client';
import type { ChangesSince, QaChange } from './qa-api';

/**
 * Follows a session's stream from `lastSeq` (null: not loaded yet): each change once, in seq
 * order, gaps mended over HTTP with `catchUp` (the live client asks again while there is `more`).
 */
export function useLiveStream(
  sessionId: string,
  stream: 'qa' | 'floor',
  lastSeq: number | null,
  onChange: (change: QaChange) => void,
  catchUp: (since: number) => Promise<ChangesSince>,
): void {
  // The page's latest handlers, without following again when they change.
  const onChangeEvent = useEffectEvent(onChange);
  const catchUpEvent = useEffectEvent(catchUp);
  useEffect(() => {
    if (lastSeq === null) return;
    let stop: (() => void) | null = null;
    let cancelled = false;
    void followStream(sessionId, stream, {
      lastSeq,
      onChange: (change: QaChange) => onChangeEvent(change),
      catchUp: (since) => catchUpEvent(since),
    }).then((stopFollowing) => {
      if (cancelled) stopFollowing();
      else stop = stopFollowing;
    });
    return () => {
      cancelled = true;
      stop?.();
    };
    // Follow once per loaded list: later seqs arrive through the stream itself.
  }, [sessionId, stream, lastSeq]);
}
