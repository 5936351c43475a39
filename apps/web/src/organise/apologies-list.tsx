// The organisers' list of apologies: who sent them and when, how many; those who came after all
// are marked (they are Present in the minutes, not under Apologies).
import { useQuery } from '@tanstack/react-query';
import { queries, queryClient } from '../queries';
import type { EventView } from '../api';
import { formatDay } from '../format';

export function ApologiesList({ event }: { event: EventView }) {
  const list = useQuery(queries.apologies(event.id), queryClient);
  return (
    <section aria-labelledby="apologies-list-heading">
      <h3 id="apologies-list-heading">Apologies{list.isSuccess ? ` (${list.data.total})` : ''}</h3>
      {list.isPending && <p className="muted">Loading apologies…</p>}
      {list.isError && <p className="error-text">Sorry, we could not load the apologies.</p>}
      {list.isSuccess &&
        (list.data.items.length === 0 ? (
          <p>No apologies yet.</p>
        ) : (
          <ul>
            {list.data.items.map((item, index) => (
              <li key={`${item.name}-${index}`}>
                {item.name}
                {item.organisationName ? `, ${item.organisationName}` : ''} <span className="muted">(sent {formatDay(item.sentAt, event.timeZone)})</span>
                {item.present ? ' — came after all: listed as present' : ''}
              </li>
            ))}
          </ul>
        ))}
    </section>
  );
}
