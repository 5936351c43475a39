// /organise: the events an organiser can manage, and a form to create one.
import { api, type Me } from '../api';
import { formatWhen } from '../format';
import { STATUS_LABEL, OrganiserGate, kindLabel } from '../organise/common';
import { createdEvents, rememberEvent } from '../organise/created-events';
import { EventForm } from '../organise/event-form';
import { setFlash } from '../organise/flash';
import { navigate } from '../router';
import { useDocumentTitle, useLoad } from '../site';

export const manageEventPath = (id: string) => `/organise/events/${encodeURIComponent(id)}`;

export function OrganisePage() {
  useDocumentTitle('Organise events');
  return <OrganiserGate>{(person) => <Organise person={person} />}</OrganiserGate>;
}

function Organise({ person }: { person: Me }) {
  const created = createdEvents(person.id);
  const published = useLoad('organise:upcoming', (signal) => api.events(signal));
  const createdIds = new Set(created.map((event) => event.id));

  return (
    <>
      <h1>Organise events</h1>
      <p className="lead">Create an event as a draft, build its agenda, then publish it when it is ready.</p>
      <p>
        <a href="#create-heading">Create an event</a>
      </p>

      <section aria-labelledby="created-heading" className="section">
        <h2 id="created-heading">Events you created in this session</h2>
        {created.length ? (
          <ul className="event-list">
            {created.map((event) => (
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
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">
            Drafts you create here are listed until you close this tab. Convene cannot list your earlier drafts yet: open them from the link
            you kept.
          </p>
        )}
      </section>

      <section aria-labelledby="published-heading" className="section">
        <h2 id="published-heading">Published upcoming events</h2>
        <p className="muted">You can manage the events you organise{person.roles.includes('admin') ? ', and as an administrator, all of them' : ''}.</p>
        {published.state === 'loading' && <p className="muted">Loading events…</p>}
        {published.state === 'failed' && <p className="error-text">We could not load the events ({published.error.message}). Try again in a moment.</p>}
        {published.state === 'ready' &&
          (published.value.filter((event) => !createdIds.has(event.id)).length ? (
            <ul className="event-list">
              {published.value
                .filter((event) => !createdIds.has(event.id))
                .map((event) => (
                  <li key={event.id} className="event-card">
                    <h3 className="event-card-title">
                      <a href={manageEventPath(event.id)}>{event.title}</a>
                    </h3>
                    <p className="event-card-when">
                      <time dateTime={event.startsAt}>{formatWhen(event.startsAt, event.endsAt, event.timeZone)}</time>
                    </p>
                    <p className="event-card-meta">{[kindLabel(event.kind), event.venueName].filter(Boolean).join(' · ')}</p>
                  </li>
                ))}
            </ul>
          ) : (
            <p className="muted">No other published events are coming up.</p>
          ))}
      </section>

      <div className="section">
        <EventForm
          id="create"
          heading="Create an event"
          headingId="create-heading"
          submitLabel="Create event"
          save={(fields) => api.createEvent(fields as Parameters<typeof api.createEvent>[0])}
          onSaved={(view, sent) => {
            rememberEvent(person.id, view, sent);
            setFlash(view.id, `“${view.title}” has been created as a draft. Add its sessions, then publish it.`);
            navigate(manageEventPath(view.id));
          }}
        />
      </div>
    </>
  );
}
