// On the private registration page: change what was entered (needs, job title, the attendee-list
// choice, workshops) until registration closes, and send apologies instead of coming.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { ApiError, api, type AgendaSession, type FieldErrors, type RegistrationView } from '../api';
import { Checkbox, ErrorSummary, TextField, byField, summaryItems, text } from '../events/form-fields';
import { WorkshopChoices, chosenWorkshops } from '../events/workshop-choices';

const ID = 'change';
const FIELDS = ['jobTitle', 'dietaryNeeds', 'accessNeeds', 'showOnAttendeeList', 'workshopIds'];

function problemOf(error: unknown, doing: string): string {
  if (error instanceof ApiError) {
    if (error.status === 0) return error.message;
    if (error.status === 404 || error.status === 400) return `This link is not valid or has expired, so we could not ${doing}.`;
    if (error.status === 429) return 'Too many attempts. Wait a few minutes, then try again.';
    if (error.status < 500) return error.message;
  }
  return `Sorry, we could not ${doing}. Try again later.`;
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
      const details = error instanceof ApiError ? byField(error.details) : {};
      setErrors(details);
      setProblem(Object.keys(details).length ? null : problemOf(error, 'save your changes'));
      setAttempt((n) => n + 1);
    } finally {
      setSaving(false);
    }
  }

  const chosen = registration.workshops.filter((workshop) => workshop.status !== 'cancelled').map((workshop) => workshop.sessionId);
  return (
    <section aria-labelledby="change-heading" className="section">
      <h2 id="change-heading">Change your details</h2>
      {saved && !open && (
        <div className="confirmation" role="status">
          <h3 ref={savedHeading} tabIndex={-1}>
            Your changes are saved
          </h3>
          <p>We've sent you a mail with your registration as it is now.</p>
        </div>
      )}
      {!open ? (
        <>
          <p>You can change your needs, job title, the attendee list choice and your workshops until registration closes.</p>
          <button
            type="button"
            className="button button-secondary"
            onClick={() => {
              setSaved(false);
              setOpen(true);
            }}
          >
            Change your details
          </button>
        </>
      ) : (
        <form className="form" noValidate onSubmit={onSubmit} aria-labelledby="change-form-heading">
          <h3 id="change-form-heading" ref={formHeading} tabIndex={-1}>
            What would you like to change?
          </h3>
          <ErrorSummary id={ID} items={summaryItems(errors, ID, FIELDS)} message={problem} attempt={attempt} />
          <TextField id={`${ID}-jobTitle`} name="jobTitle" label="Job title (optional)" defaultValue={registration.jobTitle ?? ''} errors={errors.jobTitle} />
          <TextField
            id={`${ID}-dietaryNeeds`}
            name="dietaryNeeds"
            label="Dietary needs (optional)"
            hint="For example, vegetarian, halal or a nut allergy"
            defaultValue={registration.dietaryNeeds ?? ''}
            errors={errors.dietaryNeeds}
          />
          <TextField
            id={`${ID}-accessNeeds`}
            name="accessNeeds"
            label="Access needs (optional)"
            hint="Anything that would help you take part, for example step-free access, a hearing loop or a BSL interpreter"
            defaultValue={registration.accessNeeds ?? ''}
            errors={errors.accessNeeds}
            multiline
          />
          <Checkbox
            id={`${ID}-showOnAttendeeList`}
            name="showOnAttendeeList"
            label="Show my name on the public attendee list"
            defaultChecked={registration.showOnAttendeeList}
            errors={errors.showOnAttendeeList}
          />
          {workshops.length > 0 && <WorkshopChoices idPrefix={ID} workshops={workshops} timeZone={timeZone} chosen={chosen} errors={errors.workshopIds} />}
          <div className="button-group">
            <button type="submit" className="button" aria-disabled={saving || undefined}>
              {saving ? 'Saving…' : 'Save changes'}
            </button>
            <button type="button" className="button button-secondary" disabled={saving} onClick={() => setOpen(false)}>
              Keep things as they are
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
      setProblem(problemOf(error, 'send your apologies'));
      setAttempt((n) => n + 1);
      setStep('asking');
    }
  }

  if (step === 'sent') {
    return (
      <div className="confirmation section" role="status">
        <h2 ref={done} tabIndex={-1}>
          Your apologies are sent
        </h2>
        <p>Your place has gone back to the waiting list, and your apologies will be in the minutes.</p>
        {registration.email && <p>We've sent a confirmation to {registration.email}.</p>}
      </div>
    );
  }
  return (
    <section aria-labelledby="apologies-heading" className="section">
      <h2 id="apologies-heading">Can't come?</h2>
      <p>Send your apologies: they are recorded in the minutes, and your place goes to the next person on the waiting list.</p>
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
          Send apologies instead
        </button>
      ) : (
        <div className="warning-panel">
          <ErrorSummary id="apologies" items={[]} message={problem} attempt={attempt} />
          <h3 ref={question} tabIndex={-1}>
            Send apologies and give your place back?
          </h3>
          <p>
            {registration.status === 'confirmed'
              ? 'Your place goes to the next person on the waiting list. If you change your mind, you may have to join the waiting list.'
              : 'You will leave the waiting list.'}
          </p>
          <div className="button-group">
            <button type="button" className="button button-warning" aria-disabled={step === 'sending' || undefined} onClick={() => void send()}>
              {step === 'sending' ? 'Sending…' : 'Yes, send apologies'}
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
              No, keep my place
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
