import type { EventSummary, EventVisibility } from '../api';
import { formatWhen, humanise, placesLeftText } from '../format';

export const VISIBILITY_LABEL: Record<EventVisibility, string | null> = {
  public: null,
  members: 'Member councils only',
  invitation: 'By invitation',
};

export function EventList({ events }: { events: EventSummary[] }) {
  return (
    <ul className="event-list">
      {events.map((event) => {
        const places = placesLeftText(event.placesLeft);
        const visibility = VISIBILITY_LABEL[event.visibility];
        return (
          <li key={event.id} className="event-card">
            <h3 className="event-card-title">
              <a href={`/events/${encodeURIComponent(event.slug)}`}>{event.title}</a>
            </h3>
            <p className="event-card-when">
              <time dateTime={event.startsAt}>{formatWhen(event.startsAt, event.endsAt, event.timeZone)}</time>
            </p>
            <p className="event-card-meta">
              {[humanise(event.kind), event.hostOrganisation && `Hosted by ${event.hostOrganisation.name}`, event.venueName]
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
