// On the private registration page: change what was entered (needs, job title, the attendee-list
// choice, workshops) until registration closes, and send apologies instead of coming.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { eventPageMessages } from '@convene/i18n/web/events.messages';
import { registrationMessages } from '@convene/i18n/web/registration.messages';
import { sharedMessages } from '@convene/i18n/web/shared.messages';
import { ApiError, api, type AgendaSession, type FieldErrors, type RegistrationView } from '../api';
import { Checkbox, ErrorSummary, TextField, byField, summaryItems, text } from '../events/form-fields';
import { WorkshopChoices, chosenWorkshops } from '../events/workshop-choices';
import { useMessages } from '../i18n/i18n';
import { registrationProblem } from './registration-problem';

const ID = 'change';
const FIELDS = ['jobTitle', 'dietaryNeeds', 'accessNeeds', 'showOnAttendeeList', 'workshopIds'];

type Key = keyof typeof registrationMessages;

/** The API's field errors are for programs (class-validator's English): each field gets the page's own sentence. */
const OUR_WORDS: Record<string, Key> = {
  jobTitle: 'registration.change.jobTitleInvalid',
  dietaryNeeds: 'registration.change.dietaryInvalid',
  accessNeeds: 'registration.change.accessInvalid',
  workshopIds: 'registration.change.workshopsInvalid',
};

function inOurWords(errors: FieldErrors, t: (key: Key) => string): FieldErrors {
  return Object.fromEntries(Object.entries(errors).map(([field, messages]) => [field, OUR_WORDS[field] ? [t(OUR_WORDS[field])] : messages]));
}

