import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { eventPageMessages } from '@convene/i18n/web/events.messages';
import { sharedMessages } from '@convene/i18n/web/shared.messages';
import { ApiError, api, type FieldErrors } from '../api';
import { apiErrorText } from '../api-errors';
import { useMessages } from '../i18n/i18n';
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
  const { t } = useMessages(eventPageMessages);
  if (signedIn.state === 'signed-in') return <p>{t('access.notMember')}</p>;
  return (
    <>
      <p>
        <a href={signInPath(eventPath)} className="button-link">
          {t('access.signIn')}
        </a>
      </p>
      <p className="muted">{t('access.signInHint')}</p>
      <AccessRequestForm eventPath={eventPath} />
    </>
  );
}

function AccessRequestForm({ eventPath }: { eventPath: string }) {
  const organisations = useQuery(queries.memberOrganisations(), queryClient);
  const { t } = useMessages(eventPageMessages);
  const shared = useMessages(sharedMessages);
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
    if (!text(data, 'organisationId')) local.organisationId = [t('access.chooseOrganisation')];
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
      setProblem(Object.keys(details).length ? null : error instanceof ApiError && error.status > 0 && error.status < 500 ? apiErrorText(error) : t('access.failed'));
    } finally {
      setSubmitting(false);
    }
  }

  return (
    <section aria-labelledby="access-heading" className="section">
      <h2 id="access-heading">{t('access.noAccount')}</h2>
      {sentTo ? (
        <AccessAsked email={sentTo} />
      ) : (
        <details className="details">
          <summary className="details-summary">{t('access.ask')}</summary>
          <div className="details-body">
            <p>{t('access.intro')}</p>
            {organisations.isPending && <p className="muted">{t('access.loadingOrganisations')}</p>}
            {organisations.isError && <p className="error-text">{t('access.organisationsFailed')}</p>}
            {organisations.isSuccess && (
              <form className="form" noValidate onSubmit={onSubmit} aria-label={t('access.ask')}>
                <ErrorSummary id={ID} items={summaryItems(errors, ID, FIELDS)} message={problem} attempt={attempt} />
                <TextField id={`${ID}-name`} name="name" label={shared.t('form.fullName')} autoComplete="name" errors={errors.name} />
                <TextField id={`${ID}-email`} name="email" type="email" label={shared.t('form.email')} hint={t('access.emailHint')} autoComplete="email" errors={errors.email} />
                <SelectField
                  id={`${ID}-organisationId`}
                  name="organisationId"
                  label={t('access.organisation')}
                  defaultValue=""
                  options={[['', shared.t('form.choose')], ...organisations.data.map((organisation): [string, string] => [organisation.id, organisation.name])]}
                  errors={errors.organisationId}
                />
                <TextField id={`${ID}-jobTitle`} name="jobTitle" label={t('access.jobTitle')} autoComplete="organization-title" errors={errors.jobTitle} />
                <TextField id={`${ID}-reason`} name="reason" label={t('access.reason')} multiline errors={errors.reason} />
                <button id={`${ID}-submit`} type="submit" className="button button-secondary" aria-disabled={submitting || undefined}>
                  {submitting ? shared.t('form.sending') : t('access.ask')}
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
  const { t } = useMessages(eventPageMessages);
  return (
    <div className="confirmation" role="status">
      <h3 ref={heading} tabIndex={-1}>
        {t('access.sent')}
      </h3>
      <p>{t('access.sentBody', { email })}</p>
    </div>
  );
}
