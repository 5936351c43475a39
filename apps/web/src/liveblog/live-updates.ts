import type { LiveblogChange } from './liveblog-api';

export type LiveStatus = 'connecting' | 'live' | 'offline';

/** Follows the session's 'liveblog' stream; returns a function that stops following. */
export function followLiveblog(sessionId: string, lastSeq: number, onChange: (change: LiveblogChange) => void, onStatus: (status: LiveStatus) => void): () => void {
  void sessionId;
  void lastSeq;
  void onChange;
  onStatus('offline');
  return () => undefined;
}
