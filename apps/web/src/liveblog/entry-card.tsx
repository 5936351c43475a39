import { formatTime } from '../format';
import { entryPath, type LiveblogEntry } from './liveblog-api';

const KIND_LABEL = { update: 'Update', quote: 'Quote', key_moment: 'Key moment', image: 'Image' } as const;

/** One entry as readers see it. The HTML comes sanitised from the server (Markdown without raw HTML). */
export function EntryCard({ entry, timeZone, highlighted = false }: { entry: LiveblogEntry; timeZone: string; highlighted?: boolean }) {
  const at = entry.publishedAt ?? entry.createdAt;
  return (
    <article className={`lb-entry lb-${entry.kind}${highlighted ? ' lb-highlighted' : ''}`} id={`entry-${entry.id}`} aria-labelledby={`entry-${entry.id}-meta`}>
      <p className="lb-meta" id={`entry-${entry.id}-meta`}>
        <a href={entryPath(entry.sessionId, entry.id)}>
          <time dateTime={at}>{formatTime(at, timeZone)}</time>
        </a>{' '}
        <span className="lb-kind">{KIND_LABEL[entry.kind]}</span>
        {entry.pinned && <span className="lb-flag">Pinned</span>}
        {entry.editedAt && <span className="lb-flag">edited</span>}
      </p>
      {entry.kind === 'image' && entry.image && (
        <figure className="lb-figure">
          <img src={entry.image.url} alt={entry.image.alt} loading="lazy" referrerPolicy="no-referrer" />
          {entry.html && <figcaption dangerouslySetInnerHTML={{ __html: entry.html }} />}
        </figure>
      )}
      {entry.kind === 'quote' && entry.quote ? (
        <figure className="lb-quote">
          <blockquote dangerouslySetInnerHTML={{ __html: entry.html }} />
          <figcaption>
            {entry.quote.name}
            {entry.quote.organisation && `, ${entry.quote.organisation}`}
          </figcaption>
        </figure>
      ) : (
        entry.kind !== 'image' && <div className="lb-body" dangerouslySetInnerHTML={{ __html: entry.html }} />
      )}
    </article>
  );
}
