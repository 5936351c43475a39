// /organise/events/:id: change an event, publish or cancel it, build its agenda, see and manage
// its registrations, and invite people.
import { useQuery } from '@tanstack/react-query';
import { invalidate, queries, queryClient } from '../queries';
import { useEffect, useState } from 'react';
import { api, type EventView } from '../api';
import { formatWhen, zoneLabel } from '../format';
import { AgendaEditor } from '../organise/agenda-editor';
import { OrganiserGate, Outcome, STATUS_LABEL, kindLabel } from '../organise/common';
import { EventActions } from '../organise/event-actions';
import { EventForm } from '../organise/event-form';
import { clearFlash, peekFlash } from '../organise/flash';
import { InviteForm } from '../organise/invite-form';
import { RegistrationsPanel } from '../organise/registrations-panel';
import { VotingPanel } from '../organise/voting-panel';
import { EventMinutesPanel } from '../minutes/event-minutes-panel';
import { useDocumentTitle } from '../site';

export function OrganiseEventPage({ id }: { id: string }) {
  return <OrganiserGate>{() => <ManageEvent id={id} />}</OrganiserGate>;
}

function ManageEvent({ id }: { id: string }) {
  const loaded = useQuery(queries.event(id), queryClient);
  const event = loaded.data ?? null;
  useDocumentTitle(event ? `Organise: ${event.title}` : loaded.isError ? 'Event not found' : 'Organise an event');

  if (event) return <EventManager event={event} onChange={(view) => showChangedEvent(id, view)} />;
  if (loaded.isError) {
    return loaded.error.status === 404 || loaded.error.status === 400 ? (
      <>
        <h1>Event not found</h1>
        <p>No event has that address. It may have been mistyped.</p>
        <p>
          <a href="/organise">Back to organising events</a>
        </p>
      </>
    ) : (
      <>
        <h1>Sorry, there is a problem</h1>
        <p>We could not load this event ({loaded.error.message}). Try again in a moment.</p>
      </>
    );
  }
  return <p className="muted">Loading the event…</p>;
}

/** An organiser's change answers with the event: this page shows it at once, and the lists that show events load again. */
function showChangedEvent(id: string, view: EventView): void {
  queryClient.setQueryData(queries.event(id).queryKey, view);
  void invalidate(['events'], queries.event(view.slug).queryKey);
}

function EventManager({ event, onChange }: { event: EventView; onChange: (event: EventView) => void }) {
  const [message, setMessage] = useState<string | null>(() => peekFlash(event.id));
  const [saved, setSaved] = useState<string | null>(null);
  useEffect(() => clearFlash(event.id), [event.id]);

  function changed(view: EventView) {
    onChange(view);
    setMessage(null);
  }

  return (
    <>
      <p className="caption">
        <a href="/organise">Organise events</a> · {kindLabel(event.kind)}
      </p>
      <h1>{event.title}</h1>
      <Outcome message={message} />
      <dl className="facts">
        <div>
          <dt>Status</dt>
          <dd>
            <span className={`tag tag-${event.status}`}>{STATUS_LABEL[event.status]}</span>
          </dd>
        </div>
        <div>
          <dt>When</dt>
          <dd>
            <time dateTime={event.startsAt}>{formatWhen(event.startsAt, event.endsAt, event.timeZone)}</time>{' '}
            <span className="muted">({zoneLabel(event.timeZone)})</span>
          </dd>
        </div>
        {(event.venueName || event.venueAddress) && (
          <div>
            <dt>Where</dt>
            <dd className="address">{[event.venueName, event.venueAddress].filter(Boolean).join('\n')}</dd>
          </div>
        )}
        <div>
          <dt>Public page</dt>
          <dd>
            <a href={`/events/${encodeURIComponent(event.slug)}`}>/events/{event.slug}</a>
            {event.status === 'draft' && <span className="muted"> (only organisers can open it until it is published)</span>}
          </dd>
        </div>
      </dl>

      <EventActions event={event} onChanged={changed} />
      <AgendaEditor event={event} />
      <RegistrationsPanel event={event} />
      <VotingPanel event={event} />
      {event.status !== 'cancelled' && <InviteForm event={event} />}
      <EventMinutesPanel event={event} />

      <div className="section">
        {event.status === 'cancelled' ? (
          <>
            <h2>Event details</h2>
            <p>This event is cancelled, so its details can no longer be changed.</p>
          </>
        ) : (
          <EventForm
            id="edit"
            heading="Change the event's details"
            headingId="edit-heading"
            submitLabel="Save changes"
            event={event}
            save={(fields) => api.updateEvent(event.id, fields)}
            onSaved={(view) => {
              onChange(view);
              setSaved(`Your changes have been saved (${new Date().toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' })}).`);
            }}
          />
        )}
        <Outcome message={saved} />
      </div>
    </>
  );
}
