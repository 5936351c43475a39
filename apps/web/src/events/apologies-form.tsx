import { useEffect, useRef, type FormEvent } from 'react';
import { ApiError, api, type ApologiesRequest, type EventView } from '../api';
import { ErrorSummary, TextField, checkNameAndEmail, summaryItems, text } from './form-fields';
import { useSubmit } from './use-submit';

const FIELDS = ['name', 'email', 'organisationName'];
const ID = 'apologies';

function problemOf(error: unknown): string {
  if (error instanceof ApiError && error.status > 0 && error.status < 500) return error.message;
  return 'We could not send your apologies. Try again later.';
}

/** "Can't come?": a disclosure with a three-field form, so it stays out of the way of registering. */
export function ApologiesForm({ event }: { event: EventView }) {
  const apologies = useSubmit((request: ApologiesRequest) => api.sendApologies(event.id, request).then(() => request.email), problemOf);
  const { errors, problem, attempt, busy: submitting, result: sentTo } = apologies;

  function onSubmit(submitted: FormEvent<HTMLFormElement>) {
    submitted.preventDefault();
    const data = new FormData(submitted.currentTarget);
    const local = checkNameAndEmail(data);
    if (Object.keys(local).length) return apologies.refuse(local);
    apologies.submit({ name: text(data, 'name'), email: text(data, 'email'), organisationName: text(data, 'organisationName') || undefined });
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
