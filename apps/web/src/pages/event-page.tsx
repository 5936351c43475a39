import type { Agenda, EventView } from '../api';
import { placesLeftText } from '../events/places';
import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { queries, queryClient } from '../queries';
import { AgendaView } from '../events/agenda';
import { ApologiesForm } from '../events/apologies-form';
import { VISIBILITY_LABEL } from '../events/event-list';
import { Paragraphs } from '../events/paragraphs';
import { contentFor, langOf, titleIn } from '../events/in-language';
import { RegistrationForm } from '../events/registration-form';
import { EventMinutesLinks } from '../minutes/event-minutes-links';
import { MembersOnlyAccess } from '../events/members-only-access';
import { formatWhen, kindLabel, zoneLabel } from '../format';
import { useMessages } from '../i18n/i18n';
import { eventPageMessages, eventsMessages } from '@convene/i18n/web/events.messages';
import { sharedMessages } from '@convene/i18n/web/shared.messages';
import { apiErrorText } from '../api-errors';
import { useDocumentTitle } from '../site';

/** `invitation` is the token from an invitation mail's link (`?invitation=`): it opens the form of an invitation-only event. */
export function EventPage({ slug, invitation = null }: { slug: string; invitation?: string | null }) {
  const event = useQuery(queries.event(slug), queryClient);
  const open = event.isSuccess && !event.data.restricted ? event.data : null;
  const agenda = useQuery({ ...queries.agenda(open?.id ?? ''), enabled: open !== null }, queryClient);
  const { t } = useMessages(eventPageMessages);
  const shared = useMessages(sharedMessages);
  const { language } = shared;
  useDocumentTitle(event.isSuccess ? titleIn(language, event.data.title, event.data.titleCy).text : event.isError ? t('event.notFound') : null);

  if (event.isPending) return <p className="muted">{t('event.loading')}</p>;
  if (event.isError) {
    return event.error.status === 404 || event.error.status === 400 ? (
      <>
        <h1>{t('event.notFound')}</h1>
        <p>{t('event.notFoundBody')}</p>
        <p>
          <a href="/">{shared.t('link.upcomingEvents')}</a>
        </p>
      </>
    ) : (
      <>
        <h1>{shared.t('problem.heading')}</h1>
        <p>{t('event.loadFailed', { problem: apiErrorText(event.error) })}</p>
      </>
    );
  }
  return <EventDetails event={event.data} agenda={agenda} invitation={invitation || null} />;
}

