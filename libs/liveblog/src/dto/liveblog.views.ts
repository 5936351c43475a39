import { ApiExtraModels, ApiProperty, getSchemaPath } from '@nestjs/swagger';
import { LiveblogEntryKind } from '../entries/liveblog-entry.entity';

// What the liveblog routes answer: classes so the OpenAPI document shows them. The entry's shape
// is LiveblogEntryView's (liveblog-entry.view.ts); the controllers return these types.

export class LiveblogQuoteViewDoc {
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'When the speaker is a person of the programme' }) personId: string | null;
  @ApiProperty() name: string;
  @ApiProperty({ type: String, nullable: true }) organisation: string | null;
}

export class LiveblogImageViewDoc {
  @ApiProperty() url: string;
  @ApiProperty() alt: string;
}

export class LiveblogEntryViewDoc {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) sessionId: string;
  @ApiProperty({ enum: LiveblogEntryKind }) kind: LiveblogEntryKind;
  @ApiProperty({ description: 'The Markdown source (what an editor edits)' }) body: string;
  @ApiProperty({ description: 'Rendered from body; safe to insert' }) html: string;
  @ApiProperty({ type: LiveblogQuoteViewDoc, nullable: true, description: 'Quotes only' }) quote: LiveblogQuoteViewDoc | null;
  @ApiProperty({ type: LiveblogImageViewDoc, nullable: true, description: 'Images only' }) image: LiveblogImageViewDoc | null;
  @ApiProperty() pinned: boolean;
  @ApiProperty({ enum: ['draft', 'published'] }) status: 'draft' | 'published';
  @ApiProperty() createdAt: Date;
  @ApiProperty({ type: Date, nullable: true }) publishedAt: Date | null;
  @ApiProperty({ type: Date, nullable: true, description: 'Set when a published entry was changed: readers see "edited"' }) editedAt: Date | null;
}

export class LiveblogEntryListViewDoc {
  @ApiProperty({ type: [LiveblogEntryViewDoc] }) items: LiveblogEntryViewDoc[];
}

export class LiveblogSpeakerViewDoc {
  @ApiProperty({ format: 'uuid' }) personId: string;
  @ApiProperty() name: string;
  @ApiProperty({ example: 'speaker' }) role: string;
  @ApiProperty({ type: String, nullable: true }) organisation: string | null;
  @ApiProperty({ type: String, nullable: true }) jobTitle: string | null;
}

export class LiveblogSessionViewDoc {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() title: string;
  @ApiProperty() startsAt: Date;
  @ApiProperty() endsAt: Date;
  @ApiProperty({ type: String, nullable: true }) room: string | null;
  @ApiProperty({ description: 'The session has live Q&A too' }) liveQa: boolean;
}

export class LiveblogEventViewDoc {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() slug: string;
  @ApiProperty() title: string;
  @ApiProperty({ example: 'Europe/London' }) timeZone: string;
}

export class LiveblogViewDoc {
  @ApiProperty({ type: LiveblogSessionViewDoc }) session: LiveblogSessionViewDoc;
  @ApiProperty({ type: LiveblogEventViewDoc }) event: LiveblogEventViewDoc;
  @ApiProperty({ type: [LiveblogSpeakerViewDoc] }) chair: LiveblogSpeakerViewDoc[];
  @ApiProperty({ type: [LiveblogSpeakerViewDoc], description: 'The other confirmed programme people' }) speakers: LiveblogSpeakerViewDoc[];
  @ApiProperty({ type: [LiveblogEntryViewDoc], description: 'Published, newest first (up to ?limit)' }) entries: LiveblogEntryViewDoc[];
  @ApiProperty({ type: [LiveblogEntryViewDoc], description: 'In the order they happened' }) keyMoments: LiveblogEntryViewDoc[];
  @ApiProperty({ type: LiveblogEntryViewDoc, nullable: true }) pinned: LiveblogEntryViewDoc | null;
  @ApiProperty({ description: 'How many entries are published' }) total: number;
  @ApiProperty({ description: 'The last sequence number of the session’s "liveblog" stream included: follow from here' }) lastSeq: number;
  @ApiProperty({ description: 'The caller may write this liveblog' }) canEdit: boolean;
}

/** What a "deleted" change carries: the entry is gone, only its id is said. */
export class LiveblogDeletedEntryViewDoc {
  @ApiProperty({ format: 'uuid' }) id: string;
}

@ApiExtraModels(LiveblogEntryViewDoc, LiveblogDeletedEntryViewDoc)
export class LiveblogChangeViewDoc {
  @ApiProperty() seq: number;
  @ApiProperty({ enum: ['posted', 'edited', 'deleted', 'pinned', 'unpinned'] }) type: string;
  @ApiProperty({ format: 'uuid' }) sessionId: string;
  @ApiProperty({ type: String, format: 'date-time' }) at: string;
  @ApiProperty({ oneOf: [{ $ref: getSchemaPath(LiveblogEntryViewDoc) }, { $ref: getSchemaPath(LiveblogDeletedEntryViewDoc) }], description: 'The entry as it now is; of a deleted one, its id' })
  entry: LiveblogEntryViewDoc | LiveblogDeletedEntryViewDoc;
}

export class LiveblogChangesViewDoc {
  @ApiProperty({ type: [LiveblogChangeViewDoc], description: 'After ?since, oldest first, at most 500 (an entry deleted since as its id only)' }) changes: LiveblogChangeViewDoc[];
  @ApiProperty() lastSeq: number;
  @ApiProperty({ description: 'True when more changes follow: ask again with since = the last seq here' }) more: boolean;
}

export class LiveblogEditorViewDoc {
  @ApiProperty({ format: 'uuid' }) personId: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: String, nullable: true }) organisation: string | null;
}

export class LiveblogEditorListViewDoc {
  @ApiProperty({ type: [LiveblogEditorViewDoc] }) items: LiveblogEditorViewDoc[];
}

export class EventLiveblogViewDoc {
  @ApiProperty({ format: 'uuid' }) sessionId: string;
  @ApiProperty() title: string;
  @ApiProperty() startsAt: Date;
  @ApiProperty() endsAt: Date;
  @ApiProperty({ type: String, nullable: true }) room: string | null;
  @ApiProperty({ description: 'Published entries' }) entries: number;
  @ApiProperty({ type: Date, nullable: true }) lastPublishedAt: Date | null;
}

export class EventLiveblogsEventViewDoc {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() slug: string;
  @ApiProperty() title: string;
}

export class EventLiveblogListViewDoc {
  @ApiProperty({ type: EventLiveblogsEventViewDoc }) event: EventLiveblogsEventViewDoc;
  @ApiProperty({ description: 'Not public: sign in as its audience to see its liveblogs (items is empty)' }) restricted: boolean;
  @ApiProperty({ type: [EventLiveblogViewDoc], description: 'In agenda order' }) items: EventLiveblogViewDoc[];
}
