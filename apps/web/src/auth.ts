// Who is signed in, shared by the header and the pages: loaded once from GET /me, and again
// after signing in or out. The session itself is the HttpOnly cookie the API sets.
import { useEffect, useSyncExternalStore } from 'react';
import type { Me } from './api';
import { ApiError, apiCall } from './api-base';

export type SignedInState = { state: 'loading' } | { state: 'signed-out' } | { state: 'signed-in'; person: Me } | { state: 'failed' };

let current: SignedInState = { state: 'loading' };
let started = false;
const listeners = new Set<() => void>();

function set(next: SignedInState): void {
  current = next;
  for (const listener of listeners) listener();
}

/** Asks the API who is signed in (after signing in, or to check again). */
export async function refreshSignedIn(): Promise<SignedInState> {
  started = true;
  try {
    set({ state: 'signed-in', person: await apiCall<'GET /me'>('GET', '/me') });
  } catch (error) {
    set(error instanceof ApiError && (error.status === 401 || error.status === 403) ? { state: 'signed-out' } : { state: 'failed' });
  }
  return current;
}

/** Ends the session (the API clears its cookie); nobody is signed in afterwards. */
export async function signOut(): Promise<void> {
  await apiCall<'POST /auth/sign-out'>('POST', '/auth/sign-out');
  setSignedIn(null);
}

export function setSignedIn(person: Me | null): void {
  started = true;
  set(person ? { state: 'signed-in', person } : { state: 'signed-out' });
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useSignedIn(): SignedInState {
  useEffect(() => {
    if (!started) void refreshSignedIn();
  }, []);
  return useSyncExternalStore(subscribe, () => current);
}

export const canOrganise = (person: Me) => person.roles.includes('organiser') || person.roles.includes('admin');

/** The sign-in page's address, coming back to `next` (this page, by default) afterwards. */
export function signInPath(next = window.location.pathname + window.location.search): string {
  return `/sign-in-with-code?next=${encodeURIComponent(next)}`;
}

/**
 * Only a path of this site: never another origin (`//evil.example`) or a scheme. Judged on the
 * address as the browser reads it, which drops tabs and line breaks (`/<tab>/evil.example` is
 * `//evil.example`) and reads `\` as `/`; the path returned is that reading.
 */
export function safeNext(next: string | null): string {
  if (!next || !next.startsWith('/')) return '/';
  const resolved = new URL(next, window.location.origin);
  if (resolved.origin !== window.location.origin || resolved.pathname.startsWith('/sign-in')) return '/';
  return `${resolved.pathname}${resolved.search}${resolved.hash}`;
}
