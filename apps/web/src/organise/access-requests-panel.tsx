import { useQuery } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { ApiError, api, type AccessRequestView } from '../api';
import { formatDoneOn } from '../format';
import { invalidate, queries, queryClient } from '../queries';

/** Requests for access waiting for an answer: approve (their account is made) or decline, mailed either way. */
export function AccessRequestsPanel() {
  const requests = useQuery(queries.accessRequests(), queryClient);
  const [answered, setAnswered] = useState<string | null>(null);
  const status = useRef<HTMLParagraphElement>(null);

  const onAnswered = (message: string) => {
    setAnswered(message);
    void invalidate(queries.accessRequests().queryKey);
    status.current?.focus();
  };

  return (
    <section aria-labelledby="access-requests-heading" className="section">
      <h2 id="access-requests-heading">Requests for access</h2>
      <p ref={status} tabIndex={-1} role="status" className={answered ? 'outcome' : 'visually-hidden'}>
        {answered}
      </p>
      {requests.isPending && <p className="muted">Loading requests…</p>}
      {requests.isError && <p className="error-text">We could not load the requests ({requests.error.message}). Try again in a moment.</p>}
      {requests.isSuccess &&
        (requests.data.length ? (
          <ul className="event-list">
            {requests.data.map((request) => (
              <AccessRequestItem key={request.id} request={request} onAnswered={onAnswered} />
            ))}
          </ul>
        ) : (
          <p className="muted">No one is waiting for an answer.</p>
        ))}
    </section>
  );
}

function AccessRequestItem({ request, onAnswered }: { request: AccessRequestView; onAnswered: (message: string) => void }) {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const noteId = `decline-note-${request.id}`;

  async function answer(approve: boolean) {
    if (busy) return;
    setBusy(true);
    setProblem(null);
    try {
      if (approve) await api.approveAccess(request.id);
      else await api.declineAccess(request.id, note.trim());
      onAnswered(approve ? `${request.name} can now sign in: we have mailed them.` : `${request.name}'s request was declined: we have mailed them.`);
    } catch (error) {
      setProblem(error instanceof ApiError && error.status > 0 ? error.message : 'We could not save your answer. Try again in a moment.');
      setBusy(false);
    }
  }

  return (
    <li className="event-card">
      <h3 className="event-card-title">{request.name}</h3>
      <p className="event-card-meta">{[request.jobTitle, request.organisationName].filter(Boolean).join(', ')}</p>
      <p className="event-card-meta">
        {request.email} · asked on <time dateTime={request.createdAt}>{formatDoneOn(request.createdAt)}</time>
        {request.eventPath && (
          <>
            {' '}
            from <a href={request.eventPath}>the event page</a>
          </>
        )}
      </p>
      {request.reason && <blockquote className="notice">{request.reason}</blockquote>}
      {problem && (
        <p className="error-text" role="alert">
          {problem}
        </p>
      )}
      <div className="button-group">
        <button type="button" className="button" aria-disabled={busy || undefined} onClick={() => answer(true)}>
          Approve {request.name}
        </button>
      </div>
      <details className="details">
        <summary className="details-summary">Decline…</summary>
        <div className="details-body">
          <label htmlFor={noteId} className="label">
            A note for {request.name} (optional, sent with the answer)
          </label>
          <textarea id={noteId} className="input" rows={3} maxLength={1000} value={note} onChange={(change) => setNote(change.target.value)} />
          <button type="button" className="button button-secondary" aria-disabled={busy || undefined} onClick={() => answer(false)}>
            Decline {request.name}
          </button>
        </div>
      </details>
    </li>
  );
}
