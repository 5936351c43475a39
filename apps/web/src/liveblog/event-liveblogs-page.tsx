import { useDocumentTitle } from '../site';
import { useQuery } from '@tanstack/react-query';
import { queries, queryClient } from '../queries';
import './liveblog.css';

/** Every liveblog of an event, live or archived. */
export function EventLiveblogsPage({ slug }: { slug: string }) {
  const list = useQuery(queries.eventLiveblogs(slug), queryClient);
  useDocumentTitle(list.isSuccess ? `Liveblogs: ${list.data.event.title}` : null);
  if (list.isPending) return <p className="muted">Loading…</p>;
  if (list.isError) return <h1>Event not found</h1>;
  const { event, items, restricted } = list.data;
  return (
    <>
      <p className="caption">
        <a href={`/events/${encodeURIComponent(event.slug)}`}>{event.title}</a>
      </p>
      <h1>Liveblogs</h1>
      {restricted && <p>These liveblogs are for the members or invitees of the event. Sign in to read them.</p>}
      {!restricted && items.length === 0 && <p className="muted">This event has no liveblogs.</p>}
      <ul className="event-list">
        {items.map((item) => (
          <li key={item.sessionId} className="event-card">
            <p className="event-card-title">
              <a href={`/sessions/${encodeURIComponent(item.sessionId)}/liveblog`}>{item.title}</a>
            </p>
            <p className="event-card-meta">
              {item.entries} {item.entries === 1 ? 'entry' : 'entries'}
              {item.room && ` · ${item.room}`}
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}
