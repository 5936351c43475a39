// "Invite someone": a single-use, expiring invitation link goes to them by mail.
import { useState, type FormEvent } from 'react';
import { api, type EventView } from '../api';
import { ErrorSummary, TextField, summaryItems, text } from '../events/form-fields';
import { useSubmit } from '../events/use-submit';
import { Outcome, problemOf } from './common';
import { useOrganiseT } from './organise-t';

const ID = 'invite';
const FIELDS = ['email', 'name'];

export function InviteForm({ event }: { event: EventView }) {
  const { t } = useOrganiseT();
  const [sent, setSent] = useState<string | null>(null);
  const invite = useSubmit(({ email, name }: { email: string; name: string }) => api.invite(event.id, email, name || undefined), (error) =>
    problemOf(error, t('organise.doing.invite')),
  );
  const { errors, problem, attempt, busy: submitting } = invite;

  function onSubmit(submitted: FormEvent<HTMLFormElement>) {
    submitted.preventDefault();
    const form = submitted.currentTarget;
    const data = new FormData(form);
    const email = text(data, 'email');
    const name = text(data, 'name');
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
      invite.refuse({ email: [email ? t('organise.invite.emailFormat') : t('organise.invite.emailMissing')] });
      return;
    }
    setSent(null);
    invite.submit({ email, name }, () => {
      form.reset();
      setSent(t('organise.invite.sent', { email }));
    });
  }

  return (
    <div className="section">
      <form className="form" noValidate onSubmit={onSubmit} aria-labelledby="invite-heading">
        <h2 id="invite-heading">{t('organise.invite.heading')}</h2>
        <p>{t('organise.invite.intro', { invitationOnly: event.visibility === 'invitation' ? 'yes' : 'no' })}</p>
        <ErrorSummary id={ID} items={summaryItems(errors, ID, FIELDS)} message={problem} attempt={attempt} />
        <TextField id={`${ID}-email`} name="email" type="email" label={t('organise.invite.email')} autoComplete="off" errors={errors.email} />
        <TextField id={`${ID}-name`} name="name" label={t('organise.invite.name')} autoComplete="off" errors={errors.name} />
        <button id={`${ID}-submit`} type="submit" className="button button-secondary" aria-disabled={submitting || undefined}>
          {submitting ? t('organise.invite.sending') : t('organise.invite.submit')}
        </button>
        <Outcome message={sent} />
      </form>
    </div>
  );
}
