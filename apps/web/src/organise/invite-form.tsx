// "Invite someone": a single-use, expiring invitation link goes to them by mail.
import { useState, type FormEvent } from 'react';
import { ApiError, api, type EventView, type FieldErrors } from '../api';
import { ErrorSummary, TextField, byField, summaryItems, text } from '../events/form-fields';
import { Outcome, problemOf } from './common';

const ID = 'invite';
const FIELDS = ['email', 'name'];

export function InviteForm({ event }: { event: EventView }) {
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [submitting, setSubmitting] = useState(false);
  const [sent, setSent] = useState<string | null>(null);

  async function onSubmit(submitted: FormEvent<HTMLFormElement>) {
    submitted.preventDefault();
    if (submitting) return;
    const form = submitted.currentTarget;
    const data = new FormData(form);
    const email = text(data, 'email');
    const name = text(data, 'name');
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
      setAttempt((n) => n + 1);
      setErrors({ email: [email ? 'Enter an email address in the correct format, like name@example.org' : 'Enter their email address'] });
      setProblem(null);
      return;
    }
    setSubmitting(true);
    setSent(null);
    try {
      await api.invite(event.id, email, name || undefined);
      setErrors({});
      setProblem(null);
      form.reset();
      setSent(`An invitation has been sent to ${email}.`);
    } catch (error) {
      const details = error instanceof ApiError ? byField(error.details) : {};
      setAttempt((n) => n + 1);
      setErrors(details);
      setProblem(Object.keys(details).length ? null : problemOf(error, 'invite people to this event'));
    } finally {
      setSubmitting(false);
    }
  }

  return (
    <div className="section">
      <form className="form" noValidate onSubmit={onSubmit} aria-labelledby="invite-heading">
        <h2 id="invite-heading">Invite someone</h2>
        <p>They get a link by mail that lets them register{event.visibility === 'invitation' ? ' for this invitation-only event' : ''}. It works once.</p>
        <ErrorSummary id={ID} items={summaryItems(errors, ID, FIELDS)} message={problem} attempt={attempt} />
        <TextField id={`${ID}-email`} name="email" type="email" label="Their email address" autoComplete="off" errors={errors.email} />
        <TextField id={`${ID}-name`} name="name" label="Their name (optional)" autoComplete="off" errors={errors.name} />
        <button id={`${ID}-submit`} type="submit" className="button button-secondary" aria-disabled={submitting || undefined}>
          {submitting ? 'Sending…' : 'Send invitation'}
        </button>
        <Outcome message={sent} />
      </form>
    </div>
  );
}
