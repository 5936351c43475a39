import { liveblogsMessages } from '@convene/i18n/web/liveblogs.messages';
import { useMessages } from '../i18n/i18n';
import { useDocumentTitle } from '../site';
import { useQuery } from '@tanstack/react-query';
import { queries, queryClient } from '../queries';
import './liveblog.css';

/** Every liveblog of an event, live or archived. */
export function EventLiveblogsPage({ slug }: { slug: string }) {
  const list = useQuery(queries.eventLiveblogs(slug), queryClient);
  const { t } = useMessages(liveblogsMessages);
  useDocumentTitle(list.isSuccess ? t('liveblogs.titleOf', { event: list.data.event.title }) : null);
  if (list.isPending) return <p className="muted">{t('shell.loading')}</p>;
  if (list.isError) return <h1>{t('liveblogs.eventNotFound')}</h1>;
  const { event, items, restricted } = list.data;
  return (
    <>
      <p className="caption">
        <a href={`/events/${encodeURIComponent(event.slug)}`}>{event.title}</a>
      </p>
      <h1>{t('liveblogs.title')}</h1>
      {restricted && <p>{t('liveblogs.restricted')}</p>}
      {!restricted && items.length === 0 && <p className="muted">{t('liveblogs.none')}</p>}
      <ul className="event-list">
        {items.map((item) => (
          <li key={item.sessionId} className="event-card">
            <p className="event-card-title">
              <a href={`/sessions/${encodeURIComponent(item.sessionId)}/liveblog`}>{item.title}</a>
            </p>
            <p className="event-card-meta">
              {t('liveblogs.entries', { count: item.entries })}
              {item.room && ` · ${item.room}`}
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}
