// The page behind the private link in every registration mail (and, for its holder signed in, behind
// My registrations, without the link): see the registration (needs and
// workshops too) and change it, send apologies, cancel it, accept or decline a place offered from
// the waiting list, and subscribe to the calendar feeds.
// The link's token is a password: it goes to the API in the query string and nowhere else
// (not into the page's text, the title, or the console).
import './registration.css';
import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { queries, queryClient } from '../queries';
import { useEffect, useRef, useState } from 'react';
import { ApiError, api, type Agenda, type EventView, type RegistrationView } from '../api';
import { eventPageMessages } from '@convene/i18n/web/events.messages';
import { registrationMessages } from '@convene/i18n/web/registration.messages';
import { sharedMessages } from '@convene/i18n/web/shared.messages';
import { apiErrorText } from '../api-errors';
import { useConfirmStep } from '../events/confirm-step';
import { ErrorSummary } from '../events/form-fields';
import { Content, contentIn, langOf, titleIn } from '../events/in-language';
import { formatDay, formatTime, formatWhen, zoneLabel } from '../format';
import { useMessages, type Messages } from '../i18n/i18n';
import { useSearchParam } from '../navigation';
import { useSignedIn } from '../auth';
import { CheckInCode } from './check-in-code';
import { CalendarSection } from './registration-calendar';
import { ApologiesInstead, ChangeRegistration } from './registration-changes';
import { registrationProblem } from './registration-problem';
import { useDocumentTitle } from '../site';

// My registrations loads with this page (routes.tsx says why); each of its items opens this page.
export { MyRegistrationsPage } from './my-registrations-page';

type Words = Messages<keyof typeof registrationMessages>;

export function RegistrationPage({ id }: { id: string }) {
  const { t } = useMessages(registrationMessages);
  const shared = useMessages(sharedMessages);
  const linkToken = useSearchParam('token');
  // Without the mailed link's token, the holder signed in opens their own (from My registrations).
  const signedIn = useSignedIn();
  const token = linkToken ?? (signedIn.state === 'signed-in' ? '' : null);
  const loaded = useQuery({ ...queries.registration(id, token ?? ''), enabled: token !== null }, queryClient);
  // The registration as the last answer had it: the cancel answer replaces what was loaded.
  const [updated, setUpdated] = useState<RegistrationView | null>(null);
  const registration = updated ?? (loaded.isSuccess ? loaded.data : null);
  const event = useQuery({ ...queries.event(registration?.eventId ?? ''), enabled: Boolean(registration) }, queryClient);

  const invalid = (token === null && signedIn.state !== 'loading') || (loaded.isError && (loaded.error.status === 404 || loaded.error.status === 400));
  useDocumentTitle(invalid ? t('registration.linkInvalidTitle') : loaded.isError ? shared.t('problem.heading') : t('registration.title'));

  if (invalid) return <InvalidLink />;
  if (registration && token !== null) {
    return <RegistrationDetails registration={registration} event={event} token={token} onCancelled={setUpdated} />;
  }
  if (loaded.isError) {
    return (
      <>
        <h1>{shared.t('problem.heading')}</h1>
        <p>{t('registration.loadFailed', { offline: loaded.error.status === 0 ? 'yes' : 'no' })}</p>
      </>
    );
  }
  return <p className="muted">{t('registration.loading')}</p>;
}

function InvalidLink() {
  const { t } = useMessages(registrationMessages);
  const shared = useMessages(sharedMessages);
  return (
    <>
      <h1>{t('registration.invalid.heading')}</h1>
      <p>{t('registration.invalid.wholeLink')}</p>
      <p>{t('registration.invalid.reply')}</p>
      <p>
        <a href="/">{shared.t('link.upcomingEvents')}</a>
      </p>
    </>
  );
}

function statusText(registration: RegistrationView, t: Words['t']): string {
  if (registration.status === 'waitlisted' && registration.waitlistPosition !== null) return t('registration.status.position', { position: registration.waitlistPosition });
  return t('registration.status', { status: registration.status });
}

