// Which page each address shows (wouter). Each page is keyed by its address's parameters, so
// moving from one event (or session) to another starts the page afresh.
import { Suspense, lazy, type ComponentType } from 'react';
import { Route, Switch } from 'wouter';
import { useT } from './i18n/i18n';
import { useSearchParam } from './navigation';
import { paths } from './paths';

/** A page's component from its module, loaded when first shown. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each page has its own props; the routes below pass them
function page<Name extends string>(load: () => Promise<Record<Name, ComponentType<any>>>, name: Name) {
  return lazy(() => load().then((module) => ({ default: module[name] })));
}


// Every page loads on demand: the shell every page downloads (the liveblog reader's budget is
// 100 kB) stays small, and a reader opening a liveblog from a link never loads the event pages.
const NotFoundPage = page(() => import('./pages/not-found-page'), 'NotFoundPage');
const HomePage = page(() => import('./pages/home-page'), 'HomePage');
const EventPage = page(() => import('./pages/event-page'), 'EventPage');
const RegistrationPage = page(() => import('./pages/registration-page'), 'RegistrationPage');
const SpeakerInvitationPage = page(() => import('./pages/speaker-invitation-page'), 'SpeakerInvitationPage');
const FollowPage = page(() => import('./live/follow-page'), 'FollowPage');
const SignInPage = page(() => import('./pages/sign-in-page'), 'SignInPage');
const OrganisePage = page(() => import('./pages/organise-page'), 'OrganisePage');
const QaAudiencePage = page(() => import('./qa/audience-page'), 'QaAudiencePage');
const QaConsolePage = page(() => import('./qa/console-page'), 'QaConsolePage');
export const QaProjectorPage = page(() => import('./qa/projector-page'), 'QaProjectorPage');
const OrganiseEventPage = page(() => import('./pages/organise-event-page'), 'OrganiseEventPage');
// Liveblog pages: their own small chunks (with socket.io-client), so readers on a phone load little.
const LiveblogPage = page(() => import('./liveblog/liveblog-page'), 'LiveblogPage');
const LiveblogEditorPage = page(() => import('./liveblog/liveblog-editor-page'), 'LiveblogEditorPage');
const EventLiveblogsPage = page(() => import('./liveblog/event-liveblogs-page'), 'EventLiveblogsPage');
const MinutesPage = page(() => import('./minutes/minutes-page'), 'MinutesPage');
const MinutesEditorPage = page(() => import('./minutes/minutes-editor-page'), 'MinutesEditorPage');
const MyActionsPage = page(() => import('./minutes/my-actions-page'), 'MyActionsPage');
// Rides in the registration page's chunk: a chunk of its own re-split the shared modules and cost the liveblog reader 0.8 kB.
const MyRegistrationsPage = page(() => import('./pages/registration-page'), 'MyRegistrationsPage');
// The network admin's pages ride in the organisers' chunk: a chunk of their own split React out
// of the shell, which cost the liveblog reader 1 kB.
const AdminPages = page(() => import('./pages/organise-page'), 'AdminPages');
const AccessibilityPage = page(() => import('./pages/accessibility-page'), 'AccessibilityPage');

/** A session id from a Q&A address, as the API writes it. */
const sessionOf = (params: { sessionId?: string }) => (params.sessionId ?? '').toLowerCase();

/** The page for the current address (the projector aside, which the shell shows alone). */
export function Pages() {
  const { t } = useT();
  const invitation = useSearchParam('invitation');
  return (
    <Suspense fallback={<p className="muted">{t('shell.loading')}</p>}>
      <Switch>
        <Route path={paths.home}>
          <HomePage />
        </Route>
        <Route path={paths.homeFile}>
          <HomePage />
        </Route>
        <Route path={paths.event}>{({ slug }) => <EventPage key={`${slug}|${invitation ?? ''}`} slug={slug} invitation={invitation} />}</Route>
        <Route path={paths.registration}>{({ id }) => <RegistrationPage key={id} id={id} />}</Route>
        <Route path={paths.speakerInvitation}>{({ token }) => <SpeakerInvitationPage key={token} token={token} />}</Route>
        <Route path={paths.follow}>{({ token }) => <FollowPage key={token} token={token} />}</Route>
        <Route path={paths.signIn}>
          <SignInPage />
        </Route>
        <Route path={paths.organise}>
          <OrganisePage />
        </Route>
        <Route path={paths.organiseEvent}>{({ id, section }) => <OrganiseEventPage key={id} id={id ?? ''} section={section ?? null} />}</Route>
        <Route path={paths.liveblog}>{({ sessionId }) => <LiveblogPage key={sessionId} sessionId={sessionId} entryId={null} />}</Route>
        <Route path={paths.liveblogEntry}>{({ sessionId, entryId }) => <LiveblogPage key={sessionId} sessionId={sessionId} entryId={entryId} />}</Route>
        <Route path={paths.liveblogEditor}>{({ sessionId }) => <LiveblogEditorPage key={sessionId} sessionId={sessionId} />}</Route>
        <Route path={paths.eventLiveblogs}>{({ slug }) => <EventLiveblogsPage key={slug} slug={slug} />}</Route>
        <Route path={paths.minutes}>{({ id }) => <MinutesPage key={id} id={id} />}</Route>
        <Route path={paths.organiseMinutes}>{({ id }) => <MinutesEditorPage key={id} id={id} />}</Route>
        <Route path={paths.myActions}>
          <MyActionsPage />
        </Route>
        <Route path={paths.myRegistrations}>
          <MyRegistrationsPage />
        </Route>
        <Route path={paths.admin}>
          <AdminPages />
        </Route>
        <Route path={paths.accessibility}>
          <AccessibilityPage />
        </Route>
        <Route path={paths.qa}>{(params) => <QaAudiencePage key={sessionOf(params)} sessionId={sessionOf(params)} />}</Route>
        <Route path={paths.qaConsole}>{(params) => <QaConsolePage key={sessionOf(params)} sessionId={sessionOf(params)} />}</Route>
        <Route>
          <NotFoundPage />
        </Route>
      </Switch>
    </Suspense>
  );
}
