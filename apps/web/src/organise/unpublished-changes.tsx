// The agenda's changes since it was last published, with "Publish changes": until then
// delegates see the old agenda and their calendars are not updated.
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { invalidate, queries, queryClient } from '../queries';
import type { EventView } from '../api';
import { problemOf } from './common';
import { organiseApi } from './organise-api';
import { useOrganiseT } from './organise-t';

export function UnpublishedChanges({ event, onPublished }: { event: EventView; onPublished: (message: string) => void }) {
  const { t, language } = useOrganiseT();
  const waiting = useQuery(queries.unpublishedAgenda(event.id, language), queryClient);
  const [publishing, setPublishing] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  if (event.status !== 'published' || !waiting.isSuccess || waiting.data.changes.length === 0) return null;
  const changes = waiting.data.changes;

  async function publish() {
    if (publishing) return;
    setPublishing(true);
    setProblem(null);
    try {
      const result = await organiseApi.publishAgenda(event.id);
      await invalidate(queries.agenda(event.id).queryKey);
      onPublished(result.changes.length ? t('unpublished.published', { count: result.changes.length }) : t('unpublished.nothing'));
    } catch (error) {
      setProblem(problemOf(error, t('unpublished.doing')));
    } finally {
      setPublishing(false);
    }
  }

  return (
    <div className="notice-panel" role="region" aria-labelledby="unpublished-heading">
      <h3 id="unpublished-heading">{t('unpublished.heading')}</h3>
      <p>{t('unpublished.intro')}</p>
      <ul className="change-list">
        {changes.map((change) => (
          <li key={change}>{change}</li>
        ))}
      </ul>
      <p className="hint">{t('unpublished.hint')}</p>
      {problem && (
        <p className="error-text" role="alert">
          {problem}
        </p>
      )}
      <button type="button" className="button" aria-disabled={publishing || undefined} onClick={publish}>
        {publishing ? t('organise.actions.publishing') : t('unpublished.publish')}
      </button>
    </div>
  );
}
