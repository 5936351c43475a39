import { useQuery } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { ApiError, api, type AccessRequestView } from '../api';
import { apiErrorText } from '../api-errors';
import { formatDoneOn } from '../format';
import { invalidate, queries, queryClient } from '../queries';
import { useOrganiseT } from './organise-t';

/** Requests for access waiting for an answer: approve (their account is made) or decline, mailed either way. */
export function AccessRequestsPanel() {
  const { t } = useOrganiseT();
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
      <h2 id="access-requests-heading">{t('organise.access.heading')}</h2>
      <p ref={status} tabIndex={-1} role="status" className={answered ? 'outcome' : 'visually-hidden'}>
        {answered}
      </p>
      {requests.isPending && <p className="muted">{t('organise.access.loading')}</p>}
      {requests.isError && <p className="error-text">{t('organise.access.failed', { reason: apiErrorText(requests.error) })}</p>}
      {requests.isSuccess &&
        (requests.data.length ? (
          <ul className="event-list">
            {requests.data.map((request) => (
              <AccessRequestItem key={request.id} request={request} onAnswered={onAnswered} />
            ))}
          </ul>
        ) : (
          <p className="muted">{t('organise.access.none')}</p>
        ))}
    </section>
  );
}

function AccessRequestItem({ request, onAnswered }: { request: AccessRequestView; onAnswered: (message: string) => void }) {
  const { t, rich } = useOrganiseT();
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
      onAnswered(t(approve ? 'organise.access.approved' : 'organise.access.declined', { name: request.name }));
    } catch (error) {
      setProblem(error instanceof ApiError && error.status > 0 ? apiErrorText(error) : t('organise.access.saveFailed'));
      setBusy(false);
    }
  }

  return (
    <li className="event-card">
      <h3 className="event-card-title">{request.name}</h3>
      <p className="event-card-meta">{[request.jobTitle, request.organisationName].filter(Boolean).join(', ')}</p>
      <p className="event-card-meta">
        {rich('organise.access.asked', {
          email: request.email,
          date: formatDoneOn(request.createdAt),
          fromEvent: request.eventPath ? 'yes' : 'no',
          time: (parts) => <time dateTime={request.createdAt}>{parts}</time>,
          link: (parts) => <a href={request.eventPath ?? undefined}>{parts}</a>,
        })}
      </p>
      {request.reason && <blockquote className="notice">{request.reason}</blockquote>}
      {problem && (
        <p className="error-text" role="alert">
          {problem}
        </p>
      )}
      <div className="button-group">
        <button type="button" className="button" aria-disabled={busy || undefined} onClick={() => answer(true)}>
          {t('organise.access.approve', { name: request.name })}
        </button>
      </div>
      <details className="details">
        <summary className="details-summary">{t('organise.access.decline')}</summary>
        <div className="details-body">
          <label htmlFor={noteId} className="label">
            {t('organise.access.note', { name: request.name })}
          </label>
          <textarea id={noteId} className="input" rows={3} maxLength={1000} value={note} onChange={(change) => setNote(change.target.value)} />
          <button type="button" className="button button-secondary" aria-disabled={busy || undefined} onClick={() => answer(false)}>
            {t('organise.access.declineName', { name: request.name })}
          </button>
        </div>
      </details>
    </li>
  );
}
