import { useDocumentTitle } from '../site';
import { useLoad } from '../load';
import { liveblogApi } from './liveblog-api';
import './liveblog.css';

/** Every liveblog of an event, live or archived. */
export function EventLiveblogsPage({ slug }: { slug: string }) {
  const list = useLoad(`liveblogs:${slug}`, (signal) => liveblogApi.ofEvent(slug, signal));
  useDocumentTitle(list.state === 'ready' ? `Liveblogs: ${list.value.event.title}` : null);
  if (list.state === 'loading') return <p className="muted">Loading…</p>;
  if (list.state === 'failed') return <h1>Event not found</h1>;
  const { event, items, restricted } = list.value;
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
