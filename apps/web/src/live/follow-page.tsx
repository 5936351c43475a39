// The page behind the link in a follow's mails: confirm the reminder (double opt-in), or stop it.
// Opening it changes nothing (mail scanners open links); only the buttons act.
import { useQuery } from '@tanstack/react-query';
import { queries, queryClient } from '../queries';
import { useRef, useState } from 'react';
import { ApiError, api, type FollowStatus } from '../api';
import { formatTime, formatWhen, zoneLabel } from '../format';
import { useDocumentTitle } from '../site';

type Outcome = { state: 'shown' } | { state: 'confirmed'; follow: FollowStatus } | { state: 'stopped' };

export function FollowPage({ token }: { token: string }) {
  const loaded = useQuery(queries.follow(token), queryClient);
  const [outcome, setOutcome] = useState<Outcome>({ state: 'shown' });
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const follow = outcome.state === 'confirmed' ? outcome.follow : loaded.isSuccess ? loaded.data : null;
  useDocumentTitle(follow ? `Reminder: ${follow.sessionTitle}` : 'Reminder');

  async function act(action: () => Promise<Outcome>) {
    if (busy) return;
    setBusy(true);
    setProblem(null);
    try {
      setOutcome(await action());
      requestAnimationFrame(() => heading.current?.focus());
    } catch (error) {
      setProblem(error instanceof ApiError && error.status > 0 && error.status < 500 ? error.message : 'We could not do that. Try again in a moment.');
    } finally {
      setBusy(false);
    }
  }

  if (outcome.state === 'stopped') {
    return (
      <>
        <h1 ref={heading} tabIndex={-1}>
          Reminders stopped
        </h1>
        <p>We will not email you about this session. The link in our mails no longer works.</p>
        <p>
          <a href="/">See upcoming events</a>
        </p>
      </>
    );
  }
  if (loaded.isError && !follow) {
    return (
      <>
        <h1>This reminder link is not valid</h1>
        <p>The reminders may have been stopped already, the session removed from the programme, or the link copied only in part.</p>
        <p>
          <a href="/">See upcoming events</a>
        </p>
      </>
    );
  }
  if (!follow) return <p className="muted">Loading…</p>;

  const links = (
    <ul>
      {follow.liveblogUrl && (
        <li>
          <a href={follow.liveblogUrl}>The liveblog</a>
        </li>
      )}
      {follow.qaUrl && (
        <li>
          <a href={follow.qaUrl}>Questions (live Q&amp;A)</a>
        </li>
      )}
    </ul>
  );
  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {follow.confirmed ? 'You follow this session' : 'Confirm your reminder'}
      </h1>
      <p className="lead">
        <strong>{follow.sessionTitle}</strong>, at <a href={`/events/${encodeURIComponent(follow.eventSlug)}`}>{follow.eventTitle}</a>
      </p>
      <p>
        {formatWhen(follow.startsAt, follow.endsAt, follow.timeZone)} ({zoneLabel(follow.timeZone)})
      </p>
      <div role="status">
        {follow.confirmed &&
          (follow.remindAt ? (
            <p>
              We will email you the links at about {formatTime(follow.remindAt, follow.timeZone)} ({zoneLabel(follow.timeZone)}) that day.
            </p>
          ) : (
            <p>No more mail will come: the session has started, left the programme, or its event was cancelled.</p>
          ))}
      </div>
      {follow.confirmed && links}
      {problem && (
        <p className="error-text" role="alert">
          {problem}
        </p>
      )}
      <div className="actions">
        {!follow.confirmed && (
          <>
            <p>Press the button to get a mail with the live links a few minutes before the session starts.</p>
            <button type="button" className="button" onClick={() => void act(async () => ({ state: 'confirmed', follow: await api.confirmFollow(token) }))} aria-disabled={busy || undefined}>
              Confirm the reminder
            </button>{' '}
          </>
        )}
        <button type="button" className="button button-secondary" onClick={() => void act(async () => (await api.stopFollow(token), { state: 'stopped' }))} aria-disabled={busy || undefined}>
          {follow.confirmed ? 'Stop reminders' : 'No thanks'}
        </button>
      </div>
    </>
  );
}
