// /organise: the events an organiser can manage, and a form to create one.
import { useQuery } from '@tanstack/react-query';
import { queries, queryClient } from '../queries';
import { api, type Me } from '../api';
import { apiErrorText } from '../api-errors';
import { formatWhen, kindLabel } from '../format';
import { AccessRequestsPanel } from '../organise/access-requests-panel';
import { OrganiserGate } from '../organise/organiser-gate';
import { useOrganiseT } from '../organise/organise-t';
import { EventForm } from '../organise/event-form';
import { setFlash } from '../organise/flash';
import { navigate } from '../navigation';
import { useDocumentTitle } from '../site';

// The network admin's pages load with this chunk (see routes.tsx).
export { AdminPages } from '../admin/admin-pages';

export const manageEventPath = (id: string) => `/organise/events/${encodeURIComponent(id)}`;

export function OrganisePage() {
  const { t } = useOrganiseT();
  useDocumentTitle(t('organise.title'));
  return <OrganiserGate>{(person) => <Organise person={person} />}</OrganiserGate>;
}

function Organise({ person }: { person: Me }) {
  const { t } = useOrganiseT();
  const mine = useQuery(queries.myEvents(person.id), queryClient);

  return (
    <>
      <h1>{t('organise.title')}</h1>
      <p className="lead">{t('organise.lead')}</p>
      <p>
        <a href="#create-heading">{t('organise.createLink')}</a>
      </p>

      <section aria-labelledby="mine-heading" className="section">
        <h2 id="mine-heading">{t('organise.mine')}</h2>
        {mine.isPending && <p className="muted">{t('organise.mine.loading')}</p>}
        {mine.isError && <p className="error-text">{t('organise.mine.failed', { reason: apiErrorText(mine.error) })}</p>}
        {mine.isSuccess &&
          (mine.data.length ? (
            <ul className="event-list">
              {mine.data.map((event) => (
                <li key={event.id} className="event-card">
                  <h3 className="event-card-title">
                    <a href={manageEventPath(event.id)}>{event.title}</a>
                  </h3>
                  <p className="event-card-when">
                    <time dateTime={event.startsAt}>{formatWhen(event.startsAt, event.endsAt, event.timeZone)}</time>
                  </p>
                  <p className="tags">
                    <span className={`tag tag-${event.status}`}>{t('organise.status', { status: event.status })}</span>
                  </p>
                  <p className="event-card-meta">{[kindLabel(event.kind), event.venueName].filter(Boolean).join(' · ')}</p>
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">{t('organise.mine.none')}</p>
          ))}
      </section>

      <AccessRequestsPanel />

      <div className="section">
        <EventForm
          id="create"
          heading={t('organise.createLink')}
          headingId="create-heading"
          submitLabel={t('organise.create.submit')}
          save={(fields) => api.createEvent(fields as Parameters<typeof api.createEvent>[0])}
          onSaved={(view) => {
            setFlash(view.id, t('organise.created', { title: view.title }));
            navigate(manageEventPath(view.id));
          }}
        />
      </div>
    </>
  );
}
