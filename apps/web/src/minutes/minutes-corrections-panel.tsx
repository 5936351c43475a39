// Corrections suggested by those present on a circulated draft: accept or decline each.
import { useEffect, useState } from 'react';
import { Outcome, problemOf } from '../organise/common';
import { minutesApi, type Minutes, type MinutesComment } from './minutes-api';

export function CorrectionsPanel({ minutes, onAccepted }: { minutes: Minutes; onAccepted: (minutes: Minutes) => void }) {
  const [comments, setComments] = useState<MinutesComment[] | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  useEffect(() => {
    minutesApi.comments(minutes.id).then(setComments, () => setComments([]));
  }, [minutes.id, minutes.version]);
  async function decide(comment: MinutesComment, accept: boolean) {
    try {
      const result = await minutesApi.decide(minutes.id, comment.id, accept);
      setComments((current) => current?.map((other) => (other.id === comment.id ? { ...other, status: accept ? 'accepted' : 'declined' } : other)) ?? null);
      if (accept && comment.replacement !== null) onAccepted(result.minutes);
      else setMessage(accept ? 'Correction accepted.' : 'Correction declined.');
    } catch (error) {
      setMessage(problemOf(error, 'decide on the correction'));
    }
  }
  const itemTitle = (key: string) => minutes.content.items.find((item) => item.key === key)?.title ?? 'a removed item';
  return (
    <section className="section">
      <h2>Corrections</h2>
      {!minutes.circulatedAt && <p className="muted">Circulate the draft to those present to collect corrections.</p>}
      {comments?.length === 0 && minutes.circulatedAt && <p>No corrections yet.</p>}
      <ul>
        {comments?.map((comment) => (
          <li key={comment.id}>
            <strong>{comment.authorName}</strong> on “{itemTitle(comment.itemKey)}”: {comment.body}
            {comment.replacement !== null && <pre className="replacement">{comment.replacement}</pre>}
            {comment.status === 'pending' ? (
              <>
                <button type="button" className="button" onClick={() => void decide(comment, true)}>
                  Accept
                </button>{' '}
                <button type="button" className="button button-secondary" onClick={() => void decide(comment, false)}>
                  Decline
                </button>
              </>
            ) : (
              <span className="muted"> · {comment.status}</span>
            )}
          </li>
        ))}
      </ul>
      <Outcome message={message} />
    </section>
  );
}
