// The page behind the private link in every registration mail: see the registration (needs and
// workshops too) and change it, send apologies, cancel it, accept or decline a place offered from
// the waiting list, and subscribe to the calendar feeds.
// The link's token is a password: it goes to the API in the query string and nowhere else
// (not into the page's text, the title, or the console).
import './registration.css';
import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { queries, queryClient } from '../queries';
import { useEffect, useRef, useState } from 'react';
import { ApiError, api, type Agenda, type EventView, type RegistrationView } from '../api';
import { ErrorSummary } from '../events/form-fields';
import { CATEGORIES } from '../events/registration-form';
import { formatDay, formatTime, formatWhen, zoneLabel } from '../format';
import { useSearchParam } from '../navigation';
import { CheckInCode } from './check-in-code';
import { CalendarSection } from './registration-calendar';
import { ApologiesInstead, ChangeRegistration } from './registration-changes';
import { useDocumentTitle } from '../site';

const CATEGORY_LABEL = new Map<string, string>(CATEGORIES);

export function RegistrationPage({ id }: { id: string }) {
  const token = useSearchParam('token');
  const loaded = useQuery({ ...queries.registration(id, token ?? ''), enabled: token !== null }, queryClient);
  // The registration as the last answer had it: the cancel answer replaces what was loaded.
  const [updated, setUpdated] = useState<RegistrationView | null>(null);
  const registration = updated ?? (loaded.isSuccess ? loaded.data : null);
  const event = useQuery({ ...queries.event(registration?.eventId ?? ''), enabled: Boolean(registration) }, queryClient);

  const invalid = !token || (loaded.isError && (loaded.error.status === 404 || loaded.error.status === 400));
  useDocumentTitle(invalid ? 'Link not valid' : loaded.isError ? 'Sorry, there is a problem' : 'Your registration');

  if (invalid) return <InvalidLink />;
  if (registration) {
    return <RegistrationDetails registration={registration} event={event} token={token} onCancelled={setUpdated} />;
  }
  if (loaded.isError) {
    return (
      <>
        <h1>Sorry, there is a problem</h1>
        <p>
          We could not load your registration
          {loaded.error.status === 0 ? ': we could not reach Convene. Check your connection' : ''}. Try again in a moment.
        </p>
      </>
    );
  }
  return <p className="muted">Loading your registration…</p>;
}

function InvalidLink() {
  return (
    <>
      <h1>This link is not valid or has expired</h1>
      <p>
        Check you used the whole link from your most recent registration mail. Links can break when they are copied across
        two lines.
      </p>
      <p>If you still cannot see your registration, reply to that mail and the organisers will help.</p>
      <p>
        <a href="/">See upcoming events</a>
      </p>
    </>
  );
}

function statusText(registration: RegistrationView): string {
  switch (registration.status) {
    case 'confirmed':
      return 'Your place is confirmed';
    case 'offered':
      return 'A place is offered to you';
    case 'waitlisted':
      return registration.waitlistPosition === null
        ? 'You are on the waiting list'
        : `You are on the waiting list, position ${registration.waitlistPosition}`;
    case 'pending':
      return "Awaiting the organisers' approval";
    case 'declined':
      return 'The organisers could not offer you a place';
    case 'cancelled':
      return 'Cancelled';
    case 'unconfirmed':
      return 'Your email address is not yet confirmed';
  }
}

function statusNote(registration: RegistrationView, event: EventView | null): string | null {
  switch (registration.status) {
    case 'confirmed':
      return registration.checkedInAt && event
        ? `Checked in on ${formatDay(registration.checkedInAt, event.timeZone)} at ${formatTime(registration.checkedInAt, event.timeZone)}.`
        : null;
    case 'offered':
      return registration.offerExpiresAt && event
        ? `It is held for you until ${formatDay(registration.offerExpiresAt, event.timeZone)} at ${formatTime(registration.offerExpiresAt, event.timeZone)}. After that it passes to the next person in line.`
        : 'It is held for you for a limited time.';
    case 'waitlisted':
      return "If a place becomes free, it's yours: we'll send you a mail.";
    case 'pending':
      return "The organisers approve each registration for this event. We'll send you a mail when they decide.";
    case 'unconfirmed':
      return registration.confirmBy && event
        ? `No place is held for you yet. Confirm your address before ${formatDay(registration.confirmBy, event.timeZone)} at ${formatTime(registration.confirmBy, event.timeZone)} to take a place, or a place on the waiting list if the event is full by then.`
        : 'No place is held for you yet. Confirm your address to take a place, or a place on the waiting list if the event is full by then.';
    default:
      return null;
  }
}

