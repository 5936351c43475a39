import { useEffect, useRef, type FormEvent } from 'react';
import { eventPageMessages } from '@convene/i18n/web/events.messages';
import { sharedMessages } from '@convene/i18n/web/shared.messages';
import { ApiError, api, type ApologiesRequest, type EventView } from '../api';
import { apiErrorText } from '../api-errors';
import { useMessages } from '../i18n/i18n';
import { ErrorSummary, TextField, checkNameAndEmail, summaryItems, text } from './form-fields';
import { useSubmit } from './use-submit';

const FIELDS = ['name', 'email', 'organisationName'];
const ID = 'apologies';

/** "Can't come?": a disclosure with a three-field form, so it stays out of the way of registering. */
export function ApologiesForm({ event }: { event: EventView }) {
  const { t } = useMessages(eventPageMessages);
  const shared = useMessages(sharedMessages);
  const problemOf = (error: unknown) => (error instanceof ApiError && error.status > 0 && error.status < 500 ? apiErrorText(error) : t('apologies.failed'));
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
      <h2 id="apologies-heading">{t('apologies.heading')}</h2>
      {sentTo ? (
        <ApologiesSent email={sentTo} />
      ) : (
        <details className="details">
          <summary className="details-summary">{t('apologies.summary')}</summary>
          <form className="form details-body" noValidate onSubmit={onSubmit} aria-label={t('apologies.summary')}>
            <ErrorSummary id={ID} items={summaryItems(errors, ID, FIELDS)} message={problem} attempt={attempt} />
            <TextField id={`${ID}-name`} name="name" label={shared.t('form.fullName')} autoComplete="name" errors={errors.name} />
            <TextField id={`${ID}-email`} name="email" type="email" label={shared.t('form.email')} autoComplete="email" errors={errors.email} />
            <TextField
              id={`${ID}-organisationName`}
              name="organisationName"
              label={shared.t('form.organisationOptional')}
              autoComplete="organization"
              errors={errors.organisationName}
            />
            <button id={`${ID}-submit`} type="submit" className="button button-secondary" aria-disabled={submitting || undefined}>
              {submitting ? shared.t('form.sending') : t('apologies.send')}
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
  const { t } = useMessages(eventPageMessages);
  return (
    <div className="confirmation" role="status">
      <h3 ref={heading} tabIndex={-1}>
        {t('apologies.sent')}
      </h3>
      <p>{t('apologies.sentBody', { email })}</p>
    </div>
  );
}
