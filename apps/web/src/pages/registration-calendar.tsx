// The "Calendar" section of the registration page: the delegate's private calendar feed (show an
// address, get a new one, stop it) and the event's public agenda feed.
// Only the feed secret's hash is stored, so an address can be shown only when it is made: asking
// here makes one more (the confirmation mail's keeps working); "get a new address" ends the others.
import './registration.css';
import { useEffect, useRef, useState } from 'react';
import { registrationMessages } from '@convene/i18n/web/registration.messages';
import { api, publicAgendaFeedUrl, type EventView, type RegistrationView } from '../api';
import { ErrorSummary } from '../events/form-fields';
import { useMessages } from '../i18n/i18n';
import { registrationProblem } from './registration-problem';

type Action = 'subscribe' | 'renew' | 'stop';

/** webcal:// makes Apple Calendar and Outlook offer to subscribe, rather than download once. */
const webcalOf = (url: string) => url.replace(/^https?:/, 'webcal:');

export function CalendarSection({ registration, event, token }: { registration: RegistrationView; event: EventView | null; token: string }) {
  const { t, rich } = useMessages(registrationMessages);
  const agendaFeed = event && event.status === 'published' && event.visibility === 'public' && !event.restricted ? publicAgendaFeedUrl(event.slug) : null;
  return (
    <section aria-labelledby="calendar-heading" className="section">
      <h2 id="calendar-heading">{t('registration.calendar.heading')}</h2>
      {registration.email ? (
        <PersonalFeed registrationId={registration.id} token={token} />
      ) : (
        <p>{t('registration.calendar.noEmail')}</p>
      )}
      {agendaFeed && event && (
        <>
          <h3 className="calendar-subheading">{t('registration.calendar.agenda')}</h3>
          <p>
            {rich('registration.calendar.agendaBody', {
              download: (parts) => (
                <a href={agendaFeed} download={`${event.slug}.ics`}>
                  {parts}
                </a>
              ),
              feed: (parts) => <a href={webcalOf(new URL(agendaFeed, window.location.href).href)}>{parts}</a>,
            })}
          </p>
        </>
      )}
    </section>
  );
}

