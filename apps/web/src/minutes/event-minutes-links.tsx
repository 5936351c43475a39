// On an event's page: its published minutes (and drafts for whoever may read them), once there are any.
import { useQuery } from '@tanstack/react-query';
import { queries, queryClient } from '../queries';
import { eventPageMessages } from '@convene/i18n/web/events.messages';
import { sharedMessages } from '@convene/i18n/web/shared.messages';
import { useMessages } from '../i18n/i18n';

export function EventMinutesLinks({ eventId }: { eventId: string }) {
  const minutes = useQuery(queries.eventMinutes(eventId), queryClient);
  const { t } = useMessages(eventPageMessages);
  const shared = useMessages(sharedMessages);
  if (!minutes.isSuccess || minutes.data.length === 0) return null;
  return (
    <section aria-labelledby="minutes-heading" className="section">
      <h2 id="minutes-heading">{t('minutesLinks.heading')}</h2>
      <ul>
        {minutes.data.map((item) => (
          <li key={item.id}>
            <a href={`/minutes/${encodeURIComponent(item.id)}`}>{item.content.title}</a>
            {item.status !== 'published' && <span className="muted"> ({shared.t('minutes.statusInline', { status: item.status })})</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}
