// The minutes of an event, on its organiser page: draft them from the record, open them.
import { useQuery } from '@tanstack/react-query';
import { queries, queryClient } from '../queries';
import { useState } from 'react';
import type { EventView } from '../api';
import { Outcome, problemOf } from '../organise/common';
import { navigate } from '../navigation';
import { minutesApi } from './minutes-api';
import { MINUTES_STATUS } from './minutes-status';

export function EventMinutesPanel({ event }: { event: EventView }) {
  const loaded = useQuery(queries.eventMinutes(event.id), queryClient);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function draft() {
    if (busy) return;
    setBusy(true);
    try {
      const minutes = await minutesApi.draft(event.id);
      navigate(`/organise/minutes/${encodeURIComponent(minutes.id)}`);
    } catch (error) {
      setMessage(problemOf(error, 'draft the minutes'));
      setBusy(false);
    }
  }

  return (
    <section className="section" aria-labelledby="minutes-heading">
      <h2 id="minutes-heading">Minutes</h2>
      {loaded.isSuccess && loaded.data.length > 0 && (
        <ul>
          {loaded.data.map((minutes) => (
            <li key={minutes.id}>
              <a href={`/organise/minutes/${encodeURIComponent(minutes.id)}`}>{minutes.content.title}</a> <span className="muted">· {MINUTES_STATUS[minutes.status]}</span>
            </li>
          ))}
        </ul>
      )}
      <p className="hint">The draft is filled from check-ins, apologies, the agenda, answered questions and the liveblog's key moments.</p>
      <button type="button" className="button" onClick={() => void draft()} aria-disabled={busy || undefined}>
        {busy ? 'Drafting…' : 'Draft minutes from the record'}
      </button>
      <Outcome message={message} tone="bad" />
    </section>
  );
}
