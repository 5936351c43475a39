import { createTranslator } from '@convene/i18n';
import { sharedMessages } from '@convene/i18n/web/shared.messages';
import type { ReactNode } from 'react';
import { apiErrorText } from '../api-errors';
import { currentLanguage } from '../i18n/language-store';
import { ApiError, type EventKind, type EventStatus, type EventVisibility, type Me, type SessionKind } from '../api';
import { canOrganise, signInPath, useSignedIn } from '../auth';
import { ErrorMessage } from '../events/form-fields';
import type { LocalDateTime } from '../local-time';

const sharedT = createTranslator(sharedMessages);

export const EVENT_KINDS: Array<[EventKind, string]> = [
  ['network_forum', 'Network forum'],
  ['policy_roundtable', 'Policy roundtable'],
  ['conference', 'Conference'],
  ['plenary', 'Plenary'],
  ['committee_meeting', 'Committee meeting'],
  ['citizens_commission', "Citizens' commission"],
  ['workshop', 'Workshop'],
  ['other', 'Other'],
];

export const SESSION_KINDS: Array<[SessionKind, string]> = [
  ['plenary', 'Plenary'],
  ['panel', 'Panel'],
  ['workshop', 'Workshop'],
  ['roundtable', 'Roundtable'],
  ['break', 'Break'],
  ['other', 'Other'],
];

export const VISIBILITIES: Array<[EventVisibility, string]> = [
  ['public', 'Public: anyone can see it and register'],
  ['members', 'Member councils only'],
  ['invitation', 'By invitation only'],
];

export const STATUS_LABEL: Record<EventStatus, string> = {
  draft: 'Draft',
  published: 'Published',
  cancelled: 'Cancelled',
};

export const kindLabel = (kind: string) => EVENT_KINDS.find(([value]) => value === kind)?.[1] ?? kind;

/**
 * A message for an answer that is not about one field, in the reader's language. `what` is the
 * action that failed, already in that language ("send your correction").
 */
export function problemOf(error: unknown, what: string): string {
  const language = currentLanguage();
  if (!(error instanceof ApiError)) return sharedT(language, 'problem.couldNot', { what });
  if (error.status === 0) return apiErrorText(error, language);
  if (error.status === 401) return sharedT(language, 'problem.signedOut');
  if (error.status === 403) return sharedT(language, 'problem.onlyOrganisers', { what });
  if (error.status === 429) return sharedT(language, 'problem.tooMany');
  if (error.status >= 500) return sharedT(language, 'problem.serviceCouldNot', { what });
  return apiErrorText(error, language);
}

/**
 * A live region that is always in the page (so screen readers announce what appears in it) and
 * shows the outcome of the last action.
 */
export function Outcome({ message, tone = 'ok' }: { message: string | null; tone?: 'ok' | 'bad' }) {
  return (
    <div role="status" aria-live="polite" className={message ? `outcome outcome-${tone}` : 'outcome-empty'}>
      {message}
    </div>
  );
}

/** Shows the page to organisers and admins; asks others to sign in, or says politely why not. */
export function OrganiserGate({ children }: { children: (person: Me) => ReactNode }) {
  const signedIn = useSignedIn();
  if (signedIn.state === 'loading') return <p className="muted">Checking who is signed in…</p>;
  if (signedIn.state === 'failed') {
    return (
      <>
        <h1>Sorry, there is a problem</h1>
        <p>We could not check who is signed in. Try again in a moment.</p>
      </>
    );
  }
  if (signedIn.state === 'signed-out') {
    return (
      <>
        <h1>Sign in to organise events</h1>
        <p>Organising events is for the network's organisers. Sign in with your email address and we'll send you a code.</p>
        <p>
          <a className="button-link" href={signInPath()}>
            Sign in
          </a>
        </p>
      </>
    );
  }
  if (!canOrganise(signedIn.person)) {
    return (
      <>
        <h1>You need to be an organiser</h1>
        <p>
          You're signed in as {signedIn.person.name}, but organising events is for the network's organisers. If you need to run an event,
          ask the network administrator to make you an organiser.
        </p>
        <p>
          <a href="/">See upcoming events</a>
        </p>
      </>
    );
  }
  return <>{children(signedIn.person)}</>;
}

/** A date and a time in the event's zone, in one fieldset: `id` is the date box (errors link there), `${id}-time` the time box. */
export function DateTimeField({
  id,
  name,
  legend,
  zone,
  errors,
  defaultValue,
}: {
  id: string;
  name: string;
  legend: string;
  zone: string;
  errors?: string[];
  defaultValue?: LocalDateTime;
}) {
  const invalid = Boolean(errors?.length);
  return (
    <fieldset
      className={`fieldset form-group${invalid ? ' form-group-error' : ''}`}
      aria-describedby={`${id}-hint${invalid ? ` ${id}-error` : ''}`}
    >
      <legend className="label">{legend}</legend>
      <p id={`${id}-hint`} className="hint">
        In {zone}, for example 1 July 2027 at 10:00
      </p>
      <ErrorMessage id={id} errors={errors} />
      <div className="date-time">
        <div>
          <label htmlFor={id} className="label label-small">
            Date
          </label>
          <input
            id={id}
            name={`${name}Date`}
            type="date"
            defaultValue={defaultValue?.date}
            className={`input input-date${invalid ? ' input-error' : ''}`}
            aria-invalid={invalid || undefined}
          />
        </div>
        <div>
          <label htmlFor={`${id}-time`} className="label label-small">
            Time
          </label>
          <input
            id={`${id}-time`}
            name={`${name}Time`}
            type="time"
            defaultValue={defaultValue?.time}
            className={`input input-time${invalid ? ' input-error' : ''}`}
            aria-invalid={invalid || undefined}
          />
        </div>
      </div>
    </fieldset>
  );
}

export const LOCAL_TIME_PROBLEM = {
  missing: 'Enter a date and a time',
  invalid: 'Enter a real date and time',
  skipped: 'That time does not exist on that day, as the clocks go forward. Choose a later time',
} as const;
