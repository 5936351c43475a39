// Publishing, on the event's overview: where the event stands, and Publish for a draft.
// Cancelling is on the details page, set apart (cancel-event.tsx).
import { useEffect, useRef, useState } from 'react';
import { api, type EventView } from '../api';
import { ErrorSummary } from '../events/form-fields';
import { Outcome, problemOf } from './common';
import { useOrganiseT } from './organise-t';

export function EventActions({ event, onChanged }: { event: EventView; onChanged: (view: EventView) => void }) {
  const { t } = useOrganiseT();
  const [publishing, setPublishing] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const focusHeading = useRef(false);

  useEffect(() => {
    if (focusHeading.current) heading.current?.focus();
    focusHeading.current = false;
  }, [done]);

  async function publish() {
    if (publishing) return;
    setProblem(null);
    setPublishing(true);
    try {
      const view = await api.publishEvent(event.id);
      focusHeading.current = true;
      setDone(t('organise.actions.published', { title: view.title }));
      onChanged(view);
    } catch (error) {
      setProblem(problemOf(error, t('organise.doing.publishEvent')));
      setAttempt((n) => n + 1);
    } finally {
      setPublishing(false);
    }
  }

  return (
    <section aria-labelledby="actions-heading" className="section">
      <h2 id="actions-heading" ref={heading} tabIndex={-1}>
        {t('organise.actions.heading')}
      </h2>
      <Outcome message={done} />
      <ErrorSummary id="actions" items={[]} message={problem} attempt={attempt} />
      {event.status === 'cancelled' ? (
        <p>{t('organise.actions.cancelledNote')}</p>
      ) : event.status === 'draft' ? (
        <p>{t('organise.actions.draftNote')}</p>
      ) : (
        <p>{t('organise.actions.publishedNote')}</p>
      )}
      {event.status === 'draft' && (
        <div className="button-group">
          <button type="button" className="button" aria-disabled={publishing || undefined} onClick={publish}>
            {publishing ? t('organise.actions.publishing') : t('organise.actions.publish')}
          </button>
        </div>
      )}
    </section>
  );
}
