import { useEffect, useRef, useState, type FormEvent } from 'react';
import { ApiError, api, type EventView, type FieldErrors } from '../api';
import { ErrorSummary, TextField, byField, checkNameAndEmail, summaryItems, text } from './form-fields';

const FIELDS = ['name', 'email', 'organisationName'];
const ID = 'apologies';

function problemOf(error: unknown): string {
  if (error instanceof ApiError && error.status > 0 && error.status < 500) return error.message;
  return 'We could not send your apologies. Try again later.';
}

/** "Can't come?": a disclosure with a three-field form, so it stays out of the way of registering. */
export function ApologiesForm({ event }: { event: EventView }) {
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [submitting, setSubmitting] = useState(false);
  const [sentTo, setSentTo] = useState<string | null>(null);

  async function onSubmit(submitted: FormEvent<HTMLFormElement>) {
    submitted.preventDefault();
    if (submitting) return;
    const data = new FormData(submitted.currentTarget);
    const local = checkNameAndEmail(data);
    if (Object.keys(local).length) {
      setAttempt((n) => n + 1);
      setErrors(local);
      setProblem(null);
      return;
    }
    setSubmitting(true);
    try {
      const email = text(data, 'email');
      await api.sendApologies(event.id, { name: text(data, 'name'), email, organisationName: text(data, 'organisationName') || undefined });
      setSentTo(email);
    } catch (error) {
      const details = error instanceof ApiError ? byField(error.details) : {};
      setAttempt((n) => n + 1);
      setErrors(details);
      setProblem(Object.keys(details).length ? null : problemOf(error));
    } finally {
      setSubmitting(false);
    }
  }

  return (
    <section aria-labelledby="apologies-heading" className="section">
      <h2 id="apologies-heading">Can't come?</h2>
      {sentTo ? (
        <ApologiesSent email={sentTo} />
      ) : (
        <details className="details">
          <summary className="details-summary">Send your apologies</summary>
          <form className="form details-body" noValidate onSubmit={onSubmit} aria-label="Send your apologies">
            <ErrorSummary id={ID} items={summaryItems(errors, ID, FIELDS)} message={problem} attempt={attempt} />
            <TextField id={`${ID}-name`} name="name" label="Full name" autoComplete="name" errors={errors.name} />
            <TextField id={`${ID}-email`} name="email" type="email" label="Email address" autoComplete="email" errors={errors.email} />
            <TextField
              id={`${ID}-organisationName`}
              name="organisationName"
              label="Organisation (optional)"
              autoComplete="organization"
              errors={errors.organisationName}
            />
            <button id={`${ID}-submit`} type="submit" className="button button-secondary" aria-disabled={submitting || undefined}>
              {submitting ? 'Sending…' : 'Send apologies'}
            </button>
          </form>
        </details>
      )}
    </section>
  );
}

function ApologiesSent({ email }: { email: string }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <div className="confirmation" role="status">
      <h3 ref={heading} tabIndex={-1}>
        Your apologies have been sent
      </h3>
      <p>Thank you for letting the organisers know. We've sent a mail to {email}: if that address has a place, the mail says how to give it back.</p>
    </div>
  );
}
