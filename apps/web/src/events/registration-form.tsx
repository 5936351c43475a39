import { useEffect, useRef, useState, type FormEvent } from 'react';
import { eventPageMessages } from '@convene/i18n/web/events.messages';
import { sharedMessages } from '@convene/i18n/web/shared.messages';
import { useMessages } from '../i18n/i18n';
import { apiErrorText } from '../api-errors';
import { ApiError, api, type AgendaSession, type Category, type EventView, type FieldErrors, type RegistrationRequest, type RegistrationView } from '../api';
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

type Outcome = { registration: RegistrationView; existing: boolean; email: string };

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

/** Who a person may attend as, in the order the form offers them. */
export const CATEGORY_VALUES: Category[] = ['delegate', 'speaker', 'officer', 'commissioner', 'press', 'observer'];

type Words = { t: (key: 'event.registrationClosed') => string; shared: (key: 'problem.generic' | 'problem.tooMany' | 'problem.service') => string };

function problemOf(error: unknown, { t, shared }: Words): string {
  if (!(error instanceof ApiError)) return shared('problem.generic');
  if (error.status === 409) return t('event.registrationClosed');
  if (error.status === 0) return apiErrorText(error);
  if (error.status === 429) return shared('problem.tooMany');
  if (error.status >= 500) return shared('problem.service');
  return apiErrorText(error);
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
  const { t } = useMessages(eventPageMessages);
  const shared = useMessages(sharedMessages);

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
      setProblem(Object.keys(details).length ? null : problemOf(error, { t, shared: shared.t }));
    } finally {
      setSubmitting(false);
    }
  }

  if (outcome) return <Confirmation outcome={outcome} />;

  const full = event.placesLeft !== null && event.placesLeft <= 0;
  return (
    <form className="form" noValidate onSubmit={onSubmit} aria-labelledby="register-heading">
      <h2 id="register-heading">{t('register.heading')}</h2>
      <ErrorSummary id={ID} items={summaryItems(errors, ID, FIELDS)} message={problem} attempt={attempt} />
      {full && <p className="notice">{t('register.full')}</p>}
      <TextField id={`${ID}-name`} name="name" label={shared.t('form.fullName')} autoComplete="name" errors={errors.name} />
      <TextField
        id={`${ID}-email`}
        name="email"
        type="email"
        label={shared.t('form.email')}
        hint={invitationToken ? t('register.emailHintInvited') : t('register.emailHint')}
        autoComplete="email"
        errors={errors.email}
      />
      <TextField
        id={`${ID}-organisationName`}
        name="organisationName"
        label={shared.t('form.organisationOptional')}
        hint={t('register.organisationHint')}
        autoComplete="organization"
        errors={errors.organisationName}
      />
      <TextField id={`${ID}-jobTitle`} name="jobTitle" label={t('register.jobTitle')} autoComplete="organization-title" errors={errors.jobTitle} />
      <SelectField id={`${ID}-category`} name="category" label={t('register.attendingAs')} options={CATEGORY_VALUES.map((category) => [category, shared.t('people.category', { category })])} defaultValue="delegate" errors={errors.category} />
      <TextField
        id={`${ID}-dietaryNeeds`}
        name="dietaryNeeds"
        label={t('register.dietary')}
        hint={t('register.dietaryHint')}
        errors={errors.dietaryNeeds}
      />
      <TextField
        id={`${ID}-accessNeeds`}
        name="accessNeeds"
        label={t('register.access')}
        hint={t('register.accessHint')}
        errors={errors.accessNeeds}
        multiline
      />
      <Checkbox
        id={`${ID}-showOnAttendeeList`}
        name="showOnAttendeeList"
        label={t('register.attendeeList')}
        hint={t('register.attendeeListHint')}
        errors={errors.showOnAttendeeList}
      />
      {workshops.length > 0 && <WorkshopChoices idPrefix={ID} workshops={workshops} timeZone={event.timeZone} errors={errors.workshopIds} />}
      <button id={`${ID}-submit`} type="submit" className="button" aria-disabled={submitting || undefined}>
        {submitting ? t('register.registering') : t('register.heading')}
      </button>
    </form>
  );
}

function Confirmation({ outcome }: { outcome: Outcome }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const { registration, existing, email } = outcome;
  const { t } = useMessages(eventPageMessages);
  return (
    <div className="confirmation" role="status">
      <h2 ref={heading} tabIndex={-1}>
        {t('register.outcome', { status: registration.status, position: registration.waitlistPosition ?? 'none' })}
      </h2>
      {existing && <p>{t('register.existing')}</p>}
      {registration.status === 'unconfirmed' ? (
        <p>{t('register.confirmAddress', { email })}</p>
      ) : (
        <p>{t('register.sentConfirmation', { email })}</p>
      )}
      {registration.workshops.length > 0 && (
        <>
          <h3>{t('register.yourWorkshops')}</h3>
          <ul>
            {registration.workshops.map((workshop) => (
              <li key={workshop.sessionId}>
                {t('register.workshop', { workshop: workshop.title, status: workshop.status, position: workshop.waitlistPosition ?? 'none' })}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
