// Corrections suggested by those present on a circulated draft: accept or decline each.
import { useEffect, useState } from 'react';
import { Outcome, problemOf } from '../organise/common';
import { minutesApi, type Minutes, type MinutesComment } from './minutes-api';
import { minutesEditorMessages } from '@convene/i18n/web/minutes-editor.messages';
import { useMessages } from '../i18n/i18n';

export function CorrectionsPanel({ minutes, onAccepted }: { minutes: Minutes; onAccepted: (minutes: Minutes) => void }) {
  const [comments, setComments] = useState<MinutesComment[] | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const { t, rich } = useMessages(minutesEditorMessages);
  useEffect(() => {
    minutesApi.comments(minutes.id).then(setComments, () => setComments([]));
  }, [minutes.id, minutes.version]);
  async function decide(comment: MinutesComment, accept: boolean) {
    try {
      const result = await minutesApi.decide(minutes.id, comment.id, accept);
      setComments((current) => current?.map((other) => (other.id === comment.id ? { ...other, status: accept ? 'accepted' : 'declined' } : other)) ?? null);
      if (accept && comment.replacement !== null) onAccepted(result.minutes);
      else setMessage(t(accept ? 'minutesEditor.corrections.accepted' : 'minutesEditor.corrections.declined'));
    } catch (error) {
      setMessage(problemOf(error, t('minutesEditor.action.decide')));
    }
  }
  const itemTitle = (key: string) => minutes.content.items.find((item) => item.key === key)?.title ?? t('minutesEditor.corrections.removedItem');
  return (
    <section className="section">
      <h2>{t('minutesEditor.corrections')}</h2>
      {!minutes.circulatedAt && <p className="muted">{t('minutesEditor.corrections.circulateFirst')}</p>}
      {comments?.length === 0 && minutes.circulatedAt && <p>{t('minutesEditor.corrections.none')}</p>}
      <ul>
        {comments?.map((comment) => (
          <li key={comment.id}>
            {rich('minutesEditor.corrections.on', { name: comment.authorName, item: itemTitle(comment.itemKey), body: comment.body, b: (parts) => <strong>{parts}</strong> })}
            {comment.replacement !== null && <pre className="replacement">{comment.replacement}</pre>}
            {comment.status === 'pending' ? (
              <>
                <button type="button" className="button" onClick={() => void decide(comment, true)}>
                  {t('minutesEditor.corrections.accept')}
                </button>{' '}
                <button type="button" className="button button-secondary" onClick={() => void decide(comment, false)}>
                  {t('minutesEditor.corrections.decline')}
                </button>
              </>
            ) : (
              <span className="muted"> · {t('minutesEditor.corrections.status', { status: comment.status })}</span>
            )}
          </li>
        ))}
      </ul>
      <Outcome message={message} />
    </section>
  );
}
