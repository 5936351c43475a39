import { useQuery } from '@tanstack/react-query';
import { queries, queryClient } from '../queries';
import { EventList } from '../events/event-list';
import { PastMeetings } from '../events/past-meetings';
import { useMessages } from '../i18n/i18n';
import { eventsMessages } from '@convene/i18n/web/events.messages';
import { apiErrorText } from '../api-errors';
import { useDocumentTitle } from '../site';

export function HomePage() {
  const { t } = useMessages(eventsMessages);
  useDocumentTitle(null);
  const events = useQuery(queries.upcomingEvents(), queryClient);

  return (
    <>
      <h1>Convene</h1>
      <p className="lead">{t('home.lead', { network: t('common.network') })}</p>
      <p>{t('home.intro')}</p>

      <section aria-labelledby="events-heading" className="section">
        <h2 id="events-heading">{t('home.upcoming')}</h2>
        {events.isPending && <p className="muted">{t('home.loadingEvents')}</p>}
        {events.isError && <p className="error-text">{t('home.loadFailed', { problem: apiErrorText(events.error) })}</p>}
        {events.isSuccess &&
          (events.data.length ? <EventList events={events.data} /> : (
            <div className="panel">
              <p>{t('home.noEvents')}</p>
            </div>
          ))}
      </section>

      <PastMeetings />
    </>
  );
}
