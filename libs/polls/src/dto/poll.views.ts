import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PollKind, PollStatus } from '../poll.entity';

// What the poll routes answer, as classes for the OpenAPI document; the shapes are poll-view.ts's.

export class CloudWordDoc {
  @ApiProperty() text: string;
  @ApiProperty() count: number;
}

export class PollResultsDoc {
  @ApiProperty({ description: 'Participants who answered' }) respondents: number;
  @ApiProperty({ type: [Number], description: 'Per option (a rating r at r - 1): how many picked it' }) counts: number[];
  @ApiProperty({ type: Number, nullable: true, description: 'Rating polls: the mean' }) average: number | null;
  @ApiProperty({ type: [CloudWordDoc], description: 'Text polls: the shown answers, most given first' }) words: CloudWordDoc[];
}

export class PublicPollDoc {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) sessionId: string;
  @ApiProperty() question: string;
  @ApiProperty({ enum: PollKind }) kind: PollKind;
  @ApiProperty({ type: [String] }) options: string[];
  @ApiProperty({ type: Number, nullable: true }) maxChoices: number | null;
  @ApiProperty({ enum: PollStatus }) status: PollStatus;
  @ApiProperty() requiresSignIn: boolean;
  @ApiProperty({ description: 'The chair shows the results to the room' }) resultsShown: boolean;
  @ApiProperty({ description: 'How many have answered' }) responses: number;
  @ApiProperty({ type: PollResultsDoc, nullable: true, description: 'Null until the chair shows the results' }) results: PollResultsDoc | null;
  @ApiProperty({ type: Date, nullable: true }) openedAt: Date | null;
  @ApiProperty({ type: Date, nullable: true }) closedAt: Date | null;
}

export class TextAnswerDoc {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() text: string;
  @ApiProperty() hidden: boolean;
  @ApiProperty({ description: 'Held back by the word filter' }) filtered: boolean;
}

export class ConsolePollDoc extends PublicPollDoc {
  @ApiProperty({ type: PollResultsDoc }) declare results: PollResultsDoc;
  @ApiProperty({ type: [TextAnswerDoc] }) textAnswers: TextAnswerDoc[];
  @ApiProperty() createdAt: Date;
}

export class MyAnswerDoc {
  @ApiProperty({ format: 'uuid' }) pollId: string;
  @ApiProperty({ type: [Number] }) choices: number[];
  @ApiProperty({ type: Number, nullable: true }) rating: number | null;
  @ApiProperty({ type: String, nullable: true }) text: string | null;
  @ApiProperty({ description: 'A moderator (or the word filter) kept it out of the cloud' }) hidden: boolean;
}

export class PollListDoc {
  @ApiProperty({ description: 'The session’s title' }) sessionTitle: string;
  @ApiProperty({ description: 'The last sequence number of the session’s "polls" stream this list includes' }) lastSeq: number;
  @ApiProperty({ type: [PublicPollDoc], description: 'Open and closed polls, oldest first (drafts are the chair’s)' }) polls: PublicPollDoc[];
  @ApiProperty({ type: [MyAnswerDoc], description: 'Your answers' }) mine: MyAnswerDoc[];
}

export class PollConsoleDoc {
  @ApiProperty() lastSeq: number;
  @ApiProperty({ type: [ConsolePollDoc], description: 'Every poll, drafts included, with results' }) polls: ConsolePollDoc[];
}

export class PollChangeDoc {
  @ApiProperty() seq: number;
  @ApiProperty({ example: 'poll.opened', description: 'poll.opened, poll.closed, poll.revealed, poll.concealed, poll.results' }) type: string;
  @ApiProperty() at: Date;
  @ApiProperty({ type: PublicPollDoc, description: 'The poll as the room may see it' }) poll: PublicPollDoc;
}

export class PollChangesDoc {
  @ApiProperty() lastSeq: number;
  @ApiProperty({ type: [PollChangeDoc] }) changes: PollChangeDoc[];
  @ApiProperty() more: boolean;
}

export class AnswerResultDoc {
  @ApiProperty({ type: MyAnswerDoc }) answer: MyAnswerDoc;
  @ApiPropertyOptional({ description: 'True when this was your first answer to the poll' }) created: boolean;
}

export class PollActionDoc {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) pollId: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) actorPersonId: string | null;
  @ApiProperty({ example: 'open' }) action: string;
  @ApiProperty({ type: 'object', additionalProperties: true, nullable: true }) detail: Record<string, unknown> | null;
  @ApiProperty() at: Date;
}

export class PollAuditDoc {
  @ApiProperty({ type: [PollActionDoc], description: 'Newest first' }) items: PollActionDoc[];
}