function workshopText(workshop: RegistrationView['workshops'][number]): string {
  switch (workshop.status) {
    case 'confirmed':
      return 'place confirmed';
    case 'waitlisted':
      return workshop.waitlistPosition === null ? 'on the waiting list' : `on the waiting list, position ${workshop.waitlistPosition}`;
    case 'requested':
      return 'requested: places are given out when your registration is confirmed';
    case 'cancelled':
      return 'cancelled';
  }
}

const active = (registration: RegistrationView) => registration.status !== 'cancelled' && registration.status !== 'declined';

function RegistrationDetails({
  registration,
  event,
  token,
  onCancelled,
}: {
  registration: RegistrationView;
  event: UseQueryResult<EventView>;
  token: string;
  onCancelled: (registration: RegistrationView) => void;
}) {
  const [cancelledHere, setCancelledHere] = useState(false);
  const [apologisedHere, setApologisedHere] = useState(false);
  const details = event.isSuccess ? event.data : null;
  const agenda = useQuery({ ...queries.agenda(details?.id ?? ''), enabled: Boolean(details && !details.restricted) }, queryClient);
  const changeable = active(registration) && details?.registrationOpen === true;
  // Once the meeting has taken place there is nothing left to give up or apologise for.
  const over = details?.ended === true;
  const eventPath = details ? `/events/${encodeURIComponent(details.slug)}` : null;
  const note = statusNote(registration, details);
  const workshops = active(registration) ? registration.workshops.filter((workshop) => workshop.status !== 'cancelled') : [];

  return (
    <>
      <h1>Your registration</h1>
      {details ? (
        <p className="lead">
          For <a href={eventPath!}>{details.title}</a>
        </p>
      ) : event.isPending ? (
        <p className="muted">Loading the event…</p>
      ) : null}

      <dl className="facts">
        {details && <EventFacts event={details} />}
        <div>
          <dt>Name</dt>
          <dd>{registration.name}</dd>
        </div>
        <div>
          <dt>Email address</dt>
          <dd>{registration.email ?? 'None given'}</dd>
        </div>
        {registration.organisationName && (
          <div>
            <dt>Organisation</dt>
            <dd>{registration.organisationName}</dd>
          </div>
        )}
        {registration.jobTitle && (
          <div>
            <dt>Job title</dt>
            <dd>{registration.jobTitle}</dd>
          </div>
        )}
        <div>
          <dt>Attending as</dt>
          <dd>{CATEGORY_LABEL.get(registration.category) ?? registration.category}</dd>
        </div>
        <div>
          <dt>Dietary needs</dt>
          <dd>{registration.dietaryNeeds ?? 'None given'}</dd>
        </div>
        <div>
          <dt>Access needs</dt>
          <dd className="address">{registration.accessNeeds ?? 'None given'}</dd>
        </div>
        <div>
          <dt>Attendee list</dt>
          <dd>{registration.showOnAttendeeList ? 'Your name is on the public attendee list' : 'Your name is not on the public attendee list'}</dd>
        </div>
      </dl>

      <section aria-labelledby="status-heading" className="section">
        <h2 id="status-heading">Status</h2>
        <div className={`registration-status registration-status-${registration.status}`}>
          <p className="registration-status-text">{statusText(registration)}</p>
          {note && <p>{note}</p>}
        </div>
      </section>

      {registration.status === 'confirmed' && !over && <CheckInCode id={registration.id} token={token} />}

      {registration.status === 'offered' && <AnswerOffer registration={registration} token={token} onAnswered={onCancelled} />}
      {registration.status === 'unconfirmed' && <ConfirmAddress registration={registration} token={token} onConfirmed={onCancelled} />}

      {workshops.length > 0 && (
        <section aria-labelledby="workshops-heading" className="section">
          <h2 id="workshops-heading">Your workshops</h2>
          <ul>
            {workshops.map((workshop) => (
              <li key={workshop.sessionId}>
                {workshop.title}: {workshopText(workshop)}
              </li>
            ))}
          </ul>
        </section>
      )}

      {changeable && !apologisedHere && (
        <ChangeRegistration registration={registration} token={token} workshops={workshopsOf(agenda)} timeZone={details.timeZone} onChanged={onCancelled} />
      )}

      <CalendarSection registration={registration} event={details} token={token} />

      {over && !apologisedHere && eventPath && (
        <p className="section">
          This meeting has taken place. Its minutes and liveblogs are on <a href={eventPath}>the event's page</a>.
        </p>
      )}

      {(apologisedHere || (!over && active(registration) && !cancelledHere && registration.status !== 'offered')) && (
        <ApologiesInstead
          registration={registration}
          token={token}
          onSent={(view) => {
            setApologisedHere(true);
            onCancelled(view);
          }}
        />
      )}

      {apologisedHere ? null : cancelledHere ? (
        <Cancelled email={registration.email} eventPath={eventPath} />
      ) : !over && active(registration) && registration.status !== 'offered' ? (
        <CancelRegistration
          registration={registration}
          token={token}
          onCancelled={(view) => {
            setCancelledHere(true);
            onCancelled(view);
          }}
        />
      ) : (
        registration.status === 'cancelled' &&
        eventPath &&
        details?.registrationOpen && (
          <p className="section">
            Changed your mind? You can <a href={eventPath}>register again on the event page</a>.
          </p>
        )
      )}
    </>
  );
}

