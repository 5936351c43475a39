// /minutes/:id: published minutes for the event's audience; a circulated draft for those present,
// who may suggest corrections on its items.
import { useQuery } from '@tanstack/react-query';
import { queries, queryClient } from '../queries';
import { useState, type FormEvent } from 'react';
import { signInPath, useSignedIn } from '../auth';
import { Outcome, problemOf } from '../organise/common';
import { useSearchParam } from '../navigation';
import { useDocumentTitle } from '../site';
import { minutesApi } from './minutes-api';
import { minutesMessages } from '@convene/i18n/web/minutes.messages';
import { sharedMessages } from '@convene/i18n/web/shared.messages';
import { useMessages } from '../i18n/i18n';
import { MinutesView } from './minutes-view';

export function MinutesPage({ id }: { id: string }) {
  const signedIn = useSignedIn();
  const who = signedIn.state === 'signed-in' ? signedIn.person.id : signedIn.state;
  // The circulation mail's private link: the draft without an account, until publication.
  const key = useSearchParam('key');
  const loaded = useQuery(queries.minutes(id, who, key), queryClient);
  const { t, rich } = useMessages(minutesMessages);
  useDocumentTitle(loaded.isSuccess ? t('minutes.title', { title: loaded.data.content.title }) : t('minutes.titleBare'));

  if (loaded.isPending) return <p className="muted">{t('minutes.loading')}</p>;
  if (loaded.isError) {
    return (
      <>
        <h1>{t('minutes.notFound')}</h1>
        <p>{t('minutes.notFoundBody')}</p>
        {signedIn.state === 'signed-out' && <p>{rich('minutes.signInIfYours', { a: (parts) => <a href={signInPath()}>{parts}</a> })}</p>}
      </>
    );
  }
  const minutes = loaded.data;
  const correcting = minutes.status === 'draft' && !minutes.canEdit;
  return (
    <>
      {minutes.canEdit && (
        <p className="caption">
          <a href={`/organise/minutes/${encodeURIComponent(minutes.id)}`}>{t('minutes.edit')}</a>
        </p>
      )}
      {correcting && (
        <p>{t('minutes.draftCirculated', { name: minutes.readerName ?? 'none' })}</p>
      )}
      <MinutesView minutes={minutes} itemExtra={correcting ? (itemKey) => <CorrectionForm minutesId={minutes.id} itemKey={itemKey} readerKey={key} /> : undefined} />
    </>
  );
}

function CorrectionForm({ minutesId, itemKey, readerKey }: { minutesId: string; itemKey: string; readerKey: string | null }) {
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const { t } = useMessages(minutesMessages);
  const shared = useMessages(sharedMessages);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const body = String(data.get('body') ?? '').trim();
    if (!body) return setMessage(t('minutes.writeFirst'));
    setBusy(true);
    try {
      await minutesApi.comment(minutesId, itemKey, body, String(data.get('replacement') ?? '').trim() || undefined, readerKey);
      form.reset();
      setMessage(t('minutes.thanks'));
    } catch (error) {
      setMessage(problemOf(error, t('minutes.action.sendCorrection')));
    } finally {
      setBusy(false);
    }
  }

  return (
    <details className="correction">
      <summary>{t('minutes.suggest')}</summary>
      <form onSubmit={submit}>
        <label className="label" htmlFor={`c-${itemKey}`}>
          {t('minutes.whatWrong')}
        </label>
        <textarea id={`c-${itemKey}`} name="body" className="input" rows={3} maxLength={5000} />
        <label className="label" htmlFor={`r-${itemKey}`}>
          {t('minutes.asItShouldRead')}
        </label>
        <textarea id={`r-${itemKey}`} name="replacement" className="input" rows={5} maxLength={50000} />
        <button type="submit" className="button" aria-disabled={busy || undefined}>
          {busy ? shared.t('form.sending') : t('minutes.sendCorrection')}
        </button>
      </form>
      <Outcome message={message} />
    </details>
  );
}