function PersonalFeed({ registrationId, token }: { registrationId: string; token: string }) {
  const { t } = useMessages(registrationMessages);
  const [url, setUrl] = useState<string | null>(null);
  const [busy, setBusy] = useState<Action | null>(null);
  const [asking, setAsking] = useState<'renew' | 'stop' | null>(null);
  const [status, setStatus] = useState('');
  const [problem, setProblem] = useState<{ action: Action; message: string; attempt: number } | null>(null);
  const address = useRef<HTMLInputElement>(null);
  const subscribeButton = useRef<HTMLButtonElement>(null);
  const question = useRef<HTMLHeadingElement>(null);
  const manageButton = useRef<HTMLButtonElement>(null);
  // Where focus goes once the change has rendered.
  const focusNext = useRef<'address' | 'subscribe' | 'question' | 'manage' | null>(null);

  useEffect(() => {
    const targets = { address, subscribe: subscribeButton, question, manage: manageButton };
    if (focusNext.current) targets[focusNext.current].current?.focus();
    focusNext.current = null;
  }, [url, asking, busy]);

  async function run(action: Action) {
    if (busy) return;
    setBusy(action);
    setProblem(null);
    setStatus('');
    try {
      if (action === 'stop') {
        await api.stopCalendarFeed(registrationId, token);
        setUrl(null);
        focusNext.current = 'subscribe';
      } else {
        setUrl(await api.calendarFeed(registrationId, token, action === 'renew'));
        focusNext.current = 'address';
      }
      setAsking(null);
      setStatus(t('registration.calendar.done', { action }));
    } catch (error) {
      setProblem((previous) => ({ action, message: registrationProblem(error, action), attempt: (previous?.attempt ?? 0) + 1 }));
    } finally {
      setBusy(null);
    }
  }

  function ask(which: 'renew' | 'stop') {
    focusNext.current = 'question';
    setProblem(null);
    setStatus('');
    setAsking(which);
  }

  function keep() {
    focusNext.current = 'manage';
    setProblem(null);
    setAsking(null);
  }

  async function copy() {
    if (!url) return;
    try {
      await navigator.clipboard.writeText(url);
      setStatus(t('registration.calendar.copied'));
    } catch {
      // No clipboard access (an older browser, or permission refused): leave it selected to copy by hand.
      address.current?.focus();
      address.current?.select();
      setStatus(t('registration.calendar.copyFailed'));
    }
  }

  return (
    <>
      <h3 className="calendar-subheading">{t('registration.calendar.personal')}</h3>
      <p>{t('registration.calendar.personalIntro')}</p>
      {problem?.action === 'subscribe' && <ErrorSummary id="calendar" items={[]} message={problem.message} attempt={problem.attempt} />}
      <p role="status" className="calendar-status">
        {status}
      </p>
      {url ? (
        <FeedAddress url={url} address={address} onCopy={() => void copy()} />
      ) : (
        <button ref={subscribeButton} type="button" className="button" aria-disabled={busy === 'subscribe' || undefined} onClick={() => void run('subscribe')}>
          {t('registration.calendar.subscribe')}
        </button>
      )}

      <h4 className="calendar-subheading">{t('registration.calendar.change')}</h4>
      {asking === null ? (
        <div className="button-group">
          <button ref={manageButton} type="button" className="button button-secondary" onClick={() => ask('renew')}>
            {t('registration.calendar.renew')}
          </button>
          <button type="button" className="button button-warning" onClick={() => ask('stop')}>
            {t('registration.calendar.stop')}
          </button>
        </div>
      ) : (
        <div className="warning-panel">
          {problem && problem.action === asking && <ErrorSummary id="calendar-change" items={[]} message={problem.message} attempt={problem.attempt} />}
          <h4 ref={question} tabIndex={-1} className="calendar-question">
            {t('registration.calendar.question', { action: asking })}
          </h4>
          <p>{t('registration.calendar.consequence', { action: asking })}</p>
          <div className="button-group">
            <button type="button" className="button button-warning" aria-disabled={busy === asking || undefined} onClick={() => void run(asking)}>
              {t('registration.calendar.yes', { action: asking })}
            </button>
            <button type="button" className="button button-secondary" disabled={busy === asking} onClick={keep}>
              {t('registration.calendar.no', { action: asking })}
            </button>
          </div>
        </div>
      )}
    </>
  );
}

function FeedAddress({ url, address, onCopy }: { url: string; address: React.RefObject<HTMLInputElement | null>; onCopy: () => void }) {
  const { t, rich } = useMessages(registrationMessages);
  const bold = (parts: React.ReactNode[]) => <strong>{parts}</strong>;
  return (
    <div className="calendar-feed">
      <label className="label" htmlFor="calendar-feed-url">
        {t('registration.calendar.address')}
      </label>
      <p id="calendar-feed-hint" className="hint">
        {t('registration.calendar.addressHint')}
      </p>
      <div className="calendar-feed-row">
        <input
          ref={address}
          id="calendar-feed-url"
          className="input"
          type="text"
          readOnly
          value={url}
          aria-describedby="calendar-feed-hint"
          spellCheck={false}
          onFocus={(event) => event.currentTarget.select()}
        />
        <button type="button" className="button button-secondary" onClick={onCopy}>
          {t('registration.calendar.copy')}
        </button>
      </div>
      <p>{rich('registration.calendar.openIn', { link: (parts) => <a href={webcalOf(url)}>{parts}</a> })}</p>
      <ul className="calendar-how">
        <li>{rich('registration.calendar.outlook', { b: bold })}</li>
        <li>{rich('registration.calendar.google', { b: bold })}</li>
        <li>{rich('registration.calendar.apple', { b: bold })}</li>
      </ul>
      <p className="muted">{t('registration.calendar.delay')}</p>
    </div>
  );
}
