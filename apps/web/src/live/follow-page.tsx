// The page behind the link in a follow's mails: confirm the reminder (double opt-in), or stop it.
// Opening it changes nothing (mail scanners open links); only the buttons act.
import { useQuery } from '@tanstack/react-query';
import { queries, queryClient } from '../queries';
import { useRef, useState } from 'react';
import { ApiError, api, type FollowStatus } from '../api';
import { apiErrorText } from '../api-errors';
import { formatTime, formatWhen, zoneLabel } from '../format';
import { useDocumentTitle } from '../site';
import { followMessages } from '@convene/i18n/web/follow.messages';
import { sharedMessages } from '@convene/i18n/web/shared.messages';
import { useMessages } from '../i18n/i18n';

type Outcome = { state: 'shown' } | { state: 'confirmed'; follow: FollowStatus } | { state: 'stopped' };

export function FollowPage({ token }: { token: string }) {
  const loaded = useQuery(queries.follow(token), queryClient);
  const [outcome, setOutcome] = useState<Outcome>({ state: 'shown' });
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const follow = outcome.state === 'confirmed' ? outcome.follow : loaded.isSuccess ? loaded.data : null;
  const { t, rich } = useMessages(followMessages);
  const shared = useMessages(sharedMessages);
  useDocumentTitle(follow ? t('followPage.title', { session: follow.sessionTitle }) : t('followPage.titleBare'));

  async function act(action: () => Promise<Outcome>) {
    if (busy) return;
    setBusy(true);
    setProblem(null);
    try {
      setOutcome(await action());
      requestAnimationFrame(() => heading.current?.focus());
    } catch (error) {
      setProblem(error instanceof ApiError && error.status > 0 && error.status < 500 ? apiErrorText(error) : t('followPage.failed'));
    } finally {
      setBusy(false);
    }
  }

  if (outcome.state === 'stopped') {
    return (
      <>
        <h1 ref={heading} tabIndex={-1}>
          {t('followPage.stopped')}
        </h1>
        <p>{t('followPage.stoppedBody')}</p>
        <p>
          <a href="/">{shared.t('link.upcomingEvents')}</a>
        </p>
      </>
    );
  }
  if (loaded.isError && !follow) {
    return (
      <>
        <h1>{t('followPage.invalid')}</h1>
        <p>{t('followPage.invalidBody')}</p>
        <p>
          <a href="/">{shared.t('link.upcomingEvents')}</a>
        </p>
      </>
    );
  }
  if (!follow) return <p className="muted">{t('shell.loading')}</p>;

  const links = (
    <ul>
      {follow.liveblogUrl && (
        <li>
          <a href={follow.liveblogUrl}>{t('followPage.liveblog')}</a>
        </li>
      )}
      {follow.qaUrl && (
        <li>
          <a href={follow.qaUrl}>{t('followPage.qa')}</a>
        </li>
      )}
    </ul>
  );
  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {t('followPage.heading', { confirmed: follow.confirmed ? 'yes' : 'no' })}
      </h1>
      <p className="lead">
        {rich('followPage.at', {
          session: follow.sessionTitle,
          event: follow.eventTitle,
          b: (parts) => <strong>{parts}</strong>,
          a: (parts) => <a href={`/events/${encodeURIComponent(follow.eventSlug)}`}>{parts}</a>,
        })}
      </p>
      <p>
        {formatWhen(follow.startsAt, follow.endsAt, follow.timeZone)} ({zoneLabel(follow.timeZone)})
      </p>
      <div role="status">
        {follow.confirmed &&
          (follow.remindAt ? (
            <p>{t('followPage.when', { time: formatTime(follow.remindAt, follow.timeZone), zone: zoneLabel(follow.timeZone) })}</p>
          ) : (
            <p>{t('followPage.noMore')}</p>
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
            <p>{t('followPage.press')}</p>
            <button type="button" className="button" onClick={() => void act(async () => ({ state: 'confirmed', follow: await api.confirmFollow(token) }))} aria-disabled={busy || undefined}>
              {t('followPage.confirm')}
            </button>{' '}
          </>
        )}
        <button type="button" className="button button-secondary" onClick={() => void act(async () => (await api.stopFollow(token), { state: 'stopped' }))} aria-disabled={busy || undefined}>
          {t('followPage.stop', { confirmed: follow.confirmed ? 'yes' : 'no' })}
        </button>
      </div>
    </>
  );
}
