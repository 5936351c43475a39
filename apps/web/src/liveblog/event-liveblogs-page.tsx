import { liveblogsMessages } from '@convene/i18n/web/liveblogs.messages';
import { useMessages } from '../i18n/i18n';
import { useDocumentTitle } from '../site';
import { useQuery } from '@tanstack/react-query';
import { queries, queryClient } from '../queries';
import './liveblog.css';
import { langOf, titleIn } from '../events/in-language';

/** Every liveblog of an event, live or archived. */
export function EventLiveblogsPage({ slug }: { slug: string }) {
  const list = useQuery(queries.eventLiveblogs(slug), queryClient);
  const { t, language } = useMessages(liveblogsMessages);
  // Titles and rooms in the reader's language where the organisers gave it, the other marked.
  useDocumentTitle(list.isSuccess ? t('liveblogs.titleOf', { event: titleIn(language, list.data.event.title, list.data.event.titleCy).text }) : null);
  if (list.isPending) return <p className="muted">{t('shell.loading')}</p>;
  if (list.isError) return <h1>{t('liveblogs.eventNotFound')}</h1>;
  const { event, items, restricted } = list.data;
  const eventTitle = titleIn(language, event.title, event.titleCy);
  return (
    <>
      <p className="caption">
        <a href={`/events/${encodeURIComponent(event.slug)}`} lang={langOf(eventTitle, language)}>
          {eventTitle.text}
        </a>
      </p>
      <h1>{t('liveblogs.title')}</h1>
      {restricted && <p>{t('liveblogs.restricted')}</p>}
      {!restricted && items.length === 0 && <p className="muted">{t('liveblogs.none')}</p>}
      <ul className="event-list">
        {items.map((item) => {
          const title = titleIn(language, item.title, item.titleCy);
          const room = item.room ? titleIn(language, item.room, item.roomCy) : null;
          return (
            <li key={item.sessionId} className="event-card">
              <p className="event-card-title">
                <a href={`/sessions/${encodeURIComponent(item.sessionId)}/liveblog`} lang={langOf(title, language)}>
                  {title.text}
                </a>
              </p>
              <p className="event-card-meta">
                {t('liveblogs.entries', { count: item.entries })}
                {room && (
                  <>
                    {' · '}
                    <span lang={langOf(room, language)}>{room.text}</span>
                  </>
                )}
              </p>
            </li>
          );
        })}
      </ul>
    </>
  );
}
