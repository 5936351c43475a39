// "Invite someone": a single-use, expiring invitation link goes to them by mail.
import { useState, type FormEvent } from 'react';
import { api, type EventView } from '../api';
import { ErrorSummary, TextField, summaryItems, text } from '../events/form-fields';
import { useSubmit } from '../events/use-submit';
import { Outcome, problemOf } from './common';

const ID = 'invite';
const FIELDS = ['email', 'name'];

export function InviteForm({ event }: { event: EventView }) {
  const [sent, setSent] = useState<string | null>(null);
  const invite = useSubmit(({ email, name }: { email: string; name: string }) => api.invite(event.id, email, name || undefined), (error) =>
    problemOf(error, 'invite people to this event'),
  );
  const { errors, problem, attempt, busy: submitting } = invite;

  function onSubmit(submitted: FormEvent<HTMLFormElement>) {
    submitted.preventDefault();
    const form = submitted.currentTarget;
    const data = new FormData(form);
    const email = text(data, 'email');
    const name = text(data, 'name');
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
      invite.refuse({ email: [email ? 'Enter an email address in the correct format, like name@example.org' : 'Enter their email address'] });
      return;
    }
    setSent(null);
    invite.submit({ email, name }, () => {
      form.reset();
      setSent(`An invitation has been sent to ${email}.`);
    });
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
