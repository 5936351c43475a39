import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { ApiError, api, type FieldErrors } from '../api';
import { signInPath, useSignedIn } from '../auth';
import { queries, queryClient } from '../queries';
import { ErrorSummary, SelectField, TextField, byField, checkNameAndEmail, summaryItems, text } from './form-fields';

const FIELDS = ['name', 'email', 'organisationId', 'jobTitle', 'reason'];
const ID = 'access';

/**
 * A members-only event seen by someone not signed in: the way in (sign in), and for someone from
 * a member council without an account, a request an organiser answers by mail.
 */
export function MembersOnlyAccess({ slug }: { slug: string }) {
  const signedIn = useSignedIn();
  const eventPath = `/events/${slug}`;
  if (signedIn.state === 'signed-in') {
    return (
      <p>
        Your account is not with a member council or organisation. If that is wrong, ask the organisers to correct it.
      </p>
    );
  }
  return (
    <>
      <p>
        <a href={signInPath(eventPath)} className="button-link">
          Sign in to see the programme
        </a>
      </p>
      <p className="muted">Use the email address your council or organisation knows you by.</p>
      <AccessRequestForm eventPath={eventPath} />
    </>
  );
}

function AccessRequestForm({ eventPath }: { eventPath: string }) {
  const organisations = useQuery(queries.memberOrganisations(), queryClient);
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
    if (!text(data, 'organisationId')) local.organisationId = ['Choose your council or organisation'];
    if (Object.keys(local).length) {
      setAttempt((n) => n + 1);
      setErrors(local);
      setProblem(null);
      return;
    }
    setSubmitting(true);
    try {
      const email = text(data, 'email');
      await api.askForAccess({
        email,
        name: text(data, 'name'),
        organisationId: text(data, 'organisationId'),
        jobTitle: text(data, 'jobTitle') || undefined,
        reason: text(data, 'reason') || undefined,
        eventPath,
      });
      setSentTo(email);
    } catch (error) {
      const details = error instanceof ApiError ? byField(error.details) : {};
      setAttempt((n) => n + 1);
      setErrors(details);
      setProblem(Object.keys(details).length ? null : error instanceof ApiError && error.status > 0 && error.status < 500 ? error.message : 'We could not send your request. Try again later.');
    } finally {
      setSubmitting(false);
    }
  }

  return (
    <section aria-labelledby="access-heading" className="section">
      <h2 id="access-heading">No account yet?</h2>
      {sentTo ? (
        <AccessAsked email={sentTo} />
      ) : (
        <details className="details">
          <summary className="details-summary">Ask for access</summary>
          <div className="details-body">
            <p>If you work for or represent a member council or organisation, an organiser will check and answer you by email.</p>
            {organisations.isPending && <p className="muted">Loading the member organisations…</p>}
            {organisations.isError && <p className="error-text">We could not load the member organisations. Try again in a moment.</p>}
            {organisations.isSuccess && (
              <form className="form" noValidate onSubmit={onSubmit} aria-label="Ask for access">
                <ErrorSummary id={ID} items={summaryItems(errors, ID, FIELDS)} message={problem} attempt={attempt} />
                <TextField id={`${ID}-name`} name="name" label="Full name" autoComplete="name" errors={errors.name} />
                <TextField id={`${ID}-email`} name="email" type="email" label="Email address" hint="Your work address, if you have one" autoComplete="email" errors={errors.email} />
                <SelectField
                  id={`${ID}-organisationId`}
                  name="organisationId"
                  label="Council or organisation"
                  defaultValue=""
                  options={[['', 'Choose…'], ...organisations.data.map((organisation): [string, string] => [organisation.id, organisation.name])]}
                  errors={errors.organisationId}
                />
                <TextField id={`${ID}-jobTitle`} name="jobTitle" label="Job title or role (optional)" autoComplete="organization-title" errors={errors.jobTitle} />
                <TextField id={`${ID}-reason`} name="reason" label="Why you would like access (optional)" multiline errors={errors.reason} />
                <button id={`${ID}-submit`} type="submit" className="button button-secondary" aria-disabled={submitting || undefined}>
                  {submitting ? 'Sending…' : 'Ask for access'}
                </button>
              </form>
            )}
          </div>
        </details>
      )}
    </section>
  );
}

function AccessAsked({ email }: { email: string }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <div className="confirmation" role="status">
      <h3 ref={heading} tabIndex={-1}>
        Your request has been sent
      </h3>
      <p>We've sent a mail to {email}. An organiser will check your request and answer you by email.</p>
    </div>
  );
}
