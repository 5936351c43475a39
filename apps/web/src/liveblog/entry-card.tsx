import { liveblogMessages } from '@convene/i18n/web/liveblog.messages';
import { formatTime } from '../format';
import { useMessages } from '../i18n/i18n';
import { entryPath, type LiveblogEntry } from './liveblog-api';

/** An entry's Markdown as one line of plain text, at most `length` characters. */
export function plain(entry: LiveblogEntry, length = 140): string {
  const text = (entry.body || entry.image?.alt || '').replace(/[*_`>[\]()#]+/g, ' ').replace(/\s+/g, ' ').trim();
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}

/**
 * One entry as readers see it, under a heading (its time and kind) that screen reader users
 * jump between. The HTML comes sanitised from the server (Markdown without raw HTML).
 */
export function EntryCard({ entry, timeZone, highlighted = false }: { entry: LiveblogEntry; timeZone: string; highlighted?: boolean }) {
  const at = entry.publishedAt ?? entry.createdAt;
  const time = formatTime(at, timeZone);
  const { t, language } = useMessages(liveblogMessages);
  // The entry's text may be in the other language than the page's: marked with its bare tag
  // ('cy', 'en'), which screen readers pronounce as well as 'en-GB', for this page's weight budget.
  const lang = entry.language !== language ? entry.language : undefined;
  return (
    <article className={`lb-entry lb-${entry.kind}${highlighted ? ' lb-highlighted' : ''}`} id={`entry-${entry.id}`} aria-labelledby={`entry-${entry.id}-meta`}>
      <div className="lb-meta">
        <h3 className="lb-heading" id={`entry-${entry.id}-meta`}>
          <time dateTime={at}>{time}</time> {t('liveblog.kind', { kind: entry.kind })}
        </h3>
        {entry.pinned && <span className="lb-flag">{t('liveblog.pinned')}</span>}
        {entry.editedAt && <span className="lb-flag">{t('liveblog.edited')}</span>}
        {/* A list of links all named "12:03" says nothing: the name says which entry. */}
        <a href={entryPath(entry.sessionId, entry.id)} aria-label={t('liveblog.permalinkTo', { time, kind: entry.kind, text: plain(entry, 60) })}>
          {t('liveblog.permalink')}
        </a>
      </div>
      {entry.kind === 'image' && entry.image && (
        <figure className="lb-figure" lang={lang}>
          <img src={entry.image.url} alt={entry.image.alt} loading="lazy" referrerPolicy="no-referrer" />
          {entry.html && <figcaption dangerouslySetInnerHTML={{ __html: entry.html }} />}
        </figure>
      )}
      {entry.kind === 'quote' && entry.quote ? (
        <figure className="lb-quote" lang={lang}>
          <blockquote dangerouslySetInnerHTML={{ __html: entry.html }} />
          <figcaption>
            {entry.quote.name}
            {entry.quote.organisation && `, ${entry.quote.organisation}`}
          </figcaption>
        </figure>
      ) : (
        entry.kind !== 'image' && <div className="lb-body" lang={lang} dangerouslySetInnerHTML={{ __html: entry.html }} />
      )}
    </article>
  );
}
