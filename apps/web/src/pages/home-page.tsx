import { api } from '../api';
import { EventList } from '../events/event-list';
import { PastMeetings } from '../events/past-meetings';
import { useT } from '../i18n/i18n';
import { useDocumentTitle } from '../site';
import { useLoad } from '../load';

export function HomePage() {
  const { t } = useT();
  useDocumentTitle(null);
  const events = useLoad('upcoming', (signal) => api.events(signal));

  return (
    <>
      <h1>Convene</h1>
      <p className="lead">{t('home.lead', { network: t('common.network') })}</p>
      <p>{t('home.intro')}</p>

      <section aria-labelledby="events-heading" className="section">
        <h2 id="events-heading">{t('home.upcoming')}</h2>
        {events.state === 'loading' && <p className="muted">{t('home.loadingEvents')}</p>}
        {events.state === 'failed' && <p className="error-text">{t('home.loadFailed', { problem: events.error.message })}</p>}
        {events.state === 'ready' &&
          (events.value.length ? <EventList events={events.value} /> : (
            <div className="panel">
              <p>{t('home.noEvents')}</p>
            </div>
          ))}
      </section>

      <PastMeetings />
    </>
  );
}
