// Loading one thing per key for a page (soon TanStack Query's job): kept apart from site.ts so the
// shell every page downloads does not carry it.
import { useEffect, useEffectEvent, useState } from 'react';
import { ApiError } from './api-base';

export type Loaded<T> = { state: 'loading' } | { state: 'ready'; value: T } | { state: 'failed'; error: ApiError };

/** Loads something once per key; a newer key (or leaving the page) cancels the older request. */
export function useLoad<T>(key: string | null, load: (signal: AbortSignal) => Promise<T>): Loaded<T> {
  const [result, setResult] = useState<{ key: string | null; loaded: Loaded<T> }>({ key, loaded: { state: 'loading' } });
  // The page's latest `load` (recreated each render): the key alone says when to load again.
  const loadLatest = useEffectEvent(load);

  useEffect(() => {
    if (key === null) return;
    const controller = new AbortController();
    loadLatest(controller.signal).then(
      (value) => setResult({ key, loaded: { state: 'ready', value } }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setResult({ key, loaded: { state: 'failed', error: error instanceof ApiError ? error : new ApiError(0, String(error)) } });
      },
    );
    return () => controller.abort();
  }, [key]);

  return result.key === key ? result.loaded : { state: 'loading' };
}
