import { langOf, titleIn } from '@convene/i18n';
import { liveblogMessages } from '@convene/i18n/web/liveblog.messages';
import { Suspense, lazy, useCallback, useEffect, useReducer, useRef, useState } from 'react';
import type { ApiError } from '../api';
import { signInPath } from '../auth';
import { formatWhen } from '../format';
import { useMessages } from '../i18n/i18n';
import { useDocumentTitle } from '../site';
import { EntryCard, plain } from './entry-card';
import { feedUrl, liveblogApi, type Liveblog, type LiveblogChange, type LiveblogEntry } from './liveblog-api';
import { announcement, applyChange, showWaiting, type LiveblogState } from './liveblog-state';
import { followLiveblog, type LiveStatus } from './live-updates';
import './liveblog.css';

// Loaded after the entries: it is not needed to read, and the reader page has a weight budget.
const FollowSession = lazy(() => import('../live/follow-session').then((module) => ({ default: module.FollowSession })));
// Only sessions with live Q&A show the question being answered: its code loads with them, outside this page's weight.
const NowAnswering = lazy(() => import('./now-answering').then((module) => ({ default: module.NowAnswering })));

type Action = { type: 'loaded'; liveblog: Liveblog } | { type: 'change'; change: LiveblogChange; hold: boolean } | { type: 'show-waiting' };

const EMPTY: LiveblogState = { entries: [], waiting: [], keyMoments: [], pinned: null };

function reducer(state: LiveblogState, action: Action): LiveblogState {
  if (action.type === 'loaded') return { entries: action.liveblog.entries, waiting: [], keyMoments: action.liveblog.keyMoments, pinned: action.liveblog.pinned };
  if (action.type === 'change') return applyChange(state, action.change, action.hold);
  return showWaiting(state);
}

