import { LANGUAGES, type Language } from '@convene/i18n';
import type { ChangePayload } from '@convene/live';
import { ApiExtraModels, ApiProperty, ApiSchema, getSchemaPath } from '@nestjs/swagger';
import { LiveblogEntryKind } from '../entries/liveblog-entry.entity';

// What the liveblog routes answer, each shape defined once: the service and the repository return
// these classes and the OpenAPI document shows them, under the names it always gave them (…ViewDoc).

@ApiSchema({ name: 'LiveblogQuoteViewDoc' })
export class LiveblogQuoteView {
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'When the speaker is a person of the programme' }) personId: string | null;
  @ApiProperty() name: string;
  @ApiProperty({ type: String, nullable: true }) organisation: string | null;
}

@ApiSchema({ name: 'LiveblogImageViewDoc' })
export class LiveblogImageView {
  @ApiProperty() url: string;
  @ApiProperty() alt: string;
}

@ApiSchema({ name: 'LiveblogEntryViewDoc' })
export class LiveblogEntryView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) sessionId: string;
  @ApiProperty({ enum: LiveblogEntryKind }) kind: LiveblogEntryKind;
  @ApiProperty({ description: 'The Markdown source (what an editor edits)' }) body: string;
  @ApiProperty({ description: 'Rendered from body; safe to insert' }) html: string;
  @ApiProperty({ enum: LANGUAGES, description: 'The language the entry is written in' }) language: Language;
  @ApiProperty({ type: LiveblogQuoteView, nullable: true, description: 'Quotes only' }) quote: LiveblogQuoteView | null;
  @ApiProperty({ type: LiveblogImageView, nullable: true, description: 'Images only' }) image: LiveblogImageView | null;
  @ApiProperty() pinned: boolean;
  @ApiProperty({ enum: ['draft', 'published'] }) status: 'draft' | 'published';
  @ApiProperty() createdAt: Date;
  @ApiProperty({ type: Date, nullable: true }) publishedAt: Date | null;
  @ApiProperty({ type: Date, nullable: true, description: 'Set when a published entry was changed: readers see "edited"' }) editedAt: Date | null;
}

@ApiSchema({ name: 'LiveblogEntryListViewDoc' })
export class LiveblogEntryListView {
  @ApiProperty({ type: [LiveblogEntryView] }) items: LiveblogEntryView[];
}

@ApiSchema({ name: 'LiveblogSpeakerViewDoc' })
export class LiveblogSpeakerView {
  @ApiProperty({ format: 'uuid' }) personId: string;
  @ApiProperty() name: string;
  @ApiProperty({ example: 'speaker' }) role: string;
  @ApiProperty({ type: String, nullable: true }) organisation: string | null;
  @ApiProperty({ type: String, nullable: true }) jobTitle: string | null;
}

@ApiSchema({ name: 'LiveblogSessionViewDoc' })
export class LiveblogSessionView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() title: string;
  @ApiProperty({ type: String, nullable: true, description: 'The title in Welsh, where given' }) titleCy: string | null;
  @ApiProperty() startsAt: Date;
  @ApiProperty() endsAt: Date;
  @ApiProperty({ type: String, nullable: true }) room: string | null;
  @ApiProperty({ type: String, nullable: true, description: "The room's name in Welsh, where given" }) roomCy: string | null;
  @ApiProperty({ description: 'The session has live Q&A too' }) liveQa: boolean;
}

@ApiSchema({ name: 'LiveblogEventViewDoc' })
export class LiveblogEventView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() slug: string;
  @ApiProperty() title: string;
  @ApiProperty({ type: String, nullable: true, description: 'The title in Welsh, where given' }) titleCy: string | null;
  @ApiProperty({ example: 'Europe/London' }) timeZone: string;
}

