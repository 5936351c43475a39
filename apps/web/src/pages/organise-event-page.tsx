// /organise/events/:id: change an event, publish or cancel it, build its agenda, see and manage
// its registrations, and invite people.
import { useQuery } from '@tanstack/react-query';
import { invalidate, queries, queryClient } from '../queries';
import { useEffect, useState } from 'react';
import { api, type EventView } from '../api';
import { apiErrorText } from '../api-errors';
import { formatTime, formatWhen, kindLabel, zoneLabel } from '../format';
import { AgendaEditor } from '../organise/agenda-editor';
import { Outcome } from '../organise/common';
import { OrganiserGate } from '../organise/organiser-gate';
import { useOrganiseT } from '../organise/organise-t';
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
  const { t } = useOrganiseT();
  const loaded = useQuery(queries.event(id), queryClient);
  const event = loaded.data ?? null;
  useDocumentTitle(event ? t('organise.event.titleOf', { title: event.title }) : loaded.isError ? t('organise.event.notFound') : t('organise.event.titleLoading'));

  if (event) return <EventManager event={event} onChange={(view) => showChangedEvent(id, view)} />;
  if (loaded.isError) {
    return loaded.error.status === 404 || loaded.error.status === 400 ? (
      <>
        <h1>{t('organise.event.notFound')}</h1>
        <p>{t('organise.event.notFoundBody')}</p>
        <p>
          <a href="/organise">{t('organise.event.back')}</a>
        </p>
      </>
    ) : (
      <>
        <h1>{t('organise.gate.failedHeading')}</h1>
        <p>{t('organise.event.failed', { reason: apiErrorText(loaded.error) })}</p>
      </>
    );
  }
  return <p className="muted">{t('organise.event.loading')}</p>;
}

/** An organiser's change answers with the event: this page shows it at once, and the lists that show events load again. */
function showChangedEvent(id: string, view: EventView): void {
  queryClient.setQueryData(queries.event(id).queryKey, view);
  void invalidate(['events'], queries.event(view.slug).queryKey);
}

function EventManager({ event, onChange }: { event: EventView; onChange: (event: EventView) => void }) {
  const { t } = useOrganiseT();
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
        <a href="/organise">{t('organise.title')}</a> · {kindLabel(event.kind)}
      </p>
      <h1>{event.title}</h1>
      <Outcome message={message} />
      <dl className="facts">
        <div>
          <dt>{t('organise.event.status')}</dt>
          <dd>
            <span className={`tag tag-${event.status}`}>{t('organise.status', { status: event.status })}</span>
          </dd>
        </div>
        <div>
          <dt>{t('organise.event.when')}</dt>
          <dd>
            <time dateTime={event.startsAt}>{formatWhen(event.startsAt, event.endsAt, event.timeZone)}</time>{' '}
            <span className="muted">({zoneLabel(event.timeZone)})</span>
          </dd>
        </div>
        {(event.venueName || event.venueAddress) && (
          <div>
            <dt>{t('organise.event.where')}</dt>
            <dd className="address">{[event.venueName, event.venueAddress].filter(Boolean).join('\n')}</dd>
          </div>
        )}
        <div>
          <dt>{t('organise.event.publicPage')}</dt>
          <dd>
            <a href={`/events/${encodeURIComponent(event.slug)}`}>/events/{event.slug}</a>
            {event.status === 'draft' && <span className="muted"> {t('organise.event.draftPage')}</span>}
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
            <h2>{t('organise.event.details')}</h2>
            <p>{t('organise.event.cancelledDetails')}</p>
          </>
        ) : (
          <EventForm
            id="edit"
            heading={t('organise.event.editHeading')}
            headingId="edit-heading"
            submitLabel={t('organise.saveChanges')}
            event={event}
            save={(fields) => api.updateEvent(event.id, fields)}
            onSaved={(view) => {
              onChange(view);
              setSaved(t('organise.event.saved', { time: formatTime(new Date().toISOString(), Intl.DateTimeFormat().resolvedOptions().timeZone) }));
            }}
          />
        )}
        <Outcome message={saved} />
      </div>
    </>
  );
}
