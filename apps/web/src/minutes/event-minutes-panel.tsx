// The minutes of an event, on its organiser page: draft them from the record, open them.
import { useQuery } from '@tanstack/react-query';
import { queries, queryClient } from '../queries';
import { useState } from 'react';
import type { EventView } from '../api';
import { Outcome, problemOf } from '../organise/common';
import { navigate } from '../navigation';
import { minutesApi } from './minutes-api';
import { minutesEditorMessages } from '@convene/i18n/web/minutes-editor.messages';
import { sharedMessages } from '@convene/i18n/web/shared.messages';
import { useMessages } from '../i18n/i18n';

export function EventMinutesPanel({ event }: { event: EventView }) {
  const loaded = useQuery(queries.eventMinutes(event.id), queryClient);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const { t } = useMessages(minutesEditorMessages);
  const shared = useMessages(sharedMessages);

  async function draft() {
    if (busy) return;
    setBusy(true);
    try {
      const minutes = await minutesApi.draft(event.id);
      navigate(`/organise/minutes/${encodeURIComponent(minutes.id)}`);
    } catch (error) {
      setMessage(problemOf(error, t('minutesEditor.action.draft')));
      setBusy(false);
    }
  }

  return (
    <section className="section" aria-labelledby="minutes-heading">
      <h2 id="minutes-heading">{t('minutesEditor.event.heading')}</h2>
      {loaded.isSuccess && loaded.data.length > 0 && (
        <ul>
          {loaded.data.map((minutes) => (
            <li key={minutes.id}>
              <a href={`/organise/minutes/${encodeURIComponent(minutes.id)}`}>{minutes.content.title}</a> <span className="muted">({shared.t('minutes.statusInline', { status: minutes.status })})</span>
            </li>
          ))}
        </ul>
      )}
      <p className="hint">{t('minutesEditor.event.hint')}</p>
      <button type="button" className="button" onClick={() => void draft()} aria-disabled={busy || undefined}>
        {busy ? t('minutesEditor.event.drafting') : t('minutesEditor.event.draft')}
      </button>
      <Outcome message={message} tone="bad" />
    </section>
  );
}
