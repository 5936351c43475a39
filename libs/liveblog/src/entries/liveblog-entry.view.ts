import { LiveblogEntry, LiveblogEntryKind } from './liveblog-entry.entity';

/** An entry as readers (and the live events) get it; `html` is already safe to insert. */
export interface LiveblogEntryView {
  id: string;
  sessionId: string;
  kind: LiveblogEntryKind;
  /** The Markdown source (what an editor edits). */
  body: string;
  html: string;
  quote: { personId: string | null; name: string; organisation: string | null } | null;
  image: { url: string; alt: string } | null;
  pinned: boolean;
  status: 'draft' | 'published';
  createdAt: Date;
  publishedAt: Date | null;
  /** Set when a published entry was changed: readers see "edited". */
  editedAt: Date | null;
}

export function toEntryView(entry: LiveblogEntry): LiveblogEntryView {
  return {
    id: entry.id,
    sessionId: entry.sessionId,
    kind: entry.kind,
    body: entry.body,
    html: entry.bodyHtml,
    quote: entry.kind === LiveblogEntryKind.Quote && entry.quoteName ? { personId: entry.quotePersonId, name: entry.quoteName, organisation: entry.quoteOrganisation } : null,
    image: entry.kind === LiveblogEntryKind.Image && entry.imageUrl ? { url: entry.imageUrl, alt: entry.imageAlt ?? '' } : null,
    pinned: entry.pinned,
    status: entry.publishedAt ? 'published' : 'draft',
    createdAt: entry.createdAt,
    publishedAt: entry.publishedAt,
    editedAt: entry.editedAt,
  };
}
