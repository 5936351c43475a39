// A pathname router on the History API: a few pages do not need a routing library.
import { useEffect, useSyncExternalStore } from 'react';

export type Route =
  | { page: 'home' }
  | { page: 'event'; slug: string }
  | { page: 'registration'; id: string }
  | { page: 'speaker-invitation'; token: string }
  | { page: 'follow'; token: string }
  | { page: 'sign-in' }
  | { page: 'organise' }
  | { page: 'organise-event'; id: string }
  | { page: 'liveblog'; sessionId: string; entryId: string | null }
  | { page: 'liveblog-editor'; sessionId: string }
  | { page: 'event-liveblogs'; slug: string }
  | { page: 'minutes'; id: string }
  | { page: 'organise-minutes'; id: string }
  | { page: 'my-actions' }
  | { page: 'qa'; sessionId: string }
  | { page: 'qa-console'; sessionId: string }
  | { page: 'qa-projector'; sessionId: string }
  | { page: 'not-found' };

const EVENT_PATH = /^\/events\/([^/]+)\/?$/;
const REGISTRATION_PATH = /^\/registrations\/([^/]+)\/?$/;
const SPEAKER_INVITATION_PATH = /^\/speaker-invitations\/([^/]+)\/?$/;
const FOLLOW_PATH = /^\/follows\/([^/]+)\/?$/;
const ORGANISE_EVENT_PATH = /^\/organise\/events\/([^/]+)\/?$/;
const LIVEBLOG_PATH = /^\/sessions\/([^/]+)\/liveblog(?:\/entries\/([^/]+))?\/?$/;
const LIVEBLOG_EDITOR_PATH = /^\/sessions\/([^/]+)\/liveblog\/edit\/?$/;
const EVENT_LIVEBLOGS_PATH = /^\/events\/([^/]+)\/liveblogs\/?$/;
const MINUTES_PATH = /^\/minutes\/([^/]+)\/?$/;
const ORGANISE_MINUTES_PATH = /^\/organise\/minutes\/([^/]+)\/?$/;
const QA_PATH = /^\/sessions\/([0-9a-fA-F-]{36})\/qa(?:\/(console|projector))?\/?$/;

export function matchRoute(pathname: string): Route {
  if (pathname === '/' || pathname === '/index.html') return { page: 'home' };
  // Not /sign-in: that is the API's own page, which a mailed link opens.
  if (pathname === '/sign-in-with-code' || pathname === '/sign-in-with-code/') return { page: 'sign-in' };
  if (pathname === '/organise' || pathname === '/organise/') return { page: 'organise' };
  if (pathname === '/my-actions' || pathname === '/my-actions/') return { page: 'my-actions' };
  for (const [pattern, page] of [
    [MINUTES_PATH, 'minutes'],
    [ORGANISE_MINUTES_PATH, 'organise-minutes'],
  ] as const) {
    const match = pattern.exec(pathname);
    if (!match) continue;
    try {
      return { page, id: decodeURIComponent(match[1]) };
    } catch {
      return { page: 'not-found' };
    }
  }
  const organiseEvent = ORGANISE_EVENT_PATH.exec(pathname);
  if (organiseEvent) {
    try {
      return { page: 'organise-event', id: decodeURIComponent(organiseEvent[1]) };
    } catch {
      return { page: 'not-found' };
    }
  }
  const liveblog = LIVEBLOG_PATH.exec(pathname);
  if (liveblog) {
    try {
      return { page: 'liveblog', sessionId: decodeURIComponent(liveblog[1]), entryId: liveblog[2] ? decodeURIComponent(liveblog[2]) : null };
    } catch {
      return { page: 'not-found' };
    }
  }
  const liveblogEditor = LIVEBLOG_EDITOR_PATH.exec(pathname);
  if (liveblogEditor) {
    try {
      return { page: 'liveblog-editor', sessionId: decodeURIComponent(liveblogEditor[1]) };
    } catch {
      return { page: 'not-found' };
    }
  }
  const eventLiveblogs = EVENT_LIVEBLOGS_PATH.exec(pathname);
  if (eventLiveblogs) {
    try {
      return { page: 'event-liveblogs', slug: decodeURIComponent(eventLiveblogs[1]) };
    } catch {
      return { page: 'not-found' };
    }
  }
  const qa = QA_PATH.exec(pathname);
  if (qa) {
    const sessionId = qa[1].toLowerCase();
    return qa[2] === 'console' ? { page: 'qa-console', sessionId } : qa[2] === 'projector' ? { page: 'qa-projector', sessionId } : { page: 'qa', sessionId };
  }
  const event = EVENT_PATH.exec(pathname);
  if (event) {
    try {
      return { page: 'event', slug: decodeURIComponent(event[1]) };
    } catch {
      return { page: 'not-found' };
    }
  }
  const speakerInvitation = SPEAKER_INVITATION_PATH.exec(pathname);
  if (speakerInvitation) {
    try {
      return { page: 'speaker-invitation', token: decodeURIComponent(speakerInvitation[1]) };
    } catch {
      return { page: 'not-found' };
    }
  }
  const follow = FOLLOW_PATH.exec(pathname);
  if (follow) {
    try {
      return { page: 'follow', token: decodeURIComponent(follow[1]) };
    } catch {
      return { page: 'not-found' };
    }
  }
  const registration = REGISTRATION_PATH.exec(pathname);
  if (registration) {
    try {
      return { page: 'registration', id: decodeURIComponent(registration[1]) };
    } catch {
      return { page: 'not-found' };
    }
  }
  return { page: 'not-found' };
}

const NAVIGATED = 'convene:navigate';

/** Goes to a path of this app without reloading the page. */
export function navigate(to: string): void {
  window.history.pushState(null, '', to);
  window.scrollTo(0, 0);
  window.dispatchEvent(new Event(NAVIGATED));
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(NAVIGATED, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(NAVIGATED, onChange);
  };
}

/** The current pathname, updated on navigate() and on back/forward. */
export function usePathname(): string {
  return useSyncExternalStore(subscribe, () => window.location.pathname);
}

/** One query parameter of the current address (null when absent), updated on navigate() and on back/forward. */
export function useSearchParam(name: string): string | null {
  return useSyncExternalStore(subscribe, () => new URLSearchParams(window.location.search).get(name));
}

/**
 * Turns clicks on same-origin links to pages of this app into navigate() calls. Everything else
 * (the API, its docs, /sign-in, other sites, new tabs, downloads, in-page #anchors) is left to the browser.
 */
export function useLinkInterception(): void {
  useEffect(() => {
    function onClick(event: MouseEvent) {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const link = (event.target as Element | null)?.closest?.('a[href]');
      if (!(link instanceof HTMLAnchorElement)) return;
      if ((link.target && link.target !== '_self') || link.hasAttribute('download')) return;
      const url = new URL(link.href);
      if (url.origin !== window.location.origin || matchRoute(url.pathname).page === 'not-found') return;
      if (url.pathname === window.location.pathname && url.search === window.location.search && url.hash) return;
      event.preventDefault();
      navigate(url.pathname + url.search + url.hash);
    }
    document.addEventListener('click', onClick);
    return () => document.removeEventListener('click', onClick);
  }, []);
}
