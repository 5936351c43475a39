// /my-actions: the open actions you or your organisation own, to mark done with a note.
import { useQuery } from '@tanstack/react-query';
import { queries, queryClient } from '../queries';
import { useState } from 'react';
import { signInPath, useSignedIn } from '../auth';
import { Outcome, problemOf } from '../organise/common';
import { useDocumentTitle } from '../site';
import { minutesApi, type ActionView } from './minutes-api';
import { formatDueDate } from '../format';

export function MyActionsPage() {
  useDocumentTitle('My actions');
  const signedIn = useSignedIn();
  if (signedIn.state === 'signed-out') {
    return (
      <>
        <h1>My actions</h1>
        <p>
          <a href={signInPath()}>Sign in</a> to see the actions you own.
        </p>
      </>
    );
  }
  if (signedIn.state !== 'signed-in') return <p className="muted">Checking who is signed in…</p>;
  return <ActionsList />;
}

function ActionsList() {
  const loaded = useQuery(queries.myActions(), queryClient);
  const [done, setDone] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);

  async function markDone(action: ActionView, note: string) {
    try {
      await minutesApi.markDone(action.id, note);
      setDone((current) => ({ ...current, [action.id]: note }));
      setMessage(`Marked done: ${action.description}`);
    } catch (error) {
      setMessage(problemOf(error, 'mark the action done'));
    }
  }

  if (loaded.isPending) return <p className="muted">Loading your actions…</p>;
  if (loaded.isError) return <p>We could not load your actions ({loaded.error.message}).</p>;
  const open = loaded.data.filter((action) => !(action.id in done));
  return (
    <>
      <h1>My actions</h1>
      <Outcome message={message} />
      {open.length === 0 && <p>You have no open actions.</p>}
      <ul className="plain-list">
        {open.map((action) => (
          <li key={action.id} className="card">
            <p>
              <strong>{action.description}</strong>
            </p>
            <p className="muted">
              From {action.minutesTitle}
              {action.dueDate ? ` · due ${formatDueDate(action.dueDate)}` : ''}
              {action.overdue && <span className="tag tag-cancelled"> Overdue</span>}
            </p>
            <form
              onSubmit={(event) => {
                event.preventDefault();
                void markDone(action, String(new FormData(event.currentTarget).get('note') ?? '').trim());
              }}
            >
              <label className="label label-small" htmlFor={`note-${action.id}`}>
                Note (what was done)
              </label>
              <input id={`note-${action.id}`} name="note" className="input" maxLength={2000} />
              <button type="submit" className="button">Mark done</button>
            </form>
          </li>
        ))}
      </ul>
    </>
  );
}
