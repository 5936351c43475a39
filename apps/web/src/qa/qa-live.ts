// The Q&A pages' use of the shared live client: a hook that follows a stream.
import { useEffect, useEffectEvent } from 'react';
import { followStream, type StreamChange, type StreamPage } from '../live/live-client';

/**
 * Follows a session's stream from `lastSeq` (null: not loaded yet): each change once, in seq
 * order, gaps mended over HTTP with `catchUp` (the live client asks again while there is `more`).
 */
export function useLiveStream<Stream extends 'qa' | 'floor'>(
  sessionId: string,
  stream: Stream,
  lastSeq: number | null,
  onChange: (change: StreamChange<Stream>) => void,
  catchUp: (since: number) => Promise<StreamPage<Stream>>,
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
      onChange: (change) => onChangeEvent(change),
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