function EventDetails({ event, agenda, invitation }: { event: EventView; agenda: UseQueryResult<Agenda>; invitation: string | null }) {
  const { t, language } = useMessages(eventPageMessages);
  const events = useMessages(eventsMessages);
  // Content in the reader's language where given, else the other (marked); a bilingual event in both, Welsh first.
  const inBoth = (english: string | null, welsh: string | null) => contentFor(language, event.bilingual, english, welsh);
  const titles = inBoth(event.title, event.titleCy);
  const descriptions = inBoth(event.description, event.descriptionCy);
  // The Welsh venue fills a part not given in Welsh from the English; with no Welsh at all there is one venue, not the same twice.
  const welshVenue = event.venueNameCy || event.venueAddressCy ? [event.venueNameCy ?? event.venueName, event.venueAddressCy ?? event.venueAddress].filter(Boolean).join('\n') : null;
  const venues = inBoth([event.venueName, event.venueAddress].filter(Boolean).join('\n') || null, welshVenue);
  // A meeting that has ended invites nothing that can no longer happen: no registration, no
  // apologies; it leads to what it left behind (minutes, liveblogs).
  const past = event.ended;
  const places = past ? null : placesLeftText(event.placesLeft, event.capacity);
  const visibilityKey = VISIBILITY_LABEL[event.visibility];
  const visibility = visibilityKey && events.t(visibilityKey);
  const zone = zoneLabel(event.timeZone);
  // An invitation link shows the form even where the details are restricted; the API checks the invitation.
  const invited = invitation !== null && (!event.restricted || event.visibility === 'invitation');

  return (
    <>
      <p className="caption">
        {kindLabel(event.kind)}
        {event.theme && ` · ${event.theme}`}
      </p>
      <h1>
        {titles.map((title, index) => (
          <span key={title.language} lang={langOf(title, language)} className={index > 0 ? 'title-second' : undefined}>
            {title.text}
          </span>
        ))}
      </h1>
      <dl className="facts">
        <div>
          <dt>{t('event.when')}</dt>
          <dd>
            <time dateTime={event.startsAt}>{formatWhen(event.startsAt, event.endsAt, event.timeZone)}</time>{' '}
            <span className="muted">({zone})</span>
          </dd>
        </div>
        {event.hostOrganisation && (
          <div>
            <dt>{t('event.hostedBy')}</dt>
            <dd>{event.hostOrganisation.name}</dd>
          </div>
        )}
        {venues.length > 0 && (
          <div>
            <dt>{t('event.where')}</dt>
            <dd>
              {venues.map((venue) => (
                <span key={venue.language} className="address content-block" lang={langOf(venue, language)}>
                  {venue.text}
                </span>
              ))}
            </dd>
          </div>
        )}
        {(places || visibility) && (
          <div>
            <dt>{t('event.places')}</dt>
            <dd>
              {[visibility, places].filter(Boolean).join(' · ')}
            </dd>
          </div>
        )}
      </dl>

      {invited && (
        <div className="panel notice-panel">
          <p className="notice-title">{t('event.invited')}</p>
          <p>
            {event.registrationOpen ? t('event.invitedBody') : t('event.registrationClosed')}
          </p>
        </div>
      )}

      {past && (
        <div className="panel notice-panel">
          <p className="notice-title">{t('event.tookPlace')}</p>
          <p>{t('event.tookPlaceBody')}</p>
        </div>
      )}

      {event.restricted && !invited ? (
        <div className="panel notice-panel">
          <p className="notice-title">{t('event.restricted', { visibility: event.visibility })}</p>
          <p>{t('event.restrictedBody')}</p>
          {event.visibility === 'members' && <MembersOnlyAccess slug={event.slug} />}
        </div>
      ) : (
        <>
          {event.registrationOpen && !event.restricted && (
            <p>
              <a href="#register-heading" className="button-link">
                {t('event.registerLink')}
              </a>
            </p>
          )}
          {descriptions.length > 0 && (
            <section aria-labelledby="about-heading" className="section">
              <h2 id="about-heading">{t('event.about')}</h2>
              {descriptions.map((description) => (
                <div key={description.language} lang={langOf(description, language)}>
                  <Paragraphs text={description.text} />
                </div>
              ))}
            </section>
          )}
          {!event.restricted && (
            <section aria-labelledby="agenda-heading" className="section">
              <h2 id="agenda-heading">{t('event.agenda')}</h2>
              {agenda.isPending && <p className="muted">{t('event.agendaLoading')}</p>}
              {agenda.isError && <p className="muted">{t('event.agendaUnavailable')}</p>}
              {agenda.isSuccess && <AgendaView agenda={agenda.data} timeZone={event.timeZone} past={past} bilingual={event.bilingual} />}
            </section>
          )}
          {!event.restricted && <EventMinutesLinks eventId={event.id} />}
          {past && agenda.isSuccess && <EventLiveblogsLink slug={event.slug} agenda={agenda.data} />}
          {!past && (
            <>
              <div className="section">
                {event.registrationOpen ? (
                  !event.restricted && agenda.isPending ? (
                    <p className="muted">{t('event.formLoading')}</p>
                  ) : (
                    <RegistrationForm event={event} workshops={event.restricted ? [] : workshopsOf(agenda)} invitationToken={invited ? invitation : null} />
                  )
                ) : (
                  <>
                    <h2 id="register-heading">{t('event.registration')}</h2>
                    <p>{t('event.registrationIsClosed')}</p>
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
  const { t } = useMessages(eventPageMessages);
  if (!liveblogs) return null;
  return (
    <section aria-labelledby="liveblogs-heading" className="section">
      <h2 id="liveblogs-heading">{t('event.liveblogs')}</h2>
      <p>
        <a href={`/events/${encodeURIComponent(slug)}/liveblogs`}>{t('event.readLiveblogs', { count: liveblogs })}</a>
      </p>
    </section>
  );
}

function workshopsOf(agenda: UseQueryResult<Agenda>) {
  if (!agenda.isSuccess) return [];
  return agenda.data.days.flatMap((day) => day.sessions).filter((session) => session.kind === 'workshop');
}
