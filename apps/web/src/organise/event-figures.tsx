// The overview's key figures: sessions on the agenda and where the registrations stand, each a
// link to the page that changes it.
import { useQuery } from '@tanstack/react-query';
import { doorMessages } from '@convene/i18n/web/door.messages';
import type { EventView } from '../api';
import { useMessages } from '../i18n/i18n';
import { queries, queryClient } from '../queries';
import { sectionPath } from './event-sections';
import { useOrganiseT } from './organise-t';

export function EventFigures({ event }: { event: EventView }) {
  const { t } = useOrganiseT();
  const door = useMessages(doorMessages).t;
  const agenda = useQuery(queries.agenda(event.id), queryClient);
  const summary = useQuery(queries.registrationSummary(event.id), queryClient);
  const sessions = agenda.data?.days.reduce((sum, day) => sum + day.sessions.length, 0);
  const byStatus = summary.data?.byStatus;

  return (
    <section aria-labelledby="figures-heading" className="section">
      <h2 id="figures-heading">{t('organise.figures.heading')}</h2>
      {(agenda.isError || summary.isError) && <p className="error-text">{t('organise.figures.failed')}</p>}
      <ul className="counts">
        {sessions !== undefined && (
          <li>
            <a href={sectionPath(event, 'agenda')}>
              <span className="count">{sessions}</span> {t('organise.figures.sessions', { count: sessions })}
            </a>
          </li>
        )}
        {byStatus && (
          <>
            <li>
              <a href={sectionPath(event, 'people')}>
                <span className="count">{byStatus.confirmed}</span> {door('door.status.confirmed')}
              </a>
            </li>
            <li>
              <a href={sectionPath(event, 'people')}>
                <span className="count">{byStatus.waitlisted}</span> {door('door.status.waitlisted')}
              </a>
            </li>
            <li>
              <a href={sectionPath(event, 'people')}>
                <span className="count">{byStatus.pending}</span> {door('door.status.pending')}
              </a>
            </li>
            <li>
              <a href={sectionPath(event, 'people')}>
                <span className="count">{byStatus.apologies}</span> {t('organise.figures.apologies', { count: byStatus.apologies })}
              </a>
            </li>
            <li>
              <a href={sectionPath(event, 'check-in')}>
                <span className="count">{byStatus.checkedIn}</span> {t('organise.figures.checkedIn')}
              </a>
            </li>
          </>
        )}
      </ul>
    </section>
  );
}