@ApiSchema({ name: 'LiveblogViewDoc' })
export class LiveblogView {
  @ApiProperty({ type: LiveblogSessionView }) session: LiveblogSessionView;
  @ApiProperty({ type: LiveblogEventView }) event: LiveblogEventView;
  @ApiProperty({ type: [LiveblogSpeakerView] }) chair: LiveblogSpeakerView[];
  @ApiProperty({ type: [LiveblogSpeakerView], description: 'The other confirmed programme people' }) speakers: LiveblogSpeakerView[];
  @ApiProperty({ type: [LiveblogEntryView], description: 'Published, newest first (up to ?limit)' }) entries: LiveblogEntryView[];
  @ApiProperty({ type: [LiveblogEntryView], description: 'In the order they happened' }) keyMoments: LiveblogEntryView[];
  @ApiProperty({ type: LiveblogEntryView, nullable: true }) pinned: LiveblogEntryView | null;
  @ApiProperty({ description: 'How many entries are published' }) total: number;
  @ApiProperty({ description: 'The last sequence number of the session’s "liveblog" stream included: follow from here' }) lastSeq: number;
  @ApiProperty({ description: 'The caller may write this liveblog' }) canEdit: boolean;
}

/** What a "deleted" change carries: the entry is gone, only its id is said. */
@ApiSchema({ name: 'LiveblogDeletedEntryViewDoc' })
export class LiveblogDeletedEntryView {
  @ApiProperty({ format: 'uuid' }) id: string;
}

@ApiExtraModels(LiveblogEntryView, LiveblogDeletedEntryView)
@ApiSchema({ name: 'LiveblogChangeViewDoc' })
export class LiveblogChangeView {
  @ApiProperty() seq: number;
  @ApiProperty({ enum: ['posted', 'edited', 'deleted', 'pinned', 'unpinned'] }) type: string;
  @ApiProperty({ format: 'uuid' }) sessionId: string;
  @ApiProperty({ type: String, format: 'date-time' }) at: string;
  @ApiProperty({ oneOf: [{ $ref: getSchemaPath(LiveblogEntryView) }, { $ref: getSchemaPath(LiveblogDeletedEntryView) }], description: 'The entry as it now is; of a deleted one, its id' })
  entry: LiveblogEntryView | LiveblogDeletedEntryView;
}

@ApiSchema({ name: 'LiveblogChangesViewDoc' })
export class LiveblogChangesView {
  @ApiProperty({ type: [LiveblogChangeView], description: 'After ?since, oldest first, at most 500 (an entry deleted since as its id only)' }) changes: LiveblogChangeView[];
  @ApiProperty() lastSeq: number;
  @ApiProperty({ description: 'True when more changes follow: ask again with since = the last seq here' }) more: boolean;
}

@ApiSchema({ name: 'LiveblogEditorViewDoc' })
export class LiveblogEditorView {
  @ApiProperty({ format: 'uuid' }) personId: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: String, nullable: true }) organisation: string | null;
}

@ApiSchema({ name: 'LiveblogEditorListViewDoc' })
export class LiveblogEditorListView {
  @ApiProperty({ type: [LiveblogEditorView] }) items: LiveblogEditorView[];
}

@ApiSchema({ name: 'EventLiveblogViewDoc' })
export class EventLiveblogView {
  @ApiProperty({ format: 'uuid' }) sessionId: string;
  @ApiProperty() title: string;
  @ApiProperty({ type: String, nullable: true, description: 'The title in Welsh, where given' }) titleCy: string | null;
  @ApiProperty({ type: String, nullable: true, description: "The room's name in Welsh, where given" }) roomCy: string | null;
  @ApiProperty() startsAt: Date;
  @ApiProperty() endsAt: Date;
  @ApiProperty({ type: String, nullable: true }) room: string | null;
  @ApiProperty({ description: 'Published entries' }) entries: number;
  @ApiProperty({ type: Date, nullable: true }) lastPublishedAt: Date | null;
}

@ApiSchema({ name: 'EventLiveblogsEventViewDoc' })
export class EventLiveblogsEventView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() slug: string;
  @ApiProperty() title: string;
  @ApiProperty({ type: String, nullable: true, description: 'The title in Welsh, where given' }) titleCy: string | null;
}

@ApiSchema({ name: 'EventLiveblogListViewDoc' })
export class EventLiveblogListView {
  @ApiProperty({ type: EventLiveblogsEventView }) event: EventLiveblogsEventView;
  @ApiProperty({ description: 'Not public: sign in as its audience to see its liveblogs (items is empty)' }) restricted: boolean;
  @ApiProperty({ type: [EventLiveblogView], description: 'In agenda order' }) items: EventLiveblogView[];
}

/** What the liveblog's /live event carries, from these classes (one definition for REST and socket). */
declare module '@convene/live' {
  interface ApiLivePayloads {
    liveblog: ChangePayload<LiveblogChangeView>;
  }
}
