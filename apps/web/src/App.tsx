import { useEffect, useRef } from 'react';
import { EventPage } from './pages/event-page';
import { HomePage } from './pages/home-page';
import { NotFoundPage } from './pages/not-found-page';
import { RegistrationPage } from './pages/registration-page';
import { matchRoute, useLinkInterception, usePathname, useSearchParam } from './router';
import { describeStatus, useServiceStatus } from './service-status';
import { NETWORK } from './site';

/** After an in-app navigation, focus moves to the new page's main content, as a page load would put it at the top. */
function useFocusMainOnNavigation(pathname: string): void {
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    document.getElementById('main')?.focus({ preventScroll: true });
  }, [pathname]);
}

export function App() {
  const status = useServiceStatus();
  const pathname = usePathname();
  const route = matchRoute(pathname);
  const invitation = useSearchParam('invitation');
  useLinkInterception();
  useFocusMainOnNavigation(pathname);

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to main content
      </a>

      <header className="site-header">
        <div className="container header-inner">
          <p className="brand">
            <a href="/" className="brand-product">
              Convene
            </a>
            <span className="brand-network">{NETWORK}</span>
          </p>
          <nav aria-label="Main">
            <ul className="nav-list">
              <li>
                <a href="/" aria-current={route.page === 'home' ? 'page' : undefined}>
                  Events
                </a>
              </li>
              <li>
                <a href="/api/docs">API documentation</a>
              </li>
              <li>
                <a href="/api/v1/ready">Service status</a>
              </li>
            </ul>
          </nav>
        </div>
      </header>

      <main id="main" tabIndex={-1} className="container">
        {route.page === 'home' && <HomePage />}
        {route.page === 'event' && <EventPage key={`${route.slug}|${invitation ?? ''}`} slug={route.slug} invitation={invitation} />}
        {route.page === 'registration' && <RegistrationPage key={route.id} id={route.id} />}
        {route.page === 'not-found' && <NotFoundPage />}
      </main>

      <footer className="site-footer">
        <div className="container">
          <p role="status" aria-live="polite" className={`status status-${status.kind}`}>
            {describeStatus(status)}
          </p>
          <p className="footer-note">Convene · {NETWORK}</p>
        </div>
      </footer>
    </>
  );
}