/** A session's liveblog for readers: live, newest first, key moments on top. `entryId` highlights one entry (its permalink). */
export function LiveblogPage({ sessionId, entryId = null }: { sessionId: string; entryId?: string | null }) {
  const [info, setInfo] = useState<Liveblog | null>(null);
  const [problem, setProblem] = useState<ApiError | null>(null);
  const [state, dispatch] = useReducer(reducer, EMPTY);
  const [said, setSaid] = useState('');
  const [status, setStatus] = useState<LiveStatus>('connecting');
  const listRef = useRef<HTMLOListElement>(null);
  const { t, rich, language } = useMessages(liveblogMessages);
  // Titles in the reader's language where the organisers gave it, else the English, marked for a Welsh reader.
  useDocumentTitle(info ? t('liveblog.title', { session: titleIn(language, info.session.title, info.session.titleCy).text }) : problem ? t('liveblog.notFound') : null);

  useEffect(() => {
    const controller = new AbortController();
    liveblogApi.read(sessionId, controller.signal).then(
      (liveblog) => {
        setInfo(liveblog);
        dispatch({ type: 'loaded', liveblog });
      },
      (error: ApiError) => {
        if (!controller.signal.aborted) setProblem(error);
      },
    );
    return () => controller.abort();
  }, [sessionId]);

  const onChange = useCallback((change: LiveblogChange) => {
    // A reader who has scrolled into the entries keeps their place: new ones wait behind a button.
    const top = listRef.current?.getBoundingClientRect().top ?? 0;
    const hold = change.type === 'posted' && top < 0;
    dispatch({ type: 'change', change, hold });
    const line = announcement(change, t);
    if (line && !hold) setSaid(line);
  }, [t]);

  const lastSeq = info?.lastSeq;
  const ready = info !== null;
  useEffect(() => {
    if (!ready) return;
    return followLiveblog(sessionId, lastSeq ?? 0, onChange, setStatus);
  }, [sessionId, ready, lastSeq, onChange]);

  // Say how many entries wait above whenever that number changes (set while rendering, as React advises for state that follows other state).
  const [waitingSaid, setWaitingSaid] = useState(0);
  if (state.waiting.length !== waitingSaid) {
    setWaitingSaid(state.waiting.length);
    if (state.waiting.length) setSaid(t('liveblog.newEntriesAbove', { count: state.waiting.length }));
  }

  useEffect(() => {
    if (entryId && info) document.getElementById(`entry-${entryId}`)?.scrollIntoView();
  }, [entryId, info]);

  if (problem) {
    return (
      <>
        <h1>{problem.status === 401 ? t('liveblog.signInToFollow') : problem.status === 403 ? t('liveblog.notOpen') : t('liveblog.notFound')}</h1>
        {problem.status === 401 && (
          <p>
            <a href={signInPath()}>{t('liveblog.signIn')}</a>
          </p>
        )}
      </>
    );
  }
  if (!info) return <p className="muted">{t('liveblog.loading')}</p>;

  const { session, event } = info;
  const eventTitle = titleIn(language, event.title, event.titleCy);
  const sessionTitle = titleIn(language, session.title, session.titleCy);
  const room = session.room && titleIn(language, session.room, session.roomCy);
  const timeZone = event.timeZone;
  const showNew = () => {
    dispatch({ type: 'show-waiting' });
    listRef.current?.scrollIntoView({ block: 'start' });
    listRef.current?.focus({ preventScroll: true });
  };

  return (
    <div className="lb">
      <p className="caption">
        <a href={`/events/${encodeURIComponent(event.slug)}`} lang={langOf(eventTitle, language)}>
          {eventTitle.text}
        </a>{' '}
        · <a href={`/events/${encodeURIComponent(event.slug)}/liveblogs`}>{t('liveblog.all')}</a>
      </p>
      <h1>{rich('liveblog.title', { session: <span lang={langOf(sessionTitle, language)}>{sessionTitle.text}</span> })}</h1>
      <p className="muted">
        <time dateTime={session.startsAt}>{formatWhen(session.startsAt, session.endsAt, timeZone)}</time>
        {room && (
          <>
            {' · '}
            <span lang={langOf(room, language)}>{room.text}</span>
          </>
        )}
      </p>
      {(info.chair.length > 0 || info.speakers.length > 0) && (
        <dl className="lb-people">
          {info.chair.length > 0 && (
            <div>
              <dt>{t('liveblog.chair')}</dt>
              <dd>{info.chair.map(describe).join('; ')}</dd>
            </div>
          )}
          {info.speakers.length > 0 && (
            <div>
              <dt>{t('liveblog.speakers')}</dt>
              <dd>{info.speakers.map(describe).join('; ')}</dd>
            </div>
          )}
        </dl>
      )}
      <p className="lb-tools">
        <span className={`lb-status lb-status-${status}`}>{t('liveblog.status', { status })}</span> · <a href={feedUrl(session.id)}>{t('liveblog.feed')}</a>
        {info.canEdit && (
          <>
            {' '}
            · <a href={`/sessions/${encodeURIComponent(session.id)}/liveblog/edit`}>{t('liveblog.write')}</a>
          </>
        )}
      </p>
      {session.liveQa && (
        <Suspense fallback={null}>
          <NowAnswering sessionId={session.id} />
        </Suspense>
      )}
      <p className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        {said}
      </p>

      {state.pinned && (
        <section className="lb-pinned" aria-labelledby="lb-pinned-title">
          <h2 id="lb-pinned-title">{t('liveblog.pinned')}</h2>
          <EntryCard entry={state.pinned} timeZone={timeZone} />
        </section>
      )}
      {state.keyMoments.length > 0 && (
        <section className="lb-moments" aria-labelledby="lb-moments-title">
          <h2 id="lb-moments-title">{t('liveblog.keyMoments')}</h2>
          <ol>
            {state.keyMoments.map((moment) => (
              <li key={moment.id}>
                <a href={`#entry-${moment.id}`}>{plain(moment)}</a>
              </li>
            ))}
          </ol>
        </section>
      )}

      <h2 id="lb-entries-title">{t('liveblog.latestFirst')}</h2>
      {state.waiting.length > 0 && (
        <div className="lb-new">
          <button type="button" className="button" onClick={showNew}>
            {t('liveblog.newEntries', { count: state.waiting.length })}
          </button>
        </div>
      )}
      {state.entries.length === 0 && <p className="muted">{t('liveblog.nothingYet')}</p>}
      <ol className="lb-entries" ref={listRef} tabIndex={-1} aria-labelledby="lb-entries-title">
        {state.entries.map((entry: LiveblogEntry) => (
          <li key={entry.id}>
            <EntryCard entry={entry} timeZone={timeZone} highlighted={entry.id === entryId} />
          </li>
        ))}
      </ol>
      {/* After the entries: on a phone, above them it pushed the first entry two screens down. */}
      <Suspense fallback={null}>
        <FollowSession sessionId={session.id} />
      </Suspense>
    </div>
  );
}

function describe(person: { name: string; organisation: string | null }): string {
  return person.organisation ? `${person.name} (${person.organisation})` : person.name;
}
