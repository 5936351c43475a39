// On an event's page: its published minutes (and drafts for whoever may read them), once there are any.
import { useQuery } from '@tanstack/react-query';
import { queries, queryClient } from '../queries';
import { MINUTES_STATUS } from './minutes-status';

export function EventMinutesLinks({ eventId }: { eventId: string }) {
  const minutes = useQuery(queries.eventMinutes(eventId), queryClient);
  if (!minutes.isSuccess || minutes.data.length === 0) return null;
  return (
    <section aria-labelledby="minutes-heading" className="section">
      <h2 id="minutes-heading">Minutes</h2>
      <ul>
        {minutes.data.map((item) => (
          <li key={item.id}>
            <a href={`/minutes/${encodeURIComponent(item.id)}`}>{item.content.title}</a>
            {item.status !== 'published' && <span className="muted"> ({MINUTES_STATUS[item.status].toLowerCase()})</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}
