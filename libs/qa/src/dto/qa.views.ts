import { LANGUAGES, type Language } from '@convene/i18n';
import type { ChangePayload } from '@convene/live';
import { ApiExtraModels, ApiProperty, ApiPropertyOptional, ApiSchema, getSchemaPath } from '@nestjs/swagger';
import { FloorRequestStatus } from '../floor/floor-request.entity';
import { QuestionStatus } from '../questions/question.entity';
import { QaModeration, QaTakePart } from '../settings/qa-settings.entity';

// What the Q&A and floor routes answer, each shape defined once: the services return these classes
// and the OpenAPI document shows them, under the names it always gave them (…ViewDoc, …Doc).

@ApiSchema({ name: 'QaSettingsViewDoc' })
export class QaSettingsView {
  @ApiProperty({ enum: QaModeration, description: 'pre: a moderator approves each question first; post: shown at once' }) moderation: QaModeration;
  @ApiProperty({ description: 'Whether questions and votes are taken' }) open: boolean;
  @ApiProperty() anonymousAllowed: boolean;
  @ApiProperty({ description: 'Questions with flagged words wait for a moderator' }) wordFilter: boolean;
  @ApiProperty({ description: 'Each speaker’s time from the floor' }) speakerSeconds: number;
  @ApiProperty({ enum: QaTakePart, description: 'Who may vote and ask: anyone; signed-in people; or also whoever gives the room’s code' }) takePart: QaTakePart;
}

/** The settings as moderators see them: with the code to show in the room. */
@ApiSchema({ name: 'ModeratorQaSettingsViewDoc' })
export class ModeratorQaSettings extends QaSettingsView {
  @ApiProperty({ type: String, nullable: true, description: 'The code shown in the room while takePart is room-code' }) roomCode: string | null;
}

/** A question as the audience sees it. */
@ApiSchema({ name: 'QuestionViewDoc' })
export class QuestionView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) sessionId: string;
  @ApiProperty({ description: 'Shown to the audience (approved, answering or answered)' }) visible: boolean;
  @ApiProperty({ enum: QuestionStatus }) status: QuestionStatus;
  @ApiProperty() body: string;
  @ApiProperty({ enum: LANGUAGES, description: 'The language the question is written in' }) language: Language;
  @ApiProperty({ type: String, nullable: true, description: 'Null when asked anonymously' }) askerName: string | null;
  @ApiProperty({ type: String, nullable: true }) askerOrganisation: string | null;
  @ApiProperty() anonymous: boolean;
  @ApiProperty() votes: number;
  @ApiProperty({ description: 'A moderator corrected the text' }) edited: boolean;
  @ApiProperty() createdAt: Date;
  @ApiProperty({ type: Date, nullable: true }) answeringAt: Date | null;
  @ApiProperty({ type: Date, nullable: true }) answeredAt: Date | null;
}

/** Its asker's and the moderators' view of a question. */
@ApiSchema({ name: 'FullQuestionViewDoc' })
export class FullQuestionView extends QuestionView {
  @ApiProperty({ description: 'The text as asked' }) originalBody: string;
  @ApiProperty({ type: String, nullable: true, description: 'Shown to the asker only' }) hiddenReason: string | null;
  @ApiProperty({ description: 'Held by the word filter' }) filtered: boolean;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) mergedIntoId: string | null;
}

/** What the audience learns of a question it may not see: no text, no asker. */
@ApiSchema({ name: 'WithheldQuestionViewDoc' })
export class WithheldQuestion {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) sessionId: string;
  @ApiProperty({ enum: [false] }) visible: false;
  @ApiProperty({ enum: QuestionStatus }) status: QuestionStatus;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) mergedIntoId: string | null;
}

/** An entry of the audience's list: the caller's own questions come in full. */
@ApiSchema({ name: 'ListedQuestionViewDoc' })
export class ListedQuestion extends QuestionView {
  @ApiProperty({ description: 'Asked by the caller' }) mine: boolean;
  @ApiProperty({ description: 'The caller voted for it' }) voted: boolean;
  @ApiPropertyOptional({ description: 'Own questions only' }) originalBody?: string;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'Own questions only' }) hiddenReason?: string | null;
  @ApiPropertyOptional({ description: 'Own questions only' }) filtered?: boolean;
  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true, description: 'Own questions only' }) mergedIntoId?: string | null;
}

/** A question the room may see, as its room sees it (questionView): `visible` is then always true. */
export type ShownQuestion = QuestionView & { visible: true };

/** The form broadcast to a session's room and kept in the live log: safe for everyone in it. */
export type PublicQuestion = ShownQuestion | WithheldQuestion;

const PUBLIC_QUESTION = { oneOf: [{ $ref: getSchemaPath(QuestionView) }, { $ref: getSchemaPath(WithheldQuestion) }] };

@ApiSchema({ name: 'QuestionListViewDoc' })
export class QuestionList {
  @ApiProperty({ description: 'The last sequence number of the session’s "qa" stream this list includes: follow from here' }) lastSeq: number;
  @ApiProperty({ description: 'The session’s title' }) sessionTitle: string;
  @ApiProperty({ type: String, nullable: true, description: 'The session’s title in Welsh, where given' }) sessionTitleCy: string | null;
  @ApiProperty({ type: QaSettingsView }) settings: QaSettingsView;
  @ApiProperty({ type: [ListedQuestion], description: 'By votes, then time' }) questions: ListedQuestion[];
}

