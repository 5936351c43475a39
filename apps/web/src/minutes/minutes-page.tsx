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
import { MinutesView } from './minutes-view';

export function MinutesPage({ id }: { id: string }) {
  const signedIn = useSignedIn();
  const who = signedIn.state === 'signed-in' ? signedIn.person.id : signedIn.state;
  // The circulation mail's private link: the draft without an account, until publication.
  const key = useSearchParam('key');
  const loaded = useQuery(queries.minutes(id, who, key), queryClient);
  useDocumentTitle(loaded.isSuccess ? `Minutes: ${loaded.data.content.title}` : 'Minutes');

  if (loaded.isPending) return <p className="muted">Loading the minutes…</p>;
  if (loaded.isError) {
    return (
      <>
        <h1>Minutes not found</h1>
        <p>These minutes do not exist, are not published yet, or are for members or invitees only.</p>
        {signedIn.state === 'signed-out' && (
          <p>
            <a href={signInPath()}>Sign in</a> if they are for you.
          </p>
        )}
      </>
    );
  }
  const minutes = loaded.data;
  const correcting = minutes.status === 'draft' && !minutes.canEdit;
  return (
    <>
      {minutes.canEdit && (
        <p className="caption">
          <a href={`/organise/minutes/${encodeURIComponent(minutes.id)}`}>Edit these minutes</a>
        </p>
      )}
      {correcting && (
        <p>
          {minutes.readerName ? `${minutes.readerName}, these` : 'These'} are draft minutes, circulated to those present. If something is wrong or missing, suggest a
          correction under the item.
        </p>
      )}
      <MinutesView minutes={minutes} itemExtra={correcting ? (itemKey) => <CorrectionForm minutesId={minutes.id} itemKey={itemKey} readerKey={key} /> : undefined} />
    </>
  );
}

function CorrectionForm({ minutesId, itemKey, readerKey }: { minutesId: string; itemKey: string; readerKey: string | null }) {
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const body = String(data.get('body') ?? '').trim();
    if (!body) return setMessage('Write the correction first.');
    setBusy(true);
    try {
      await minutesApi.comment(minutesId, itemKey, body, String(data.get('replacement') ?? '').trim() || undefined, readerKey);
      form.reset();
      setMessage('Thank you: the minute-taker will accept or decline your correction.');
    } catch (error) {
      setMessage(problemOf(error, 'send your correction'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <details className="correction">
      <summary>Suggest a correction to this item</summary>
      <form onSubmit={submit}>
        <label className="label" htmlFor={`c-${itemKey}`}>
          What is wrong or missing
        </label>
        <textarea id={`c-${itemKey}`} name="body" className="input" rows={3} maxLength={5000} />
        <label className="label" htmlFor={`r-${itemKey}`}>
          The item as it should read (optional)
        </label>
        <textarea id={`r-${itemKey}`} name="replacement" className="input" rows={5} maxLength={50000} />
        <button type="submit" className="button" aria-disabled={busy || undefined}>
          {busy ? 'Sending…' : 'Send the correction'}
        </button>
      </form>
      <Outcome message={message} />
    </details>
  );
}
