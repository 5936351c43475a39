// The organisers' list of apologies: who sent them and when, how many; those who came after all
// are marked (they are Present in the minutes, not under Apologies).
import { api, type EventView } from '../api';
import { formatDay } from '../format';
import { useLoad } from '../load';

export function ApologiesList({ event, version }: { event: EventView; version: number }) {
  const list = useLoad(`organise-apologies:${event.id}:${version}`, (signal) => api.apologiesOf(event.id, signal));
  return (
    <section aria-labelledby="apologies-list-heading">
      <h3 id="apologies-list-heading">Apologies{list.state === 'ready' ? ` (${list.value.total})` : ''}</h3>
      {list.state === 'loading' && <p className="muted">Loading apologies…</p>}
      {list.state === 'failed' && <p className="error-text">Sorry, we could not load the apologies.</p>}
      {list.state === 'ready' &&
        (list.value.items.length === 0 ? (
          <p>No apologies yet.</p>
        ) : (
          <ul>
            {list.value.items.map((item, index) => (
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
