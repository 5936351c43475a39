import { LANGUAGES, type Language } from '@convene/i18n';
import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import { ActionStatus } from '../actions/action-item.entity';
import { CommentStatus } from '../comments/minutes-comment.entity';
import { MinutesStatus } from '../minutes/minutes.entity';
import { MinutesContentDto } from './minutes.dto';

// What the minutes and actions routes answer, each shape defined once: the services return these
// classes and the OpenAPI document shows them, under the names it always gave them (…ViewDoc).

@ApiSchema({ name: 'ActionViewDoc' })
export class ActionView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) minutesId: string;
  @ApiProperty({ type: String, nullable: true, description: 'The item it was agreed under' }) itemKey: string | null;
  @ApiProperty() description: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The person picked as its owner; null for an owner typed with an address (they are still mailed and see it under My actions)' })
  ownerPersonId: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) ownerOrganisationId: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'As written, as typed with an address, or the picked person’s or organisation’s name' }) ownerName: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) dueDate: string | null;
  @ApiProperty({ enum: ActionStatus }) status: ActionStatus;
  @ApiProperty({ type: String, nullable: true }) doneNote: string | null;
  @ApiProperty({ type: Date, nullable: true }) doneAt: Date | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) doneBy: string | null;
  @ApiProperty() createdAt: Date;
  @ApiProperty() updatedAt: Date;
  @ApiProperty({ description: 'Open and past its due date' }) overdue: boolean;
  @ApiPropertyOptional({ description: 'The title of its minutes (your open actions only)' }) minutesTitle?: string;
}

@ApiSchema({ name: 'MinutesViewDoc' })
export class MinutesView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) eventId: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'Minutes of one session; null: of the whole event' }) sessionId: string | null;
  @ApiProperty({ enum: MinutesStatus }) status: MinutesStatus;
  @ApiProperty({ description: 'Send it back when saving' }) version: number;
  @ApiProperty({ type: MinutesContentDto }) content: MinutesContentDto;
  @ApiProperty({ enum: LANGUAGES, description: 'The language they are written in: their exports are headed in it (in both, Welsh first, for a bilingual event)' }) language: Language;
  @ApiProperty({ type: [ActionView] }) actions: ActionView[];
  @ApiProperty({ format: 'uuid' }) createdBy: string;
  @ApiProperty({ type: Date, nullable: true }) circulatedAt: Date | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) approvedBy: string | null;
  @ApiProperty({ type: String, nullable: true }) approvedByName: string | null;
  @ApiProperty({ type: Date, nullable: true }) approvedAt: Date | null;
  @ApiProperty({ type: Date, nullable: true }) publishedAt: Date | null;
  @ApiProperty() createdAt: Date;
  @ApiProperty() updatedAt: Date;
  @ApiProperty({ description: 'The minutes’ page in the web app' }) url: string;
  @ApiProperty({ description: 'The caller may edit (a draft)' }) canEdit: boolean;
  @ApiProperty({ description: 'The caller may approve and publish' }) canApprove: boolean;
  @ApiPropertyOptional({ description: 'Read through a circulation mail’s private link: the name it was mailed to' }) readerName?: string;
}

/** Circulating or publishing: the minutes, and whom the mail reached. */
@ApiSchema({ name: 'MinutesMailedViewDoc' })
export class MinutesMailedView extends MinutesView {
  @ApiProperty({ description: 'Mailed now (circulating again mails only those added since)' }) mailed: number;
  @ApiProperty({ description: 'Present (and, on publication, with apologies) with an address' }) recipients: number;
}

@ApiSchema({ name: 'AttendanceCandidateViewDoc' })
export class AttendanceCandidateView {
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'A confirmed registration of the event' }) registrationId: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'A person of the network' }) personId: string | null;
  @ApiProperty() name: string;
  @ApiProperty({ type: String, nullable: true }) jobTitle: string | null;
  @ApiProperty({ type: String, nullable: true }) organisation: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Their registration’s category (the Present group)' }) category: string | null;
}

@ApiSchema({ name: 'AttendanceCandidateListViewDoc' })
export class AttendanceCandidateListView {
  @ApiProperty({ type: [AttendanceCandidateView] }) items: AttendanceCandidateView[];
}

@ApiSchema({ name: 'MinutesRevisionViewDoc' })
export class MinutesRevisionView {
  @ApiProperty() version: number;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) savedBy: string | null;
  @ApiProperty({ type: String, nullable: true }) savedByName: string | null;
  @ApiProperty({ example: 'saved', description: "What made it: 'drafted', 'saved', 'autosaved', 'restored 3', 'correction accepted'" }) reason: string;
  @ApiProperty() savedAt: Date;
}

@ApiSchema({ name: 'MinutesDiffViewDoc' })
export class MinutesDiffView {
  @ApiProperty() from: number;
  @ApiProperty() to: number;
  @ApiProperty({ description: 'A unified diff of the two revisions’ Markdown' }) patch: string;
}

@ApiSchema({ name: 'MinutesCommentViewDoc' })
export class MinutesCommentView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) minutesId: string;
  @ApiProperty() itemKey: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'Null for a delegate writing through the circulation mail’s link' }) authorId: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) readerLinkId: string | null;
  @ApiProperty() authorName: string;
  @ApiProperty() body: string;
  @ApiProperty({ type: String, nullable: true, description: 'The item’s notes as the commenter would have them' }) replacement: string | null;
  @ApiProperty({ enum: CommentStatus }) status: CommentStatus;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) decidedBy: string | null;
  @ApiProperty({ type: Date, nullable: true }) decidedAt: Date | null;
  @ApiProperty() createdAt: Date;
}

@ApiSchema({ name: 'MinutesCommentDecisionViewDoc' })
export class MinutesCommentDecisionView {
  @ApiProperty({ type: MinutesCommentView }) comment: MinutesCommentView;
  @ApiProperty({ type: MinutesView, description: 'The minutes after the decision (a new version when a replacement went in)' }) minutes: MinutesView;
}
