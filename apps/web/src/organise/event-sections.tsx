// An event's organiser pages, one address each (paths.organiseEvent matches them), and the
// navigation between them: one long page held everything, and an organiser (or a volunteer at the
// door, on a phone) could not find what they came for.
import './organise.css';
import type { EventView } from '../api';
import { useOrganiseT } from './organise-t';

/** Each page's last part of the address; the overview has none (/organise/events/:id). */
export type EventSection = 'overview' | 'agenda' | 'people' | 'check-in' | 'minutes' | 'details';

const SECTIONS: EventSection[] = ['overview', 'agenda', 'people', 'check-in', 'minutes', 'details'];

/** The section an address's last part names (the router only lets the known ones through). */
export const sectionOf = (part: string | null): EventSection => SECTIONS.find((section) => section === part) ?? 'overview';

export const sectionPath = (event: Pick<EventView, 'id'>, section: EventSection) =>
  `/organise/events/${encodeURIComponent(event.id)}${section === 'overview' ? '' : `/${section}`}`;

/** A section's name, in the nav and in the tab's title. */
export function useSectionName(event: EventView | null): (section: EventSection) => string {
  const { t } = useOrganiseT();
  // A committee keeps a voting list (voting-panel.tsx); other events have only minutes.
  const votes = event?.kind === 'committee_meeting';
  return (section) => {
    switch (section) {
      case 'overview':
        return t('organise.sections.overview');
      case 'agenda':
        return t('organise.sections.agenda');
      case 'people':
        return t('organise.sections.people');
      case 'check-in':
        return t('organise.sections.checkIn');
      case 'minutes':
        return votes ? t('organise.sections.minutesAndVotes') : t('organise.sections.minutes');
      case 'details':
        return t('organise.sections.details');
    }
  };
}

/** The event's pages as links, the current one marked (aria-current) for screen readers and the eye. */
export function EventSectionsNav({ event, current }: { event: EventView; current: EventSection }) {
  const { t } = useOrganiseT();
  const name = useSectionName(event);
  return (
    <nav className="event-sections" aria-label={t('organise.sections.label')} data-keep-focus>
      <ul>
        {SECTIONS.map((section) => (
          <li key={section}>
            <a href={sectionPath(event, section)} aria-current={section === current ? 'page' : undefined}>
              {name(section)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