@ApiSchema({ name: 'QuestionConsoleViewDoc' })
export class ConsoleList {
  @ApiProperty() lastSeq: number;
  @ApiProperty({ type: ModeratorQaSettings }) settings: ModeratorQaSettings;
  @ApiProperty({ description: 'False until someone chooses the settings (the session runs on the defaults): the console asks for the moderation mode' }) settingsChosen: boolean;
  @ApiProperty({ description: 'The event is public (anyone may follow and ask)' }) publicEvent: boolean;
  @ApiProperty({ type: [FullQuestionView] }) questions: FullQuestionView[];
}

export class VoteCountDoc {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() votes: number;
}

@ApiExtraModels(QuestionView, WithheldQuestion)
@ApiSchema({ name: 'QaChangeViewDoc' })
export class QaChangeView {
  @ApiProperty() seq: number;
  @ApiProperty({ example: 'question.asked', description: 'question.asked, .approved, .hidden, .answering, .answered, .reopened, .edited, .merged, .voted (a merge\'s target), question.votes (coalesced counts), or settings.changed' })
  type: string;
  @ApiProperty() at: Date;
  @ApiPropertyOptional({ ...PUBLIC_QUESTION, description: 'The question as the audience may see it now; in full for moderators' }) question?: PublicQuestion;
  @ApiPropertyOptional({ type: QaSettingsView }) settings?: QaSettingsView;
  @ApiPropertyOptional({ type: [VoteCountDoc], description: 'question.votes: the counts of the questions voted on since the last such change' }) votes?: VoteCountDoc[];
  @ApiPropertyOptional({ description: 'question.votes: when the counts were read (the database clock)' }) countedAt?: string;
}

/** Questions' vote counts as read at `countedAt` (the database's clock): a `question.votes` change, and the moderators' running counts. */
export type VoteCounts = Required<Pick<QaChangeView, 'votes' | 'countedAt'>>;

@ApiSchema({ name: 'QaChangesViewDoc' })
export class QaChangesView {
  @ApiProperty() lastSeq: number;
  @ApiProperty({ type: [QaChangeView], description: 'In order, after ?since' }) changes: QaChangeView[];
  @ApiProperty({ description: 'More changes follow: ask again from the last seq' }) more: boolean;
}

@ApiExtraModels(QuestionView, WithheldQuestion)
@ApiSchema({ name: 'VoteResultViewDoc' })
export class VoteResult {
  @ApiProperty(PUBLIC_QUESTION) question: PublicQuestion;
  @ApiProperty({ description: 'Whether the caller’s vote now counts' }) voted: boolean;
}

export class ModerationActionViewDoc {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) sessionId: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) questionId: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) actorPersonId: string | null;
  @ApiProperty({ example: 'approve' }) action: string;
  @ApiProperty({ type: 'object', additionalProperties: true, nullable: true }) detail: Record<string, unknown> | null;
  @ApiProperty() at: Date;
}

export class ModerationAuditViewDoc {
  @ApiProperty({ type: [ModerationActionViewDoc], description: 'Newest first' }) items: ModerationActionViewDoc[];
}

@ApiSchema({ name: 'FloorEntryViewDoc' })
export class FloorEntry {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: String, nullable: true }) organisation: string | null;
  @ApiProperty({ type: String, nullable: true }) topic: string | null;
  @ApiProperty({ enum: FloorRequestStatus }) status: FloorRequestStatus;
  @ApiProperty({ type: Number, nullable: true, description: '1 = next, among those waiting' }) position: number | null;
  @ApiProperty({ type: Date, nullable: true }) spokeAt: Date | null;
  @ApiProperty({ type: Number, nullable: true }) durationSeconds: number | null;
}

@ApiSchema({ name: 'FloorQueueViewDoc' })
export class FloorState {
  @ApiProperty({ type: FloorEntry, nullable: true, description: 'Their countdown ends at spokeAt + durationSeconds (server time)' }) speaking: FloorEntry | null;
  @ApiProperty({ type: [FloorEntry] }) queue: FloorEntry[];
  @ApiProperty({ type: [FloorEntry], description: 'Who spoke, in order' }) spoken: FloorEntry[];
  @ApiProperty() speakerSeconds: number;
}

@ApiSchema({ name: 'FloorStateViewDoc' })
export class FloorStateView extends FloorState {
  @ApiProperty() lastSeq: number;
  @ApiProperty({ description: 'The server’s clock: clients correct theirs by it for the countdown' }) serverNow: Date;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The caller’s own request, waiting or speaking' }) mine: string | null;
}

@ApiSchema({ name: 'FloorChangeViewDoc' })
export class FloorChange {
  @ApiProperty() seq: number;
  @ApiProperty({ example: 'floor.requested' }) type: string;
  @ApiProperty() at: Date;
  @ApiProperty({ type: FloorState, description: 'The whole queue as it then stood' }) floor: FloorState;
}

@ApiSchema({ name: 'FloorChangesViewDoc' })
export class FloorChanges {
  @ApiProperty() lastSeq: number;
  @ApiProperty({ type: [FloorChange] }) changes: FloorChange[];
  @ApiProperty() more: boolean;
}

/**
 * What the /live events of Q&A carry, from these classes (one definition for REST and socket): the
 * room's form of a change as logged, or the moderators' (a question in full, the room's code).
 */
declare module '@convene/live' {
  interface ApiLivePayloads {
    qa: ChangePayload<QaChangeView> | (Omit<ChangePayload<QaChangeView>, 'question' | 'settings'> & { question?: FullQuestionView; settings?: ModeratorQaSettings });
    floor: ChangePayload<FloorChange>;
    'qa:votes': VoteCounts;
  }
}
