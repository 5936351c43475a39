import { Suspense, useEffect, useRef, useState } from 'react';
import { useLocation, useRoute } from 'wouter';
import { canOrganise, signInPath, signOut, useSignedIn } from './auth';
import { useLinkInterception } from './navigation';
import { paths } from './paths';
import { Pages, QaProjectorPage } from './routes';
import { describeProblem, useServiceStatus } from './service-status';
import { useT } from './i18n/i18n';
import { LanguageSwitch } from './i18n/language-switch';

/**
 * After an in-app navigation, focus moves to the new page's main content, as a page load would put
 * it at the top; unless the new page keeps it (data-keep-focus): on the link used, in the
 * navigation an event's organiser pages share, or on the page's one job (the check-in code field).
 */
function useFocusMainOnNavigation(pathname: string): void {
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    if (!document.activeElement?.closest('[data-keep-focus]')) document.getElementById('main')?.focus({ preventScroll: true });
  }, [pathname]);
}

/** "Signed in as …" and Sign out, or a Sign in link that comes back to this page. */
function Account({ onSignInPage }: { onSignInPage: boolean }) {
  const signedIn = useSignedIn();
  const { t, rich } = useT();
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function signOutHere() {
    if (busy) return;
    setBusy(true);
    try {
      await signOut();
      setProblem(null);
      document.getElementById('main')?.focus();
    } catch {
      setProblem(t('shell.account.signOutFailed'));
    } finally {
      setBusy(false);
    }
  }

  if (signedIn.state === 'signed-in') {
    return (
      <div className="account">
        <p className="account-name">
          {rich('shell.account.signedInAs', { name: signedIn.person.name, b: (parts) => <strong>{parts}</strong> })}
        </p>
        <button type="button" className="header-button" aria-disabled={busy || undefined} onClick={signOutHere}>
          {busy ? t('shell.account.signingOut') : t('shell.account.signOut')}
        </button>
        {problem && (
          <p className="account-problem" role="alert">
            {problem}
          </p>
        )}
      </div>
    );
  }
  if (signedIn.state === 'signed-out' && !onSignInPage) {
    return (
      <div className="account">
        <a href={signInPath()}>{t('shell.account.signIn')}</a>
      </div>
    );
  }
  return null;
}

export function App() {
  const status = useServiceStatus();
  const [pathname] = useLocation();
  const [home] = useRoute(paths.home);
  const [organising] = useRoute(paths.organise);
  const [organisingEvent] = useRoute(paths.organiseEvent);
  const [myActions] = useRoute(paths.myActions);
  const [myRegistrations] = useRoute(paths.myRegistrations);
  const [administering] = useRoute(paths.admin);
  const [signingIn] = useRoute(paths.signIn);
  const [projector, projected] = useRoute(paths.qaProjector);
  useLinkInterception();
  useFocusMainOnNavigation(pathname);
  const signedIn = useSignedIn();
  const { t } = useT();
  const network = t('common.network');
  const organiser = signedIn.state === 'signed-in' && canOrganise(signedIn.person);
  const admin = signedIn.state === 'signed-in' && signedIn.person.roles.includes('admin');
  const problem = status.kind === 'degraded' || status.kind === 'unreachable';

  // The projector is the whole screen: no header, footer or controls.
  if (projector) {
    const sessionId = (projected.sessionId ?? '').toLowerCase();
    return (
      <Suspense fallback={null}>
        <main id="main">
          <QaProjectorPage key={sessionId} sessionId={sessionId} />
        </main>
      </Suspense>
    );
  }

  return (
    <>
      <a className="skip-link" href="#main">
        {t('shell.skipLink')}
      </a>

      <header className="site-header">
        <div className="container header-inner">
          <p className="brand">
            <a href="/" className="brand-product">
              Convene
            </a>
            <span className="brand-network">{network}</span>
          </p>
          {/* Language and account share the brand's row, the navigation has the row below: a longer
              Welsh word never pushes the sign-in link onto a row of its own. */}
          <div className="header-tools">
            <LanguageSwitch />
            <Account onSignInPage={signingIn} />
          </div>
          <nav aria-label={t('shell.nav.label')}>
            <ul className="nav-list">
              <li>
                <a href="/" aria-current={home ? 'page' : undefined}>
                  {t('shell.nav.events')}
                </a>
              </li>
              {organiser && (
                <li>
                  <a href="/organise" aria-current={organising ? 'page' : organisingEvent ? 'true' : undefined}>
                    {t('shell.nav.organise')}
                  </a>
                </li>
              )}
              {admin && (
                <li>
                  <a href="/admin" aria-current={pathname === '/admin' ? 'page' : administering ? 'true' : undefined}>
                    {t('shell.nav.admin')}
                  </a>
                </li>
              )}
              {signedIn.state === 'signed-in' && (
                <>
                  <li>
                    <a href="/my-registrations" aria-current={myRegistrations ? 'page' : undefined}>
                      {t('shell.nav.myRegistrations')}
                    </a>
                  </li>
                  <li>
                    <a href="/my-actions" aria-current={myActions ? 'page' : undefined}>
                      {t('shell.nav.myActions')}
                    </a>
                  </li>
                </>
              )}
              {/* For those who run the service: the API's reference and the raw health check (JSON) mean nothing to a council officer. */}
              {admin && (
                <>
                  <li>
                    <a href="/api/docs">{t('shell.nav.apiDocs')}</a>
                  </li>
                  <li>
                    <a href="/api/v1/ready">{t('shell.nav.status')}</a>
                  </li>
                </>
              )}
            </ul>
          </nav>
        </div>
      </header>

      <main id="main" tabIndex={-1} className="container">
        <Pages />
      </main>

      <footer className="site-footer">
        <div className="container">
          {/* Everyone hears of a problem when it arises, in words a person can act on; when all is well, nothing
              (the queues' backend it once named meant nothing to an organiser; admins have the status link). */}
          <p role="status" className={`status status-${status.kind}`}>
            {problem && describeProblem(status, t)}
          </p>
          <p className="footer-note">
            {t('shell.footer', { network })} · <a href="/accessibility">{t('shell.accessibility')}</a>
          </p>
        </div>
      </footer>
    </>
  );
}