function workshopsOf(agenda: UseQueryResult<Agenda>) {
  if (!agenda.isSuccess) return [];
  return agenda.data.days.flatMap((day) => day.sessions).filter((session) => session.kind === 'workshop');
}

function EventFacts({ event }: { event: EventView }) {
  return (
    <>
      <div>
        <dt>When</dt>
        <dd>
          <time dateTime={event.startsAt}>{formatWhen(event.startsAt, event.endsAt, event.timeZone)}</time>{' '}
          <span className="muted">({zoneLabel(event.timeZone)})</span>
        </dd>
      </div>
      {(event.venueName || event.venueAddress) && (
        <div>
          <dt>Where</dt>
          <dd className="address">{[event.venueName, event.venueAddress].filter(Boolean).join('\n')}</dd>
        </div>
      )}
    </>
  );
}

function problemOf(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.status === 0) return error.message;
    if (error.status === 404 || error.status === 400) return 'This link is not valid or has expired, so we could not cancel your registration.';
    if (error.status === 429) return 'Too many attempts. Wait a few minutes, then try again.';
    if (error.status < 500) return error.message;
  }
  return 'Sorry, we could not cancel your registration. Try again later.';
}

/** The link came to this address, so opening it and pressing the button proves the address. */
function ConfirmAddress({ registration, token, onConfirmed }: { registration: RegistrationView; token: string; onConfirmed: (registration: RegistrationView) => void }) {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);

  async function confirmAddress() {
    if (busy) return;
    setBusy(true);
    try {
      onConfirmed(await api.confirmAddress(registration.id, token));
    } catch (error) {
      setProblem(error instanceof ApiError && (error.status === 409 || error.status === 410) ? error.message : problemOf(error));
      setAttempt((n) => n + 1);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="confirm-address-heading" className="section">
      <h2 id="confirm-address-heading">Confirm your address</h2>
      <ErrorSummary id="confirm-address" items={[]} message={problem} attempt={attempt} />
      <button type="button" className="button" aria-disabled={busy || undefined} onClick={() => void confirmAddress()}>
        Confirm my address and take a place
      </button>
    </section>
  );
}

