// /organise: the events an organiser can manage, and a form to create one.
import { useQuery } from '@tanstack/react-query';
import { queries, queryClient } from '../queries';
import { api, type Me } from '../api';
import { formatWhen } from '../format';
import { AccessRequestsPanel } from '../organise/access-requests-panel';
import { STATUS_LABEL, OrganiserGate, kindLabel } from '../organise/common';
import { EventForm } from '../organise/event-form';
import { setFlash } from '../organise/flash';
import { navigate } from '../navigation';
import { useDocumentTitle } from '../site';

// The network admin's pages load with this chunk (see routes.tsx).
export { AdminPages } from '../admin/admin-pages';

export const manageEventPath = (id: string) => `/organise/events/${encodeURIComponent(id)}`;

export function OrganisePage() {
  useDocumentTitle('Organise events');
  return <OrganiserGate>{(person) => <Organise person={person} />}</OrganiserGate>;
}

function Organise({ person }: { person: Me }) {
  const mine = useQuery(queries.myEvents(person.id), queryClient);

  return (
    <>
      <h1>Organise events</h1>
      <p className="lead">Create an event as a draft, build its agenda, then publish it when it is ready.</p>
      <p>
        <a href="#create-heading">Create an event</a>
      </p>

      <section aria-labelledby="mine-heading" className="section">
        <h2 id="mine-heading">Your events</h2>
        {mine.isPending && <p className="muted">Loading events…</p>}
        {mine.isError && <p className="error-text">We could not load your events ({mine.error.message}). Try again in a moment.</p>}
        {mine.isSuccess &&
          (mine.data.length ? (
            <ul className="event-list">
              {mine.data.map((event) => (
                <li key={event.id} className="event-card">
                  <h3 className="event-card-title">
                    <a href={manageEventPath(event.id)}>{event.title}</a>
                  </h3>
                  <p className="event-card-when">
                    <time dateTime={event.startsAt}>{formatWhen(event.startsAt, event.endsAt, event.timeZone)}</time>
                  </p>
                  <p className="tags">
                    <span className={`tag tag-${event.status}`}>{STATUS_LABEL[event.status]}</span>
                  </p>
                  <p className="event-card-meta">{[kindLabel(event.kind), event.venueName].filter(Boolean).join(' · ')}</p>
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">You organise no events yet.</p>
          ))}
      </section>

      <AccessRequestsPanel />

      <div className="section">
        <EventForm
          id="create"
          heading="Create an event"
          headingId="create-heading"
          submitLabel="Create event"
          save={(fields) => api.createEvent(fields as Parameters<typeof api.createEvent>[0])}
          onSaved={(view) => {
            setFlash(view.id, `“${view.title}” has been created as a draft. Add its sessions, then publish it.`);
            navigate(manageEventPath(view.id));
          }}
        />
      </div>
    </>
  );
}
