// /my-actions: the open actions you or your organisation own, to mark done with a note.
import { useQuery } from '@tanstack/react-query';
import { queries, queryClient } from '../queries';
import { useState } from 'react';
import { signInPath, useSignedIn } from '../auth';
import { Outcome, problemOf } from '../organise/common';
import { apiErrorText } from '../api-errors';
import { useDocumentTitle } from '../site';
import { minutesApi, type ActionView } from './minutes-api';
import { formatDueDate } from '../format';
import { minutesMessages } from '@convene/i18n/web/minutes.messages';
import { useMessages } from '../i18n/i18n';

export function MyActionsPage() {
  const { t, rich } = useMessages(minutesMessages);
  useDocumentTitle(t('myActions.title'));
  const signedIn = useSignedIn();
  if (signedIn.state === 'signed-out') {
    return (
      <>
        <h1>{t('myActions.title')}</h1>
        <p>{rich('myActions.signIn', { a: (parts) => <a href={signInPath()}>{parts}</a> })}</p>
      </>
    );
  }
  if (signedIn.state !== 'signed-in') return <p className="muted">{t('myActions.checking')}</p>;
  return <ActionsList />;
}

function ActionsList() {
  const loaded = useQuery(queries.myActions(), queryClient);
  const [done, setDone] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const { t } = useMessages(minutesMessages);

  async function markDone(action: ActionView, note: string) {
    try {
      await minutesApi.markDone(action.id, note);
      setDone((current) => ({ ...current, [action.id]: note }));
      setMessage(t('myActions.markedDone', { action: action.description }));
    } catch (error) {
      setMessage(problemOf(error, t('myActions.markDoneAction')));
    }
  }

  if (loaded.isPending) return <p className="muted">{t('myActions.loading')}</p>;
  if (loaded.isError) return <p>{t('myActions.loadFailed', { problem: apiErrorText(loaded.error) })}</p>;
  const open = loaded.data.filter((action) => !(action.id in done));
  return (
    <>
      <h1>{t('myActions.title')}</h1>
      <Outcome message={message} />
      {open.length === 0 && <p>{t('myActions.none')}</p>}
      <ul className="plain-list">
        {open.map((action) => (
          <li key={action.id} className="card">
            <p>
              <strong>{action.description}</strong>
            </p>
            <p className="muted">
              {t('myActions.from', { minutes: action.minutesTitle })}
              {action.dueDate ? ` · ${t('minutes.due', { date: formatDueDate(action.dueDate) })}` : ''}
              {action.overdue && <span className="tag tag-cancelled"> {t('myActions.overdue')}</span>}
            </p>
            <form
              onSubmit={(event) => {
                event.preventDefault();
                void markDone(action, String(new FormData(event.currentTarget).get('note') ?? '').trim());
              }}
            >
              <label className="label label-small" htmlFor={`note-${action.id}`}>
                {t('myActions.note')}
              </label>
              <input id={`note-${action.id}`} name="note" className="input" maxLength={2000} />
              <button type="submit" className="button">
                {t('myActions.markDone')}
              </button>
            </form>
          </li>
        ))}
      </ul>
    </>
  );
}
