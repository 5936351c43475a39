// /organise/events/:id and its parts (organise/event-sections.tsx): the overview (where the event
// stands, publishing, key figures), the agenda, the people (registrations, messages, invitations,
// apologies), check-in at the door, the minutes and votes, and the event's details. One page held
// all of it before, 8,000 px tall: nobody could find anything on it.
import { useQuery } from '@tanstack/react-query';
import { invalidate, queries, queryClient } from '../queries';
import { useEffect, useRef, useState } from 'react';
import { api, type EventView } from '../api';
import { apiErrorText } from '../api-errors';
import { formatTime, formatWhen, kindLabel, zoneLabel } from '../format';
import { AgendaEditor } from '../organise/agenda-editor';
import { CancelEvent } from '../organise/cancel-event';
import { Outcome } from '../organise/common';
import { OrganiserGate } from '../organise/organiser-gate';
import { useOrganiseT } from '../organise/organise-t';
import { EventActions } from '../organise/event-actions';
import { EventForm } from '../organise/event-form';
import { clearFlash, peekFlash } from '../organise/flash';
import { InviteForm } from '../organise/invite-form';
import { MailStatusNotice } from '../organise/mail-status-notice';
import { EventFigures } from '../organise/event-figures';
import { EventSectionsNav, sectionOf, useSectionName, type EventSection } from '../organise/event-sections';
import { RegistrationsPanel } from '../organise/registrations-panel';
import { UnpublishedChanges } from '../organise/unpublished-changes';
import { VotingPanel } from '../organise/voting-panel';
import { EventMinutesPanel } from '../minutes/event-minutes-panel';
import { useDocumentTitle } from '../site';

export function OrganiseEventPage({ id, section }: { id: string; section: string | null }) {
  return <OrganiserGate>{() => <ManageEvent id={id} section={sectionOf(section)} />}</OrganiserGate>;
}

function ManageEvent({ id, section }: { id: string; section: EventSection }) {
  const { t } = useOrganiseT();
  const loaded = useQuery(queries.event(id), queryClient);
  const event = loaded.data ?? null;
  const sectionName = useSectionName(event);
  const title = event ? t('organise.event.titleOf', { title: event.title }) : null;
  useDocumentTitle(
    event && title
      ? section === 'overview'
        ? title
        : t('organise.sections.titleOf', { section: sectionName(section), page: title })
      : loaded.isError
        ? t('organise.event.notFound')
        : t('organise.event.titleLoading'),
  );

  if (event) return <EventManager event={event} section={section} onChange={(view) => showChangedEvent(id, view)} />;
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

function EventManager({ event, section, onChange }: { event: EventView; section: EventSection; onChange: (event: EventView) => void }) {
  const { t } = useOrganiseT();
  return (
    <>
      <p className="caption">
        <a href="/organise">{t('organise.title')}</a> · {kindLabel(event.kind)}
      </p>
      <h1>{event.title}</h1>
      <MailStatusNotice eventId={event.id} />
      <EventSectionsNav event={event} current={section} />
      {section === 'overview' && <Overview event={event} onChanged={onChange} />}
      {section === 'agenda' && <AgendaEditor event={event} />}
      {section === 'people' && (
        <>
          <RegistrationsPanel event={event} at="people" />
          {event.status !== 'cancelled' && <InviteForm event={event} />}
        </>
      )}
      {section === 'check-in' && <RegistrationsPanel event={event} at="check-in" />}
      {section === 'minutes' && (
        <>
          <VotingPanel event={event} />
          <EventMinutesPanel event={event} />
        </>
      )}
      {section === 'details' && <Details event={event} onChange={onChange} />}
    </>
  );
}

/** Where the event stands: its facts, publishing, agenda changes waiting, and the figures. */
function Overview({ event, onChanged }: { event: EventView; onChanged: (event: EventView) => void }) {
  const { t } = useOrganiseT();
  // Shown once, here: "created as a draft", after the organisers' page made the event.
  const [message, setMessage] = useState<string | null>(() => peekFlash(event.id));
  useEffect(() => clearFlash(event.id), [event.id]);

  function changed(view: EventView) {
    onChanged(view);
    setMessage(null);
  }

  return (
    <>
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
      <AgendaChanges event={event} />
      <EventFigures event={event} />
    </>
  );
}

/** The agenda's changes waiting to be published (also on the agenda's page), and the outcome where they were. */
function AgendaChanges({ event }: { event: EventView }) {
  const [published, setPublished] = useState<string | null>(null);
  return (
    <>
      <Outcome message={published} />
      <UnpublishedChanges event={event} onPublished={setPublished} />
    </>
  );
}

/** The event's details, to change, and at the foot, set apart, cancelling it. */
function Details({ event, onChange }: { event: EventView; onChange: (event: EventView) => void }) {
  const { t } = useOrganiseT();
  const [saved, setSaved] = useState<string | null>(null);
  const [cancelled, setCancelled] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  // Once cancelled, the form and the cancel area are gone: focus goes to what replaced them.
  useEffect(() => {
    if (cancelled) heading.current?.focus();
  }, [cancelled]);

  if (event.status === 'cancelled') {
    return (
      <div className="section">
        <h2 ref={heading} tabIndex={-1}>
          {t('organise.event.details')}
        </h2>
        <Outcome message={cancelled} />
        <p>{t('organise.event.cancelledDetails')}</p>
      </div>
    );
  }
  return (
    <>
      <div className="section">
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
        <Outcome message={saved} />
      </div>
      <CancelEvent
        event={event}
        onCancelled={(view, done) => {
          setCancelled(done);
          onChange(view);
        }}
      />
    </>
  );
}
