import type { Agenda, EventView } from '../api';
import { placesLeftText } from '../events/places';
import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { queries, queryClient } from '../queries';
import { AgendaView } from '../events/agenda';
import { ApologiesForm } from '../events/apologies-form';
import { VISIBILITY_LABEL } from '../events/event-list';
import { Paragraphs } from '../events/paragraphs';
import { RegistrationForm } from '../events/registration-form';
import { EventMinutesLinks } from '../minutes/event-minutes-links';
import { MembersOnlyAccess } from '../events/members-only-access';
import { formatWhen, kindLabel, zoneLabel } from '../format';
import { useMessages } from '../i18n/i18n';
import { eventsMessages } from '@convene/i18n/web/events.messages';
import { useDocumentTitle } from '../site';

const RESTRICTED_NOTICE = {
  members: 'This event is for member councils',
  invitation: 'This event is by invitation',
} as const;

/** `invitation` is the token from an invitation mail's link (`?invitation=`): it opens the form of an invitation-only event. */
export function EventPage({ slug, invitation = null }: { slug: string; invitation?: string | null }) {
  const event = useQuery(queries.event(slug), queryClient);
  const open = event.isSuccess && !event.data.restricted ? event.data : null;
  const agenda = useQuery({ ...queries.agenda(open?.id ?? ''), enabled: open !== null }, queryClient);
  useDocumentTitle(event.isSuccess ? event.data.title : event.isError ? 'Event not found' : null);

  if (event.isPending) return <p className="muted">Loading the event…</p>;
  if (event.isError) {
    return event.error.status === 404 || event.error.status === 400 ? (
      <>
        <h1>Event not found</h1>
        <p>The event may have been moved or withdrawn, or the address may be wrong.</p>
        <p>
          <a href="/">See upcoming events</a>
        </p>
      </>
    ) : (
      <>
        <h1>Sorry, there is a problem</h1>
        <p>We could not load this event ({event.error.message}). Try again in a moment.</p>
      </>
    );
  }
  return <EventDetails event={event.data} agenda={agenda} invitation={invitation || null} />;
}

function EventDetails({ event, agenda, invitation }: { event: EventView; agenda: UseQueryResult<Agenda>; invitation: string | null }) {
  const { t } = useMessages(eventsMessages);
  // A meeting that has ended invites nothing that can no longer happen: no registration, no
  // apologies; it leads to what it left behind (minutes, liveblogs).
  const past = event.ended;
  const places = past ? null : placesLeftText(event.placesLeft, event.capacity);
  const visibilityKey = VISIBILITY_LABEL[event.visibility];
  const visibility = visibilityKey && t(visibilityKey);
  const zone = zoneLabel(event.timeZone);
  // An invitation link shows the form even where the details are restricted; the API checks the invitation.
  const invited = invitation !== null && (!event.restricted || event.visibility === 'invitation');

  return (
    <>
      <p className="caption">
        {kindLabel(event.kind)}
        {event.theme && ` · ${event.theme}`}
      </p>
      <h1>{event.title}</h1>
      <dl className="facts">
        <div>
          <dt>When</dt>
          <dd>
            <time dateTime={event.startsAt}>{formatWhen(event.startsAt, event.endsAt, event.timeZone)}</time>{' '}
            <span className="muted">({zone})</span>
          </dd>
        </div>
        {event.hostOrganisation && (
          <div>
            <dt>Hosted by</dt>
            <dd>{event.hostOrganisation.name}</dd>
          </div>
        )}
        {(event.venueName || event.venueAddress) && (
          <div>
            <dt>Where</dt>
            <dd className="address">{[event.venueName, event.venueAddress].filter(Boolean).join('\n')}</dd>
          </div>
        )}
        {(places || visibility) && (
          <div>
            <dt>Places</dt>
            <dd>
              {[visibility, places].filter(Boolean).join(' · ')}
            </dd>
          </div>
        )}
      </dl>

      {invited && (
        <div className="panel notice-panel">
          <p className="notice-title">You've been invited</p>
          <p>
            {event.registrationOpen
              ? 'Register below with the email address your invitation was sent to. Your invitation link can be used once.'
              : 'Registration for this event has closed.'}
          </p>
        </div>
      )}

      {past && (
        <div className="panel notice-panel">
          <p className="notice-title">This meeting has taken place</p>
          <p>Its published minutes and liveblogs are on this page once there are any.</p>
        </div>
      )}

      {event.restricted && !invited ? (
        <div className="panel notice-panel">
          <p className="notice-title">{event.visibility === 'invitation' ? RESTRICTED_NOTICE.invitation : RESTRICTED_NOTICE.members}</p>
          <p>The programme and registration are only shown to the people it is for.</p>
          {event.visibility === 'members' && <MembersOnlyAccess slug={event.slug} />}
        </div>
      ) : (
        <>
          {event.registrationOpen && !event.restricted && (
            <p>
              <a href="#register-heading" className="button-link">
                Register for this event
              </a>
            </p>
          )}
          {event.description && (
            <section aria-labelledby="about-heading" className="section">
              <h2 id="about-heading">About this event</h2>
              <Paragraphs text={event.description} />
            </section>
          )}
          {!event.restricted && (
            <section aria-labelledby="agenda-heading" className="section">
              <h2 id="agenda-heading">Agenda</h2>
              {agenda.isPending && <p className="muted">Loading the agenda…</p>}
              {agenda.isError && <p className="muted">The agenda is not available yet.</p>}
              {agenda.isSuccess && <AgendaView agenda={agenda.data} timeZone={event.timeZone} past={past} />}
            </section>
          )}
          {!event.restricted && <EventMinutesLinks eventId={event.id} />}
          {past && agenda.isSuccess && <EventLiveblogsLink slug={event.slug} agenda={agenda.data} />}
          {!past && (
            <>
              <div className="section">
                {event.registrationOpen ? (
                  !event.restricted && agenda.isPending ? (
                    <p className="muted">Loading the registration form…</p>
                  ) : (
                    <RegistrationForm event={event} workshops={event.restricted ? [] : workshopsOf(agenda)} invitationToken={invited ? invitation : null} />
                  )
                ) : (
                  <>
                    <h2 id="register-heading">Registration</h2>
                    <p>Registration for this event is closed.</p>
                  </>
                )}
              </div>
              <ApologiesForm event={event} />
            </>
          )}
        </>
      )}
    </>
  );
}

/** A past meeting's liveblogs, where any session kept one. */
function EventLiveblogsLink({ slug, agenda }: { slug: string; agenda: Agenda }) {
  const liveblogs = agenda.days.flatMap((day) => day.sessions).filter((session) => session.liveblog).length;
  if (!liveblogs) return null;
  return (
    <section aria-labelledby="liveblogs-heading" className="section">
      <h2 id="liveblogs-heading">Liveblogs</h2>
      <p>
        <a href={`/events/${encodeURIComponent(slug)}/liveblogs`}>{liveblogs === 1 ? 'Read the liveblog of this meeting' : `Read the ${liveblogs} liveblogs of this meeting`}</a>
      </p>
    </section>
  );
}

function workshopsOf(agenda: UseQueryResult<Agenda>) {
  if (!agenda.isSuccess) return [];
  return agenda.data.days.flatMap((day) => day.sessions).filter((session) => session.kind === 'workshop');
}
