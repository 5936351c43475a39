// The page behind the link in a speaker invitation: what the invitation is for, and an answer.
// Opening it changes nothing (mail scanners open links); only the buttons answer.
import { useQuery } from '@tanstack/react-query';
import { queries, queryClient } from '../queries';
import { useRef, useState } from 'react';
import { ApiError, api, type SpeakerInvitation } from '../api';
import { useDocumentTitle } from '../site';

export function SpeakerInvitationPage({ token }: { token: string }) {
  const loaded = useQuery(queries.speakerInvitation(token), queryClient);
  const [answered, setAnswered] = useState<SpeakerInvitation | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const outcome = useRef<HTMLHeadingElement>(null);
  const invitation = answered ?? (loaded.isSuccess ? loaded.data : null);
  useDocumentTitle(invitation ? `Invitation to speak: ${invitation.sessionTitle}` : 'Invitation to speak');

  async function answer(accept: boolean) {
    if (busy) return;
    setBusy(true);
    setProblem(null);
    try {
      setAnswered(await api.answerSpeakerInvitation(token, accept));
      requestAnimationFrame(() => outcome.current?.focus());
    } catch (error) {
      setProblem(error instanceof ApiError ? error.message : 'We could not record your answer. Try again in a moment.');
    } finally {
      setBusy(false);
    }
  }

  if (loaded.isError && !answered) {
    return (
      <>
        <h1>This invitation link is not valid</h1>
        <p>It may have been answered already, or copied only in part. The organisers can send a new one.</p>
        <p>
          <a href="/">See upcoming events</a>
        </p>
      </>
    );
  }
  if (!invitation) return <p className="muted">Loading the invitation…</p>;
  return (
    <>
      <h1>Invitation to speak</h1>
      <p className="lead">
        {invitation.speakerName}, you are invited to take part in <strong>{invitation.sessionTitle}</strong> as {invitation.role}, at{' '}
        <a href={`/events/${encodeURIComponent(invitation.eventSlug)}`}>{invitation.eventTitle}</a>.
      </p>
      <p>{invitation.when}</p>
      {invitation.status === 'invited' ? (
        <div className="actions">
          {problem && (
            <p className="error-text" role="alert">
              {problem}
            </p>
          )}
          <button type="button" className="button" onClick={() => void answer(true)} aria-disabled={busy || undefined}>
            Accept
          </button>{' '}
          <button type="button" className="button button-secondary" onClick={() => void answer(false)} aria-disabled={busy || undefined}>
            Decline
          </button>
        </div>
      ) : (
        <div role="status" className="panel">
          <h2 ref={outcome} tabIndex={-1}>
            {invitation.status === 'confirmed' ? 'Thank you: you are on the agenda' : 'Thank you: we have told the organisers you cannot take part'}
          </h2>
        </div>
      )}
    </>
  );
}
