// Moving between the app's pages without reloading, on wouter's History API location.
import { useEffect } from 'react';
import { matchRoute, useRouter } from 'wouter';
import { navigate as pushLocation, useSearch } from 'wouter/use-browser-location';
import { PAGE_PATHS } from './paths';

/** Goes to a path of this app without reloading the page, at the top of the new page. */
export function navigate(to: string): void {
  pushLocation(to);
  window.scrollTo(0, 0);
}

/** One query parameter of the current address (null when absent), updated on navigate() and on back/forward. */
export function useSearchParam(name: string): string | null {
  // The raw query (wouter's own useSearch decodes it first, which would decode a token's %25 twice).
  return new URLSearchParams(useSearch()).get(name);
}

/**
 * Turns clicks on same-origin links to pages of this app into navigate() calls, so the pages'
 * plain <a href> stay plain. Everything else (the API, its docs, /sign-in, other sites, new tabs,
 * downloads, in-page #anchors) is left to the browser.
 */
export function useLinkInterception(): void {
  const { parser } = useRouter();
  useEffect(() => {
    const isPage = (pathname: string) => PAGE_PATHS.some((path) => matchRoute(parser, path, pathname)[0]);
    function onClick(event: MouseEvent) {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const link = (event.target as Element | null)?.closest?.('a[href]');
      if (!(link instanceof HTMLAnchorElement)) return;
      if ((link.target && link.target !== '_self') || link.hasAttribute('download')) return;
      const url = new URL(link.href);
      if (url.origin !== window.location.origin || !isPage(url.pathname)) return;
      if (url.pathname === window.location.pathname && url.search === window.location.search && url.hash) return;
      event.preventDefault();
      navigate(url.pathname + url.search + url.hash);
    }
    document.addEventListener('click', onClick);
    return () => document.removeEventListener('click', onClick);
  }, [parser]);
}