/** "Change your details": a button, then the form with what was entered; saved through the private link. */
export function ChangeRegistration({
  registration,
  token,
  workshops,
  timeZone,
  onChanged,
}: {
  registration: RegistrationView;
  token: string;
  workshops: AgendaSession[];
  timeZone: string;
  onChanged: (registration: RegistrationView) => void;
}) {
  const { t } = useMessages(registrationMessages);
  const event = useMessages(eventPageMessages);
  const [open, setOpen] = useState(false);
  const [saved, setSaved] = useState(false);
  const [saving, setSaving] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const formHeading = useRef<HTMLHeadingElement>(null);
  const savedHeading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (open) formHeading.current?.focus();
  }, [open]);
  useEffect(() => {
    if (saved) savedHeading.current?.focus();
  }, [saved]);

  async function onSubmit(submitted: FormEvent<HTMLFormElement>) {
    submitted.preventDefault();
    if (saving) return;
    const data = new FormData(submitted.currentTarget);
    setSaving(true);
    try {
      const changed = await api.changeRegistration(registration.id, token, {
        jobTitle: text(data, 'jobTitle') || null,
        dietaryNeeds: text(data, 'dietaryNeeds') || null,
        accessNeeds: text(data, 'accessNeeds') || null,
        showOnAttendeeList: data.get('showOnAttendeeList') === 'on',
        ...(workshops.length ? { workshopIds: chosenWorkshops(data) } : {}),
      });
      onChanged(changed);
      setErrors({});
      setProblem(null);
      setOpen(false);
      setSaved(true);
    } catch (error) {
      const details = error instanceof ApiError ? inOurWords(byField(error.details), t) : {};
      setErrors(details);
      setProblem(Object.keys(details).length ? null : registrationProblem(error, 'save'));
      setAttempt((n) => n + 1);
    } finally {
      setSaving(false);
    }
  }

  const chosen = registration.workshops.filter((workshop) => workshop.status !== 'cancelled').map((workshop) => workshop.sessionId);
  return (
    <section aria-labelledby="change-heading" className="section">
      <h2 id="change-heading">{t('registration.change.heading')}</h2>
      {saved && !open && (
        <div className="confirmation" role="status">
          <h3 ref={savedHeading} tabIndex={-1}>
            {t('registration.change.saved')}
          </h3>
          <p>{t('registration.change.mailed')}</p>
        </div>
      )}
      {!open ? (
        <>
          <p>{t('registration.change.intro')}</p>
          <button
            type="button"
            className="button button-secondary"
            onClick={() => {
              setSaved(false);
              setOpen(true);
            }}
          >
            {t('registration.change.heading')}
          </button>
        </>
      ) : (
        <form className="form" noValidate onSubmit={onSubmit} aria-labelledby="change-form-heading">
          <h3 id="change-form-heading" ref={formHeading} tabIndex={-1}>
            {t('registration.change.question')}
          </h3>
          <ErrorSummary id={ID} items={summaryItems(errors, ID, FIELDS)} message={problem} attempt={attempt} />
          <TextField id={`${ID}-jobTitle`} name="jobTitle" label={event.t('register.jobTitle')} defaultValue={registration.jobTitle ?? ''} errors={errors.jobTitle} />
          <TextField
            id={`${ID}-dietaryNeeds`}
            name="dietaryNeeds"
            label={event.t('register.dietary')}
            hint={event.t('register.dietaryHint')}
            defaultValue={registration.dietaryNeeds ?? ''}
            errors={errors.dietaryNeeds}
          />
          <TextField
            id={`${ID}-accessNeeds`}
            name="accessNeeds"
            label={event.t('register.access')}
            hint={event.t('register.accessHint')}
            defaultValue={registration.accessNeeds ?? ''}
            errors={errors.accessNeeds}
            multiline
          />
          <Checkbox
            id={`${ID}-showOnAttendeeList`}
            name="showOnAttendeeList"
            label={event.t('register.attendeeList')}
            defaultChecked={registration.showOnAttendeeList}
            errors={errors.showOnAttendeeList}
          />
          {workshops.length > 0 && <WorkshopChoices idPrefix={ID} workshops={workshops} timeZone={timeZone} chosen={chosen} errors={errors.workshopIds} />}
          <div className="button-group">
            <button type="submit" className="button" aria-disabled={saving || undefined}>
              {saving ? t('registration.change.saving') : t('registration.change.save')}
            </button>
            <button type="button" className="button button-secondary" disabled={saving} onClick={() => setOpen(false)}>
              {t('registration.change.keep')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}

/** "Send apologies instead": asks first (the place goes back to the waiting list), then sends. */
export function ApologiesInstead({
  registration,
  token,
  onSent,
}: {
  registration: RegistrationView;
  token: string;
  onSent: (registration: RegistrationView) => void;
}) {
  const { t } = useMessages(registrationMessages);
  const event = useMessages(eventPageMessages);
  const shared = useMessages(sharedMessages);
  const [step, setStep] = useState<'idle' | 'asking' | 'sending' | 'sent'>('idle');
  const [problem, setProblem] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const question = useRef<HTMLHeadingElement>(null);
  const done = useRef<HTMLHeadingElement>(null);
  const start = useRef<HTMLButtonElement>(null);
  const focusNext = useRef<'question' | 'start' | null>(null);

  useEffect(() => {
    if (step === 'asking' && focusNext.current === 'question') question.current?.focus();
    if (step === 'idle' && focusNext.current === 'start') start.current?.focus();
    if (step === 'sent') done.current?.focus();
    focusNext.current = null;
  }, [step]);

  async function send() {
    if (step === 'sending') return;
    setStep('sending');
    try {
      onSent(await api.apologiesInstead(registration.id, token));
      setStep('sent');
    } catch (error) {
      setProblem(registrationProblem(error, 'apologies'));
      setAttempt((n) => n + 1);
      setStep('asking');
    }
  }

  if (step === 'sent') {
    return (
      <div className="confirmation section" role="status">
        <h2 ref={done} tabIndex={-1}>
          {t('registration.apologies.sent')}
        </h2>
        <p>{t('registration.apologies.sentBody')}</p>
        {registration.email && <p>{event.t('register.sentConfirmation', { email: registration.email })}</p>}
      </div>
    );
  }
  return (
    <section aria-labelledby="apologies-heading" className="section">
      <h2 id="apologies-heading">{event.t('apologies.heading')}</h2>
      <p>{t('registration.apologies.intro')}</p>
      {step === 'idle' ? (
        <button
          ref={start}
          type="button"
          className="button button-secondary"
          onClick={() => {
            focusNext.current = 'question';
            setProblem(null);
            setStep('asking');
          }}
        >
          {t('registration.apologies.start')}
        </button>
      ) : (
        <div className="warning-panel">
          <ErrorSummary id="apologies" items={[]} message={problem} attempt={attempt} />
          <h3 ref={question} tabIndex={-1}>
            {t('registration.apologies.question')}
          </h3>
          <p>
            {t('registration.apologies.consequence', { status: registration.status === 'confirmed' ? 'confirmed' : 'other' })}
          </p>
          <div className="button-group">
            <button type="button" className="button button-warning" aria-disabled={step === 'sending' || undefined} onClick={() => void send()}>
              {step === 'sending' ? shared.t('form.sending') : t('registration.apologies.yes')}
            </button>
            <button
              type="button"
              className="button button-secondary"
              disabled={step === 'sending'}
              onClick={() => {
                focusNext.current = 'start';
                setStep('idle');
              }}
            >
              {t('registration.apologies.no')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
