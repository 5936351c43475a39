// The agenda's changes since it was last published, with "Publish changes": until then
// delegates see the old agenda and their calendars are not updated.
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { invalidate, queries, queryClient } from '../queries';
import type { EventView } from '../api';
import { problemOf } from './common';
import { organiseApi } from './organise-api';

export function UnpublishedChanges({ event, onPublished }: { event: EventView; onPublished: (message: string) => void }) {
  const waiting = useQuery(queries.unpublishedAgenda(event.id), queryClient);
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
      onPublished(
        result.changes.length
          ? `The agenda changes are published (${result.changes.length} ${result.changes.length === 1 ? 'change' : 'changes'}): the event page shows them, and registered delegates affected get an updated calendar invite by mail.`
          : 'Nothing was waiting to be published.',
      );
    } catch (error) {
      setProblem(problemOf(error, 'publish the agenda changes'));
    } finally {
      setPublishing(false);
    }
  }

  return (
    <div className="notice-panel" role="region" aria-labelledby="unpublished-heading">
      <h3 id="unpublished-heading">Unpublished changes to the agenda</h3>
      <p>Delegates still see the agenda as it was last published. These changes wait until you publish them:</p>
      <ul className="change-list">
        {changes.map((change) => (
          <li key={change}>{change}</li>
        ))}
      </ul>
      <p className="hint">Publishing shows them on the event page and mails an updated calendar invite to the registered delegates they affect.</p>
      {problem && (
        <p className="error-text" role="alert">
          {problem}
        </p>
      )}
      <button type="button" className="button" aria-disabled={publishing || undefined} onClick={publish}>
        {publishing ? 'Publishing…' : 'Publish changes'}
      </button>
    </div>
  );
}
