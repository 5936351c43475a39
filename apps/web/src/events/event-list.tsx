import type { EventSummary, EventVisibility } from '../api';
import { placesLeftText } from './places';
import { formatWhen, kindLabel } from '../format';
import { useMessages } from '../i18n/i18n';
import { eventsMessages } from '@convene/i18n/web/events.messages';


export const VISIBILITY_LABEL: Record<EventVisibility, keyof typeof eventsMessages | null> = {
  public: null,
  members: 'events.visibility.members',
  invitation: 'events.visibility.invitation',
};

/** `past`: events that have ended, whose places left no longer matter. */
export function EventList({ events, past = false }: { events: EventSummary[]; past?: boolean }) {
  const { t } = useMessages(eventsMessages);
  return (
    <ul className="event-list">
      {events.map((event) => {
        const places = past ? null : placesLeftText(event.placesLeft);
        const visibilityKey = VISIBILITY_LABEL[event.visibility];
        const visibility = visibilityKey && t(visibilityKey);
        return (
          <li key={event.id} className="event-card">
            <h3 className="event-card-title">
              <a href={`/events/${encodeURIComponent(event.slug)}`}>{event.title}</a>
            </h3>
            <p className="event-card-when">
              <time dateTime={event.startsAt}>{formatWhen(event.startsAt, event.endsAt, event.timeZone)}</time>
            </p>
            <p className="event-card-meta">
              {[kindLabel(event.kind), event.hostOrganisation && t('events.hostedBy', { host: event.hostOrganisation.name }), event.venueName]
                .filter(Boolean)
                .join(' · ')}
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
