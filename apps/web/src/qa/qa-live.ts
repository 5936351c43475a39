// PLACEHOLDER until the shared live client lands (apps/web/src/live/).
import type { ChangesSince, QaChange } from './qa-api';

export async function liveIdentityHeaders(): Promise<Record<string, string>> {
  return {};
}

export function useLiveStream(
  _sessionId: string,
  _stream: 'qa' | 'floor',
  _lastSeq: number | null,
  _onChange: (change: QaChange) => void,
  _catchUp: (since: number) => Promise<ChangesSince>,
): void {}
