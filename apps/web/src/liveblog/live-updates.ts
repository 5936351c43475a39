import { followStream } from '../live/live-client';
import { liveblogApi, type LiveblogChange } from './liveblog-api';

export type LiveStatus = 'connecting' | 'live' | 'offline';

/**
 * Follows the session's 'liveblog' stream from `lastSeq`: changes arrive in order, gaps and
 * whatever came while disconnected are fetched with ?since= (page by page). Returns a function that stops.
 */
export function followLiveblog(sessionId: string, lastSeq: number, onChange: (change: LiveblogChange) => void, onStatus: (status: LiveStatus) => void): () => void {
  let stop: (() => void) | null = null;
  let stopped = false;
  onStatus('connecting');
  followStream(sessionId, 'liveblog', {
    lastSeq,
    onChange,
    catchUp: (seq) => liveblogApi.since(sessionId, seq),
    onStatus: (connected) => onStatus(connected ? 'live' : 'offline'),
    onError: () => onStatus('offline'),
  }).then(
    (unfollow) => {
      if (stopped) unfollow();
      else stop = unfollow;
    },
    () => onStatus('offline'),
  );
  return () => {
    stopped = true;
    stop?.();
  };
}
