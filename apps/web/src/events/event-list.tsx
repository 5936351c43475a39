import type { EventSummary, EventVisibility } from '../api';
import { placesLeftText } from './places';
import { formatWhen, kindLabel } from '../format';
import { useMessages } from '../i18n/i18n';
import { bothLanguages, contentIn, langOf } from './in-language';
import { eventsMessages } from '@convene/i18n/web/events.messages';


export const VISIBILITY_LABEL: Record<EventVisibility, keyof typeof eventsMessages | null> = {
  public: null,
  members: 'events.visibility.members',
  invitation: 'events.visibility.invitation',
};

/** `past`: events that have ended, whose places left no longer matter. */
export function EventList({ events, past = false }: { events: EventSummary[]; past?: boolean }) {
  const { t, language } = useMessages(eventsMessages);
  return (
    <ul className="event-list">
      {events.map((event) => {
        const places = past ? null : placesLeftText(event.placesLeft);
        const visibilityKey = VISIBILITY_LABEL[event.visibility];
        const visibility = visibilityKey && t(visibilityKey);
        // A bilingual event is named in both, Welsh first; another in the reader's language where it has it.
        const titles = event.bilingual ? bothLanguages(event.title, event.titleCy) : [contentIn(language, event.title, event.titleCy) ?? { text: event.title, language: 'en' as const }];
        const venue = contentIn(language, event.venueName, event.venueNameCy);
        return (
          <li key={event.id} className="event-card">
            <h3 className="event-card-title">
              <a href={`/events/${encodeURIComponent(event.slug)}`}>
                {titles.map((title, index) => (
                  <span key={title.language} lang={langOf(title, language)} className={index > 0 ? 'title-second' : undefined}>
                    {title.text}
                  </span>
                ))}
              </a>
            </h3>
            <p className="event-card-when">
              <time dateTime={event.startsAt}>{formatWhen(event.startsAt, event.endsAt, event.timeZone)}</time>
            </p>
            <p className="event-card-meta">
              {[kindLabel(event.kind), event.hostOrganisation && t('events.hostedBy', { host: event.hostOrganisation.name })].filter(Boolean).join(' · ')}
              {venue && (
                <>
                  {' · '}
                  <span lang={langOf(venue, language)}>{venue.text}</span>
                </>
              )}
            </p>
            {(visibility || places) && (
              <p className="tags">
                {visibility && <span className="tag">{visibility}</span>}
                {places && <span className="tag">{places}</span>}
              </p>
            )}
          </li>
        );
      })}
    </ul>
  );
}
