// The organisers' list of apologies: who sent them and when, how many; those who came after all
// are marked (they are Present in the minutes, not under Apologies).
import { useQuery } from '@tanstack/react-query';
import { queries, queryClient } from '../queries';
import type { EventView } from '../api';
import { formatDay } from '../format';
import { useOrganiseT } from './organise-t';

export function ApologiesList({ event }: { event: EventView }) {
  const { t, rich } = useOrganiseT();
  const list = useQuery(queries.apologies(event.id), queryClient);
  return (
    <section aria-labelledby="apologies-list-heading" className="subsection">
      <h3 id="apologies-list-heading">{t('organise.apologies.heading', { loaded: list.isSuccess ? 'yes' : 'no', total: list.data?.total ?? 0 })}</h3>
      {list.isPending && <p className="muted">{t('organise.apologies.loading')}</p>}
      {list.isError && <p className="error-text">{t('organise.apologies.failed')}</p>}
      {list.isSuccess &&
        (list.data.items.length === 0 ? (
          <p>{t('organise.apologies.none')}</p>
        ) : (
          <ul>
            {list.data.items.map((item, index) => (
              <li key={`${item.name}-${index}`}>
                {rich('organise.apologies.item', {
                  name: item.name,
                  hasOrganisation: item.organisationName ? 'yes' : 'no',
                  organisation: item.organisationName ?? '',
                  date: formatDay(item.sentAt, event.timeZone),
                  present: item.present ? 'yes' : 'no',
                  muted: (parts) => <span className="muted">{parts}</span>,
                })}
              </li>
            ))}
          </ul>
        ))}
    </section>
  );
}
