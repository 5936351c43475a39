// The "Calendar" section of the registration page: the delegate's private calendar feed (show an
// address, get a new one, stop it) and the event's public agenda feed.
// Only the feed secret's hash is stored, so an address can be shown only when it is made: asking
// here makes one more (the confirmation mail's keeps working); "get a new address" ends the others.
import './registration.css';
import { useEffect, useRef, useState } from 'react';
import { ApiError, api, publicAgendaFeedUrl, type EventView, type RegistrationView } from '../api';
import { ErrorSummary } from '../events/form-fields';

type Action = 'subscribe' | 'renew' | 'stop';

const DONE: Record<Action, string> = {
  subscribe: 'Your feed address is ready. Add it to your calendar app.',
  renew: 'Your new feed address is ready. The old addresses no longer work: subscribe again with this one.',
  stop: 'Your calendar feed is stopped. Its addresses no longer work.',
};

const FAILED: Record<Action, string> = {
  subscribe: 'Sorry, we could not make your feed address. Try again later.',
  renew: 'Sorry, we could not give you a new feed address. Your current one still works. Try again later.',
  stop: 'Sorry, we could not stop your calendar feed. Try again later.',
};

function problemOf(error: unknown, action: Action): string {
  if (error instanceof ApiError) {
    if (error.status === 0) return error.message;
    if (error.status === 404 || error.status === 400) return 'This link is not valid or has expired. Use the link in your most recent registration mail.';
    if (error.status === 429) return 'Too many attempts. Wait a few minutes, then try again.';
    if (error.status < 500) return error.message;
  }
  return FAILED[action];
}

/** webcal:// makes Apple Calendar and Outlook offer to subscribe, rather than download once. */
const webcalOf = (url: string) => url.replace(/^https?:/, 'webcal:');

export function CalendarSection({ registration, event, token }: { registration: RegistrationView; event: EventView | null; token: string }) {
  const agendaFeed = event && event.status === 'published' && event.visibility === 'public' && !event.restricted ? publicAgendaFeedUrl(event.slug) : null;
  return (
    <section aria-labelledby="calendar-heading" className="section">
      <h2 id="calendar-heading">Calendar</h2>
      {registration.email ? (
        <PersonalFeed registrationId={registration.id} token={token} />
      ) : (
        <p>Your registration has no email address, so it has no personal calendar feed.</p>
      )}
      {agendaFeed && event && (
        <>
          <h3 className="calendar-subheading">The event&apos;s agenda</h3>
          <p>
            <a href={agendaFeed} download={`${event.slug}.ics`}>
              Download the event&apos;s agenda (.ics file)
            </a>
            : the event and every session of its published programme, for anyone. To follow its changes instead, subscribe to{' '}
            <a href={webcalOf(new URL(agendaFeed, window.location.href).href)}>the agenda feed</a>.
          </p>
        </>
      )}
    </section>
  );
}

function PersonalFeed({ registrationId, token }: { registrationId: string; token: string }) {
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
      setStatus(DONE[action]);
    } catch (error) {
      setProblem((previous) => ({ action, message: problemOf(error, action), attempt: (previous?.attempt ?? 0) + 1 }));
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
      setStatus('Feed address copied. Paste it into your calendar app.');
    } catch {
      // No clipboard access (an older browser, or permission refused): leave it selected to copy by hand.
      address.current?.focus();
      address.current?.select();
      setStatus('We could not copy it for you: the address is selected, copy it with your keyboard or menu.');
    }
  }

  return (
    <>
      <h3 className="calendar-subheading">Your personal calendar feed</h3>
      <p>
        Subscribe once, and Outlook, Google Calendar or Apple Calendar shows every network event you have a confirmed place at, with your
        workshops, and follows the organisers&apos; changes. The address in your confirmation mail keeps working when you ask for one here.
      </p>
      {problem?.action === 'subscribe' && <ErrorSummary id="calendar" items={[]} message={problem.message} attempt={problem.attempt} />}
      <p role="status" className="calendar-status">
        {status}
      </p>
      {url ? (
        <FeedAddress url={url} address={address} onCopy={() => void copy()} />
      ) : (
        <button ref={subscribeButton} type="button" className="button" aria-disabled={busy === 'subscribe' || undefined} onClick={() => void run('subscribe')}>
          Subscribe to my calendar feed
        </button>
      )}

      <h4 className="calendar-subheading">Change or stop your feed</h4>
      {asking === null ? (
        <div className="button-group">
          <button ref={manageButton} type="button" className="button button-secondary" onClick={() => ask('renew')}>
            Get a new address
          </button>
          <button type="button" className="button button-warning" onClick={() => ask('stop')}>
            Stop the feed
          </button>
        </div>
      ) : (
        <div className="warning-panel">
          {problem && problem.action === asking && <ErrorSummary id="calendar-change" items={[]} message={problem.message} attempt={problem.attempt} />}
          <h4 ref={question} tabIndex={-1} className="calendar-question">
            {asking === 'renew' ? 'Get a new feed address?' : 'Stop your calendar feed?'}
          </h4>
          <p>
            {asking === 'renew'
              ? 'Every address of your feed you have now stops working at once, including the one in your confirmation mail: calendars subscribed with it stop updating. You then subscribe again with the new address.'
              : 'Every address of your feed stops working, including the one in your confirmation mail. Events already in your calendar stay there but no longer follow changes (remove the subscription in your calendar app). You can subscribe again at any time.'}
          </p>
          <div className="button-group">
            <button type="button" className="button button-warning" aria-disabled={busy === asking || undefined} onClick={() => void run(asking)}>
              {asking === 'renew' ? 'Yes, get a new address' : 'Yes, stop the feed'}
            </button>
            <button type="button" className="button button-secondary" disabled={busy === asking} onClick={keep}>
              {asking === 'renew' ? 'No, keep my address' : 'No, keep my feed'}
            </button>
          </div>
        </div>
      )}
    </>
  );
}

function FeedAddress({ url, address, onCopy }: { url: string; address: React.RefObject<HTMLInputElement | null>; onCopy: () => void }) {
  return (
    <div className="calendar-feed">
      <label className="label" htmlFor="calendar-feed-url">
        Your feed address
      </label>
      <p id="calendar-feed-hint" className="hint">
        Keep it to yourself: anyone who has it can see the events you attend.
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
          Copy
        </button>
      </div>
      <p>
        <a href={webcalOf(url)}>Open it in your calendar app</a> (Apple Calendar, and Outlook on a computer), or paste it:
      </p>
      <ul className="calendar-how">
        <li>
          <strong>Outlook</strong>: Add calendar, then Subscribe from web (in Outlook on the web), or From Internet (in Outlook for Windows).
        </li>
        <li>
          <strong>Google Calendar</strong>: on a computer, beside Other calendars choose +, then From URL, paste the address and choose Add
          calendar.
        </li>
        <li>
          <strong>Apple Calendar</strong>: File, then New Calendar Subscription (on a Mac), or Settings, Calendar, Accounts, Add Account,
          Other, Add Subscribed Calendar (on an iPhone).
        </li>
      </ul>
      <p className="muted">Calendar apps look for changes every few hours, so a change can take a while to show.</p>
    </div>
  );
}
