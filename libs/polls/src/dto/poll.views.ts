import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import type { ChangePayload } from '@convene/live';
import { PollKind, PollStatus } from '../poll.entity';

// What the poll routes answer, each shape defined once: the service returns these classes and the
// OpenAPI document shows them, under the names it always gave them (…Doc).

/** A word (or short phrase) of a text poll's cloud, with how many gave it. */
@ApiSchema({ name: 'CloudWordDoc' })
export class CloudWord {
  @ApiProperty() text: string;
  @ApiProperty() count: number;
}

/**
 * What a poll's answers add up to, always counted from the answers table. `counts[i]` is how
 * many picked option i (a rating r is at r - 1); percentages are of `respondents`.
 */
@ApiSchema({ name: 'PollResultsDoc' })
export class PollResults {
  @ApiProperty({ description: 'Participants who answered' }) respondents: number;
  @ApiProperty({ type: [Number], description: 'Per option (a rating r at r - 1): how many picked it' }) counts: number[];
  /** Rating polls: the mean rating, to one decimal; null without answers. */
  @ApiProperty({ type: Number, nullable: true, description: 'Rating polls: the mean' }) average: number | null;
  /** Text polls: the shown answers, most given first (at most 50). */
  @ApiProperty({ type: [CloudWord], description: 'Text polls: the shown answers, most given first' }) words: CloudWord[];
}

/**
 * A poll as the room may see it: what is broadcast, kept in the live log and replayed by
 * `?since=N`. `results` is null unless the chair shows them; `responses` is only a number.
 */
@ApiSchema({ name: 'PublicPollDoc' })
export class PublicPoll {
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
  @ApiProperty({ type: PollResults, nullable: true, description: 'Null until the chair shows the results' }) results: PollResults | null;
  @ApiProperty({ type: Date, nullable: true }) openedAt: Date | null;
  @ApiProperty({ type: Date, nullable: true }) closedAt: Date | null;
}

/** A text answer as moderators see it: no participant. */
@ApiSchema({ name: 'TextAnswerDoc' })
export class TextAnswerView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() text: string;
  @ApiProperty() hidden: boolean;
  @ApiProperty({ description: 'Held back by the word filter' }) filtered: boolean;
}

/** The console's view: results always, and the text answers to moderate. */
@ApiSchema({ name: 'ConsolePollDoc' })
export class ConsolePoll extends PublicPoll {
  @ApiProperty({ type: PollResults }) declare results: PollResults;
  @ApiProperty({ type: [TextAnswerView] }) textAnswers: TextAnswerView[];
  @ApiProperty() createdAt: Date;
}

/** The caller's own answer. */
@ApiSchema({ name: 'MyAnswerDoc' })
export class MyAnswer {
  @ApiProperty({ format: 'uuid' }) pollId: string;
  @ApiProperty({ type: [Number] }) choices: number[];
  @ApiProperty({ type: Number, nullable: true }) rating: number | null;
  @ApiProperty({ type: String, nullable: true }) text: string | null;
  @ApiProperty({ description: 'A moderator (or the word filter) kept it out of the cloud' }) hidden: boolean;
}

/** The room's list: open and closed polls (results only where shown) and the caller's answers. */
@ApiSchema({ name: 'PollListDoc' })
export class PollList {
  /** For the projector's heading. */
  @ApiProperty({ description: 'The session’s title' }) sessionTitle: string;
  @ApiProperty({ description: 'The last sequence number of the session’s "polls" stream this list includes' }) lastSeq: number;
  @ApiProperty({ type: [PublicPoll], description: 'Open and closed polls, oldest first (drafts are the chair’s)' }) polls: PublicPoll[];
  @ApiProperty({ type: [MyAnswer], description: 'Your answers' }) mine: MyAnswer[];
}

/** Every poll with its results, drafts included: the chair's console. */
@ApiSchema({ name: 'PollConsoleDoc' })
export class PollConsole {
  @ApiProperty() lastSeq: number;
  @ApiProperty({ type: [ConsolePoll], description: 'Every poll, drafts included, with results' }) polls: ConsolePoll[];
}

/** A change of the "polls" stream as `?since=N` replays it. */
@ApiSchema({ name: 'PollChangeDoc' })
export class PollChange {
  @ApiProperty() seq: number;
  @ApiProperty({ example: 'poll.opened', description: 'poll.opened, poll.closed, poll.revealed, poll.concealed, poll.results' }) type: string;
  @ApiProperty() at: Date;
  @ApiProperty({ type: PublicPoll, description: 'The poll as the room may see it' }) poll: PublicPoll;
}

@ApiSchema({ name: 'PollChangesDoc' })
export class PollChanges {
  @ApiProperty() lastSeq: number;
  @ApiProperty({ type: [PollChange] }) changes: PollChange[];
  @ApiProperty() more: boolean;
}

@ApiSchema({ name: 'AnswerResultDoc' })
export class AnswerResult {
  @ApiProperty({ type: MyAnswer }) answer: MyAnswer;
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

/** What the polls' /live events carry, from these classes (one definition for REST and socket). */
declare module '@convene/live' {
  interface ApiLivePayloads {
    polls: ChangePayload<PollChange>;
    /** Moderators' running results: the poll as their console shows it. */
    'polls:results': { poll: ConsolePoll };
  }
}