/** The place offered from the waiting list: take it, or let the next person have it. */
function AnswerOffer({ registration, token, onAnswered }: { registration: RegistrationView; token: string; onAnswered: (registration: RegistrationView) => void }) {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);

  async function answer(accept: boolean) {
    if (busy) return;
    setBusy(true);
    try {
      onAnswered(await api.answerOffer(registration.id, token, accept));
    } catch (error) {
      setProblem(error instanceof ApiError && error.status === 409 ? error.message : problemOf(error));
      setAttempt((n) => n + 1);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="offer-heading" className="section">
      <h2 id="offer-heading">Do you want the place?</h2>
      <ErrorSummary id="offer" items={[]} message={problem} attempt={attempt} />
      <div className="button-group">
        <button type="button" className="button" aria-disabled={busy || undefined} onClick={() => void answer(true)}>
          Accept the place
        </button>
        <button type="button" className="button button-warning" aria-disabled={busy || undefined} onClick={() => void answer(false)}>
          Decline it
        </button>
      </div>
    </section>
  );
}

type Step = 'idle' | 'asking' | 'cancelling';

/** "Cancel my registration", then a question in the page (no browser dialog) before anything happens. */
function CancelRegistration({
  registration,
  token,
  onCancelled,
}: {
  registration: RegistrationView;
  token: string;
  onCancelled: (registration: RegistrationView) => void;
}) {
  const [step, setStep] = useState<Step>('idle');
  const [problem, setProblem] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const start = useRef<HTMLButtonElement>(null);
  const question = useRef<HTMLHeadingElement>(null);
  // Where focus goes after a step changes: to the question when it opens, back to the button when it closes.
  const focusNext = useRef<'question' | 'start' | null>(null);

  useEffect(() => {
    if (focusNext.current === 'question') question.current?.focus();
    if (focusNext.current === 'start') start.current?.focus();
    focusNext.current = null;
  }, [step]);

  function ask() {
    focusNext.current = 'question';
    setProblem(null);
    setStep('asking');
  }

  function keep() {
    focusNext.current = 'start';
    setProblem(null);
    setStep('idle');
  }

  async function confirm() {
    if (step === 'cancelling') return;
    setStep('cancelling');
    try {
      onCancelled(await api.cancelRegistration(registration.id, token));
    } catch (error) {
      setProblem(problemOf(error));
      setAttempt((n) => n + 1);
      setStep('asking');
    }
  }

  const withWorkshops = registration.workshops.some((workshop) => workshop.status !== 'cancelled');
  return (
    <section aria-labelledby="cancel-heading" className="section">
      <h2 id="cancel-heading">Cancel your registration</h2>
      <p>
        If you can no longer come, please cancel: your place {withWorkshops ? 'and your workshop places go' : 'goes'} to the next person on the
        waiting list.
      </p>
      {step === 'idle' ? (
        <button ref={start} type="button" className="button button-warning" onClick={ask}>
          Cancel my registration
        </button>
      ) : (
        <div className="warning-panel">
          <ErrorSummary id="cancel" items={[]} message={problem} attempt={attempt} />
          <h3 ref={question} tabIndex={-1}>
            Are you sure you want to cancel your registration?
          </h3>
          <p>{consequence(registration)}</p>
          <div className="button-group">
            <button type="button" className="button button-warning" aria-disabled={step === 'cancelling' || undefined} onClick={confirm}>
              {step === 'cancelling' ? 'Cancelling…' : 'Yes, cancel'}
            </button>
            <button type="button" className="button button-secondary" disabled={step === 'cancelling'} onClick={keep}>
              No, keep my registration
            </button>
          </div>
        </div>
      )}
    </section>
  );
}

function consequence(registration: RegistrationView): string {
  if (registration.status === 'confirmed') return 'You will lose your place. If you register again later, you may have to join the waiting list.';
  if (registration.status === 'waitlisted') return 'You will leave the waiting list. If you register again later, you will join it at the back.';
  return 'Your request for a place will be withdrawn.';
}

function Cancelled({ email, eventPath }: { email: string | null; eventPath: string | null }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <div className="confirmation section" role="status">
      <h2 ref={heading} tabIndex={-1}>
        Your registration has been cancelled
      </h2>
      {email && <p>We've sent a confirmation to {email}.</p>}
      {eventPath && (
        <p>
          Changed your mind? You can <a href={eventPath}>register again on the event page</a> while registration is open.
        </p>
      )}
    </div>
  );
}
