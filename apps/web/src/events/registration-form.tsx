import { useEffect, useRef, useState, type FormEvent } from 'react';
import { ApiError, api, type AgendaSession, type Category, type EventView, type FieldErrors, type Registration, type RegistrationRequest } from '../api';
import { Checkbox, ErrorSummary, SelectField, TextField, byField, checkNameAndEmail, summaryItems, text } from './form-fields';
import { WorkshopChoices, chosenWorkshops } from './workshop-choices';

export const CATEGORIES: Array<[Category, string]> = [
  ['delegate', 'Delegate'],
  ['speaker', 'Speaker'],
  ['officer', 'Council officer'],
  ['commissioner', 'Commissioner'],
  ['press', 'Press'],
  ['observer', 'Observer'],
];

const FIELDS = ['name', 'email', 'organisationName', 'jobTitle', 'category', 'dietaryNeeds', 'accessNeeds', 'showOnAttendeeList', 'workshopIds'];
const ID = 'register';

type Outcome = { registration: Registration; existing: boolean; email: string };

function requestFrom(data: FormData, invitationToken: string | null): RegistrationRequest {
  const optional = (field: string) => text(data, field) || undefined;
  const workshopIds = chosenWorkshops(data);
  return {
    name: text(data, 'name'),
    email: text(data, 'email'),
    organisationName: optional('organisationName'),
    jobTitle: optional('jobTitle'),
    category: (text(data, 'category') || 'delegate') as Category,
    dietaryNeeds: optional('dietaryNeeds'),
    accessNeeds: optional('accessNeeds'),
    showOnAttendeeList: data.get('showOnAttendeeList') === 'on',
    workshopIds: workshopIds.length ? workshopIds : undefined,
    invitationToken: invitationToken ?? undefined,
  };
}

function problemOf(error: unknown): string {
  if (!(error instanceof ApiError)) return 'Something went wrong. Try again.';
  if (error.status === 409) return 'Registration for this event has closed.';
  if (error.status === 0) return error.message;
  if (error.status === 429) return 'Too many attempts. Wait a few minutes, then try again.';
  if (error.status >= 500) return 'Sorry, there is a problem with the service. Try again later.';
  return error.message;
}

/** `invitationToken`, from an invitation mail's link, goes with the registration for invitation-only events. */
export function RegistrationForm({
  event,
  workshops,
  invitationToken = null,
}: {
  event: EventView;
  workshops: AgendaSession[];
  invitationToken?: string | null;
}) {
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [submitting, setSubmitting] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  async function onSubmit(submitted: FormEvent<HTMLFormElement>) {
    submitted.preventDefault();
    if (submitting) return;
    const data = new FormData(submitted.currentTarget);
    const request = requestFrom(data, invitationToken);
    const local = checkNameAndEmail(data);
    if (Object.keys(local).length) {
      setAttempt((n) => n + 1);
      setErrors(local);
      setProblem(null);
      return;
    }
    setSubmitting(true);
    try {
      const result = await api.register(event.id, request);
      setOutcome({ ...result, email: request.email });
    } catch (error) {
      const details = error instanceof ApiError ? byField(error.details) : {};
      setAttempt((n) => n + 1);
      setErrors(details);
      setProblem(Object.keys(details).length ? null : problemOf(error));
    } finally {
      setSubmitting(false);
    }
  }

  if (outcome) return <Confirmation outcome={outcome} />;

  const full = event.placesLeft !== null && event.placesLeft <= 0;
  return (
    <form className="form" noValidate onSubmit={onSubmit} aria-labelledby="register-heading">
      <h2 id="register-heading">Register</h2>
      <ErrorSummary id={ID} items={summaryItems(errors, ID, FIELDS)} message={problem} attempt={attempt} />
      {full && <p className="notice">This event is full. If you register, you'll join the waiting list.</p>}
      <TextField id={`${ID}-name`} name="name" label="Full name" autoComplete="name" errors={errors.name} />
      <TextField
        id={`${ID}-email`}
        name="email"
        type="email"
        label="Email address"
        hint={invitationToken ? "The address your invitation was sent to. We'll send your confirmation there." : "We'll send your confirmation here."}
        autoComplete="email"
        errors={errors.email}
      />
      <TextField
        id={`${ID}-organisationName`}
        name="organisationName"
        label="Organisation (optional)"
        hint="For example, your council"
        autoComplete="organization"
        errors={errors.organisationName}
      />
      <TextField id={`${ID}-jobTitle`} name="jobTitle" label="Job title (optional)" autoComplete="organization-title" errors={errors.jobTitle} />
      <SelectField id={`${ID}-category`} name="category" label="Attending as" options={CATEGORIES} defaultValue="delegate" errors={errors.category} />
      <TextField
        id={`${ID}-dietaryNeeds`}
        name="dietaryNeeds"
        label="Dietary needs (optional)"
        hint="For example, vegetarian, halal or a nut allergy"
        errors={errors.dietaryNeeds}
      />
      <TextField
        id={`${ID}-accessNeeds`}
        name="accessNeeds"
        label="Access needs (optional)"
        hint="Anything that would help you take part, for example step-free access, a hearing loop or a BSL interpreter"
        errors={errors.accessNeeds}
        multiline
      />
      <Checkbox
        id={`${ID}-showOnAttendeeList`}
        name="showOnAttendeeList"
        label="Show my name on the public attendee list"
        hint="Your name and organisation will be listed where anyone can see them. Leave this unticked to stay off the list."
        errors={errors.showOnAttendeeList}
      />
      {workshops.length > 0 && <WorkshopChoices idPrefix={ID} workshops={workshops} timeZone={event.timeZone} errors={errors.workshopIds} />}
      <button id={`${ID}-submit`} type="submit" className="button" aria-disabled={submitting || undefined}>
        {submitting ? 'Registering…' : 'Register'}
      </button>
    </form>
  );
}

function headline(registration: Registration): string {
  switch (registration.status) {
    case 'confirmed':
      return "You're registered";
    case 'waitlisted':
      return registration.waitlistPosition === null ? "You're on the waiting list" : `You're on the waiting list (position ${registration.waitlistPosition})`;
    case 'pending':
      return 'Your registration is awaiting approval';
    case 'unconfirmed':
      return 'Now confirm your email address';
  }
}

function Confirmation({ outcome }: { outcome: Outcome }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const { registration, existing, email } = outcome;
  return (
    <div className="confirmation" role="status">
      <h2 ref={heading} tabIndex={-1}>
        {headline(registration)}
      </h2>
      {existing && <p>You had already registered with this email address, so we have kept your earlier registration.</p>}
      {registration.status === 'unconfirmed' ? (
        <p>
          We've sent a mail to {email}. This event is in high demand, so no place is held for you until you open the link in it
          and confirm your address.
        </p>
      ) : (
        <p>We've sent a confirmation to {email}.</p>
      )}
      {registration.workshops.length > 0 && (
        <>
          <h3>Your workshops</h3>
          <ul>
            {registration.workshops.map((workshop) => (
              <li key={workshop.sessionId}>
                {workshop.title}:{' '}
                {workshop.status === 'confirmed'
                  ? 'place confirmed'
                  : `on the waiting list${workshop.waitlistPosition === null ? '' : ` (position ${workshop.waitlistPosition})`}`}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
