import { api } from '../api';
import { EventList } from '../events/event-list';
import { NETWORK, useDocumentTitle, useLoad } from '../site';

export function HomePage() {
  useDocumentTitle(null);
  const events = useLoad('upcoming', (signal) => api.events(signal));

  return (
    <>
      <h1>Convene</h1>
      <p className="lead">
        Convene runs the meetings of the {NETWORK}: network forums hosted by member councils, policy roundtables,
        conference plenaries and committees.
      </p>
      <p>Register for a meeting, ask questions, follow liveblogs and read the minutes, all in one place.</p>

      <section aria-labelledby="events-heading" className="section">
        <h2 id="events-heading">Upcoming events</h2>
        {events.state === 'loading' && <p className="muted">Loading events…</p>}
        {events.state === 'failed' && (
          <p className="error-text">We could not load the events ({events.error.message}). Try again in a moment.</p>
        )}
        {events.state === 'ready' &&
          (events.value.length ? <EventList events={events.value} /> : (
            <div className="panel">
              <p>No events are listed yet.</p>
            </div>
          ))}
      </section>
    </>
  );
}
