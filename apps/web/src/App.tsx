import { Suspense, lazy, useEffect, useRef, useState } from 'react';
import { api } from './api';
import { canOrganise, setSignedIn, signInPath, useSignedIn } from './auth';
import { NotFoundPage } from './pages/not-found-page';
import { matchRoute, useLinkInterception, usePathname, useSearchParam } from './router';
import { describeStatus, useServiceStatus } from './service-status';
import { useT } from './i18n/i18n';
import { LanguageSwitch } from './i18n/language-switch';

// The organisers' pages load only when opened: most visitors never need them.
// Pages reached from a mail's link, or by organisers and the live sessions, load on demand: the
// shell every page downloads (the liveblog reader's budget is 100 kB) stays small.
const HomePage = lazy(() => import('./pages/home-page').then((module) => ({ default: module.HomePage })));
const EventPage = lazy(() => import('./pages/event-page').then((module) => ({ default: module.EventPage })));
const RegistrationPage = lazy(() => import('./pages/registration-page').then((module) => ({ default: module.RegistrationPage })));
const SpeakerInvitationPage = lazy(() => import('./pages/speaker-invitation-page').then((module) => ({ default: module.SpeakerInvitationPage })));
const FollowPage = lazy(() => import('./live/follow-page').then((module) => ({ default: module.FollowPage })));
const SignInPage = lazy(() => import('./pages/sign-in-page').then((module) => ({ default: module.SignInPage })));
const OrganisePage = lazy(() => import('./pages/organise-page').then((module) => ({ default: module.OrganisePage })));
const QaAudiencePage = lazy(() => import('./qa/audience-page').then((module) => ({ default: module.QaAudiencePage })));
const QaConsolePage = lazy(() => import('./qa/console-page').then((module) => ({ default: module.QaConsolePage })));
const QaProjectorPage = lazy(() => import('./qa/projector-page').then((module) => ({ default: module.QaProjectorPage })));
const OrganiseEventPage = lazy(() => import('./pages/organise-event-page').then((module) => ({ default: module.OrganiseEventPage })));
// Liveblog pages: their own small chunks (with socket.io-client), so readers on a phone load little.
const LiveblogPage = lazy(() => import('./liveblog/liveblog-page').then((module) => ({ default: module.LiveblogPage })));
const LiveblogEditorPage = lazy(() => import('./liveblog/liveblog-editor-page').then((module) => ({ default: module.LiveblogEditorPage })));
const EventLiveblogsPage = lazy(() => import('./liveblog/event-liveblogs-page').then((module) => ({ default: module.EventLiveblogsPage })));
const MinutesPage = lazy(() => import('./minutes/minutes-page').then((module) => ({ default: module.MinutesPage })));
const MinutesEditorPage = lazy(() => import('./minutes/minutes-editor-page').then((module) => ({ default: module.MinutesEditorPage })));
const MyActionsPage = lazy(() => import('./minutes/my-actions-page').then((module) => ({ default: module.MyActionsPage })));

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

/** "Signed in as …" and Sign out, or a Sign in link that comes back to this page. */
function Account({ onSignInPage }: { onSignInPage: boolean }) {
  const signedIn = useSignedIn();
  const { t, rich } = useT();
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function signOut() {
    if (busy) return;
    setBusy(true);
    try {
      await api.signOut();
      setSignedIn(null);
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
        <button type="button" className="header-button" aria-disabled={busy || undefined} onClick={signOut}>
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
  const pathname = usePathname();
  const route = matchRoute(pathname);
  const invitation = useSearchParam('invitation');
  useLinkInterception();
  useFocusMainOnNavigation(pathname);
  const signedIn = useSignedIn();
  const { t } = useT();
  const network = t('common.network');
  const organiser = signedIn.state === 'signed-in' && canOrganise(signedIn.person);

  // The projector is the whole screen: no header, footer or controls.
  if (route.page === 'qa-projector') {
    return (
      <Suspense fallback={null}>
        <main id="main">
          <QaProjectorPage key={route.sessionId} sessionId={route.sessionId} />
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
          <nav aria-label={t('shell.nav.label')}>
            <ul className="nav-list">
              <li>
                <a href="/" aria-current={route.page === 'home' ? 'page' : undefined}>
                  {t('shell.nav.events')}
                </a>
              </li>
              {organiser && (
                <li>
                  <a href="/organise" aria-current={route.page === 'organise' ? 'page' : route.page === 'organise-event' ? 'true' : undefined}>
                    {t('shell.nav.organise')}
                  </a>
                </li>
              )}
              {signedIn.state === 'signed-in' && (
                <li>
                  <a href="/my-actions" aria-current={route.page === 'my-actions' ? 'page' : undefined}>
                    {t('shell.nav.myActions')}
                  </a>
                </li>
              )}
              <li>
                <a href="/api/docs">{t('shell.nav.apiDocs')}</a>
              </li>
              <li>
                <a href="/api/v1/ready">{t('shell.nav.status')}</a>
              </li>
            </ul>
          </nav>
          <LanguageSwitch />
          <Account onSignInPage={route.page === 'sign-in'} />
        </div>
      </header>

      <main id="main" tabIndex={-1} className="container">
        <Suspense fallback={<p className="muted">{t('shell.loading')}</p>}>
          {route.page === 'home' && <HomePage />}
          {route.page === 'event' && <EventPage key={`${route.slug}|${invitation ?? ''}`} slug={route.slug} invitation={invitation} />}
          {route.page === 'registration' && <RegistrationPage key={route.id} id={route.id} />}
          {route.page === 'speaker-invitation' && <SpeakerInvitationPage key={route.token} token={route.token} />}
          {route.page === 'follow' && <FollowPage key={route.token} token={route.token} />}
          {route.page === 'sign-in' && <SignInPage />}
          {route.page === 'organise' && <OrganisePage />}
          {route.page === 'organise-event' && <OrganiseEventPage key={route.id} id={route.id} />}
          {route.page === 'liveblog' && <LiveblogPage key={route.sessionId} sessionId={route.sessionId} entryId={route.entryId} />}
          {route.page === 'liveblog-editor' && <LiveblogEditorPage key={route.sessionId} sessionId={route.sessionId} />}
          {route.page === 'event-liveblogs' && <EventLiveblogsPage key={route.slug} slug={route.slug} />}
          {route.page === 'minutes' && <MinutesPage key={route.id} id={route.id} />}
          {route.page === 'organise-minutes' && <MinutesEditorPage key={route.id} id={route.id} />}
          {route.page === 'my-actions' && <MyActionsPage />}
          {route.page === 'qa' && <QaAudiencePage key={route.sessionId} sessionId={route.sessionId} />}
          {route.page === 'qa-console' && <QaConsolePage key={route.sessionId} sessionId={route.sessionId} />}
        </Suspense>
        {route.page === 'not-found' && <NotFoundPage />}
      </main>

      <footer className="site-footer">
        <div className="container">
          <p role="status" aria-live="polite" className={`status status-${status.kind}`}>
            {describeStatus(status, t)}
          </p>
          <p className="footer-note">{t('shell.footer', { network })}</p>
        </div>
      </footer>
    </>
  );
}