function statusNote(registration: RegistrationView, event: EventView | null, t: Words['t']): string | null {
  const at = (instant: string, zone: string) => ({ day: formatDay(instant, zone), time: formatTime(instant, zone) });
  switch (registration.status) {
    case 'confirmed':
      return registration.checkedInAt && event ? t('registration.note.checkedIn', at(registration.checkedInAt, event.timeZone)) : null;
    case 'offered':
      return registration.offerExpiresAt && event ? t('registration.note.offerUntil', at(registration.offerExpiresAt, event.timeZone)) : t('registration.note.offer');
    case 'waitlisted':
      return t('registration.note.waitlisted');
    case 'pending':
      return t('registration.note.pending');
    case 'unconfirmed':
      return registration.confirmBy && event ? t('registration.note.confirmBy', at(registration.confirmBy, event.timeZone)) : t('registration.note.confirm');
    default:
      return null;
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
  const { t, rich, language } = useMessages(registrationMessages);
  const event_ = useMessages(eventPageMessages);
  const shared = useMessages(sharedMessages);
  const [cancelledHere, setCancelledHere] = useState(false);
  const [apologisedHere, setApologisedHere] = useState(false);
  const details = event.isSuccess ? event.data : null;
  const agenda = useQuery({ ...queries.agenda(details?.id ?? ''), enabled: Boolean(details && !details.restricted) }, queryClient);
  const changeable = active(registration) && details?.registrationOpen === true;
  // Once the meeting has taken place there is nothing left to give up or apologise for.
  const over = details?.ended === true;
  const eventPath = details ? `/events/${encodeURIComponent(details.slug)}` : null;
  const note = statusNote(registration, details, t);
  const title = details ? titleIn(language, details.title, details.titleCy) : null;
  const link = (href: string) => (parts: React.ReactNode[]) => <a href={href}>{parts}</a>;
  const workshops = active(registration) ? registration.workshops.filter((workshop) => workshop.status !== 'cancelled') : [];

  return (
    <>
      <h1>{t('registration.title')}</h1>
      {details && eventPath && title ? (
        <p className="lead">{rich('registration.for', { title: title.text, link: (parts) => <a href={eventPath} lang={langOf(title, language)}>{parts}</a> })}</p>
      ) : event.isPending ? (
        <p className="muted">{event_.t('event.loading')}</p>
      ) : null}

      <dl className="facts">
        {details && <EventFacts event={details} />}
        <div>
          <dt>{t('registration.name')}</dt>
          <dd>{registration.name}</dd>
        </div>
        <div>
          <dt>{t('registration.email')}</dt>
          <dd>{registration.email ?? t('registration.noneGiven')}</dd>
        </div>
        {registration.organisationName && (
          <div>
            <dt>{t('registration.organisation')}</dt>
            <dd>{registration.organisationName}</dd>
          </div>
        )}
        {registration.jobTitle && (
          <div>
            <dt>{t('registration.jobTitle')}</dt>
            <dd>{registration.jobTitle}</dd>
          </div>
        )}
        <div>
          <dt>{event_.t('register.attendingAs')}</dt>
          <dd>{shared.t('people.category', { category: registration.category })}</dd>
        </div>
        <div>
          <dt>{t('registration.dietary')}</dt>
          <dd>{registration.dietaryNeeds ?? t('registration.noneGiven')}</dd>
        </div>
        <div>
          <dt>{t('registration.access')}</dt>
          <dd className="address">{registration.accessNeeds ?? t('registration.noneGiven')}</dd>
        </div>
        <div>
          <dt>{t('registration.attendeeList')}</dt>
          <dd>{t('registration.onList', { shown: registration.showOnAttendeeList ? 'yes' : 'no' })}</dd>
        </div>
      </dl>

      <section aria-labelledby="status-heading" className="section">
        <h2 id="status-heading">{t('registration.statusHeading')}</h2>
        <div className={`registration-status registration-status-${registration.status}`}>
          <p className="registration-status-text">{statusText(registration, t)}</p>
          {note && <p>{note}</p>}
        </div>
      </section>

      {registration.status === 'confirmed' && !over && <CheckInCode id={registration.id} token={token} />}

      {registration.status === 'offered' && <AnswerOffer registration={registration} token={token} onAnswered={onCancelled} />}
      {registration.status === 'unconfirmed' && <ConfirmAddress registration={registration} token={token} onConfirmed={onCancelled} />}

      {workshops.length > 0 && (
        <section aria-labelledby="workshops-heading" className="section">
          <h2 id="workshops-heading">{event_.t('register.yourWorkshops')}</h2>
          <ul>
            {workshops.map((workshop) => (
              <li key={workshop.sessionId}>
                {t('registration.workshop', {
                  workshop: workshop.title,
                  status: workshop.status,
                  position: workshop.status === 'waitlisted' && workshop.waitlistPosition !== null ? workshop.waitlistPosition : 'none',
                })}
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
        <p className="section">{rich('registration.over', { link: link(eventPath) })}</p>
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
          <p className="section">{rich('registration.registerAgain', { link: link(eventPath) })}</p>
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
  const { t, language } = useMessages(eventPageMessages);
  const venue = [contentIn(language, event.venueName, event.venueNameCy), contentIn(language, event.venueAddress, event.venueAddressCy)].filter((part) => part !== null);
  return (
    <>
      <div>
        <dt>{t('event.when')}</dt>
        <dd>
          <time dateTime={event.startsAt}>{formatWhen(event.startsAt, event.endsAt, event.timeZone)}</time>{' '}
          <span className="muted">({zoneLabel(event.timeZone)})</span>
        </dd>
      </div>
      {venue.length > 0 && (
        <div>
          <dt>{t('event.where')}</dt>
          <dd className="address">
            {venue.map((part, index) => (
              <span key={index}>
                {index > 0 && '\n'}
                <Content part={part} />
              </span>
            ))}
          </dd>
        </div>
      )}
    </>
  );
}

/** The link came to this address, so opening it and pressing the button proves the address. */
function ConfirmAddress({ registration, token, onConfirmed }: { registration: RegistrationView; token: string; onConfirmed: (registration: RegistrationView) => void }) {
  const { t } = useMessages(registrationMessages);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);

  async function confirmAddress() {
    if (busy) return;
    setBusy(true);
    try {
      onConfirmed(await api.confirmAddress(registration.id, token));
    } catch (error) {
      setProblem(error instanceof ApiError && (error.status === 409 || error.status === 410) ? apiErrorText(error) : registrationProblem(error, 'confirm'));
      setAttempt((n) => n + 1);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="confirm-address-heading" className="section">
      <h2 id="confirm-address-heading">{t('registration.confirmAddress.heading')}</h2>
      <ErrorSummary id="confirm-address" items={[]} message={problem} attempt={attempt} />
      <button type="button" className="button" aria-disabled={busy || undefined} onClick={() => void confirmAddress()}>
        {t('registration.confirmAddress.button')}
      </button>
    </section>
  );
}

/** The place offered from the waiting list: take it, or let the next person have it. */
function AnswerOffer({ registration, token, onAnswered }: { registration: RegistrationView; token: string; onAnswered: (registration: RegistrationView) => void }) {
  const { t } = useMessages(registrationMessages);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);

  async function answer(accept: boolean) {
    if (busy) return;
    setBusy(true);
    try {
      onAnswered(await api.answerOffer(registration.id, token, accept));
    } catch (error) {
      setProblem(error instanceof ApiError && error.status === 409 ? apiErrorText(error) : registrationProblem(error, 'offer'));
      setAttempt((n) => n + 1);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="offer-heading" className="section">
      <h2 id="offer-heading">{t('registration.offer.heading')}</h2>
      <ErrorSummary id="offer" items={[]} message={problem} attempt={attempt} />
      <div className="button-group">
        <button type="button" className="button" aria-disabled={busy || undefined} onClick={() => void answer(true)}>
          {t('registration.offer.accept')}
        </button>
        <button type="button" className="button button-warning" aria-disabled={busy || undefined} onClick={() => void answer(false)}>
          {t('registration.offer.decline')}
        </button>
      </div>
    </section>
  );
}

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
  const { t } = useMessages(registrationMessages);
  const { step, problem, attempt, start, question, ask, keep, confirm } = useConfirmStep(
    async () => onCancelled(await api.cancelRegistration(registration.id, token)),
    (error) => registrationProblem(error, 'cancel'),
  );

  const withWorkshops = registration.workshops.some((workshop) => workshop.status !== 'cancelled');
  return (
    <section aria-labelledby="cancel-heading" className="section">
      <h2 id="cancel-heading">{t('registration.cancel.heading')}</h2>
      <p>{t('registration.cancel.intro', { workshops: withWorkshops ? 'yes' : 'no' })}</p>
      {step === 'idle' ? (
        <button ref={start} type="button" className="button button-warning" onClick={ask}>
          {t('registration.cancel.start')}
        </button>
      ) : (
        <div className="warning-panel">
          <ErrorSummary id="cancel" items={[]} message={problem} attempt={attempt} />
          <h3 ref={question} tabIndex={-1}>
            {t('registration.cancel.question')}
          </h3>
          <p>{t('registration.cancel.consequence', { status: registration.status })}</p>
          <div className="button-group">
            <button type="button" className="button button-warning" aria-disabled={step === 'acting' || undefined} onClick={confirm}>
              {step === 'acting' ? t('registration.cancel.cancelling') : t('registration.cancel.yes')}
            </button>
            <button type="button" className="button button-secondary" disabled={step === 'acting'} onClick={keep}>
              {t('registration.cancel.no')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}

function Cancelled({ email, eventPath }: { email: string | null; eventPath: string | null }) {
  const { t, rich } = useMessages(registrationMessages);
  const event = useMessages(eventPageMessages);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <div className="confirmation section" role="status">
      <h2 ref={heading} tabIndex={-1}>
        {t('registration.cancel.done')}
      </h2>
      {email && <p>{event.t('register.sentConfirmation', { email })}</p>}
      {eventPath && <p>{rich('registration.registerAgainWhileOpen', { link: (parts) => <a href={eventPath}>{parts}</a> })}</p>}
    </div>
  );
}
