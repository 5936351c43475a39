import { LiveblogEntryView } from '../dto/liveblog.views';
import { LiveblogEntry, LiveblogEntryKind } from './liveblog-entry.entity';

/** An entry as readers (and the live events) get it; `html` is already safe to insert. */
export function toEntryView(entry: LiveblogEntry): LiveblogEntryView {
  return {
    id: entry.id,
    sessionId: entry.sessionId,
    kind: entry.kind,
    body: entry.body,
    html: entry.bodyHtml,
    language: entry.language,
    quote: entry.kind === LiveblogEntryKind.Quote && entry.quoteName ? { personId: entry.quotePersonId, name: entry.quoteName, organisation: entry.quoteOrganisation } : null,
    image: entry.kind === LiveblogEntryKind.Image && entry.imageUrl ? { url: entry.imageUrl, alt: entry.imageAlt ?? '' } : null,
    pinned: entry.pinned,
    status: entry.publishedAt ? 'published' : 'draft',
    createdAt: entry.createdAt,
    publishedAt: entry.publishedAt,
    editedAt: entry.editedAt,
  };
}
