import { Injectable } from '@nestjs/common';
import { LiveBroadcaster, LiveChange, LiveLog, LiveParticipant, RateLimits, SessionAudience } from '@convene/live';
import { NotModerator, QaSettingsService, needsModeration } from '@convene/qa';
import { DataSource, EntityManager } from 'typeorm';
import { AnswerPollDto, CreatePollDto, UpdatePollDto } from './dto/poll.dto';
import { PollAction } from './poll-action.entity';
import { Poll, PollKind, PollStatus } from './poll.entity';
import { PollRepository } from './poll.repository';
import { PollResultsPublisher } from './poll-results.publisher';
import { AnswerResult, ConsolePoll, PollChanges, PollConsole, PollList, PublicPoll } from './dto/poll.views';
import { consolePoll, myAnswer, optionCount, publicPoll } from './poll-view';
import {
  AlreadyAnswered,
  InvalidPoll,
  InvalidPollAnswer,
  PollAnswerNotFound,
  PollNotFound,
  PollNotOpen,
  PollSignInRequired,
  PollWrongStatus,
} from './polls.errors';
import { POLL_ANSWER_LIMIT, POLL_CATCH_UP_LIMIT, POLLS_STREAM } from './polls-live';

/** Opened polls whose shape this instance remembers (the oldest go first). */
const OPENED_POLLS_KEPT = 500;

export type PollVerb = 'open' | 'close' | 'reveal' | 'conceal';

const FROM: Record<PollVerb, PollStatus[]> = {
  open: [PollStatus.Draft],
  close: [PollStatus.Open],
  reveal: [PollStatus.Open, PollStatus.Closed],
  conceal: [PollStatus.Open, PollStatus.Closed],
};

/** A closed poll as the minutes record it. */
export interface PollRecord {
  sessionId: string;
  question: string;
  kind: PollKind;
  respondents: number;
  /** "Option: 12 (40%)" per option, the mean rating, or the most given words. */
  lines: string[];
}

/** Polls of a session: prepared by moderators, answered by the room, results shown when the chair says. */
@Injectable()
export class PollsService {
  private readonly openedPolls = new Map<string, Poll>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly polls: PollRepository,
    private readonly qa: QaSettingsService,
    private readonly audience: SessionAudience,
    private readonly log: LiveLog,
    private readonly broadcaster: LiveBroadcaster,
    private readonly limits: RateLimits,
    private readonly results: PollResultsPublisher,
  ) {}

  async create(sessionId: string, actor: LiveParticipant, input: CreatePollDto): Promise<ConsolePoll> {
    await this.qa.sessionWithQa(sessionId);
    await this.assertModerator(actor, sessionId);
    const shape = pollShape(input.kind, input.options, input.maxChoices);
    return this.dataSource.transaction(async (tx) => {
      const poll = await this.polls.insert(tx, {
        sessionId,
        question: input.question,
        kind: input.kind,
        ...shape,
        resultsShown: input.showResults ?? false,
        requiresSignIn: input.requiresSignIn ?? false,
        createdBy: actor.personId,
      });
      await this.audit(tx, actor, poll, 'create', { question: poll.question, kind: poll.kind, options: poll.options });
      return consolePoll(poll, await this.polls.results(poll, tx), []);
    });
  }

  /** Changes a draft; an open or closed poll's question and options stay as the room answered them. */
  async update(pollId: string, actor: LiveParticipant, input: UpdatePollDto): Promise<ConsolePoll> {
    return this.asModerator(pollId, actor, async (tx, poll) => {
      if (poll.status !== PollStatus.Draft) throw new PollWrongStatus('Only a draft can be changed: this poll has been opened');
      const shape = pollShape(poll.kind, input.options ?? poll.options, input.maxChoices === undefined ? poll.maxChoices : input.maxChoices);
      const updated = await this.polls.update(tx, poll.id, {
        question: input.question ?? poll.question,
        ...shape,
        resultsShown: input.showResults ?? poll.resultsShown,
        requiresSignIn: input.requiresSignIn ?? poll.requiresSignIn,
      });
      await this.audit(tx, actor, poll, 'edit', { question: updated.question, options: updated.options });
      return { poll: consolePoll(updated, await this.polls.results(updated, tx), []) };
    });
  }

  async remove(pollId: string, actor: LiveParticipant): Promise<void> {
    await this.asModerator(pollId, actor, async (tx, poll) => {
      if (poll.status !== PollStatus.Draft) throw new PollWrongStatus('Only a draft can be deleted: an opened poll is part of the record');
      await this.polls.remove(tx, poll.id);
      await this.audit(tx, actor, poll, 'delete', { question: poll.question });
      return { poll: null };
    });
  }

  /** Opens, closes, reveals or conceals the results; the room hears of it live. */
  async act(pollId: string, actor: LiveParticipant, verb: PollVerb): Promise<ConsolePoll> {
    return this.asModerator(pollId, actor, async (tx, poll, changed) => {
      if (!FROM[verb].includes(poll.status)) {
        throw new PollWrongStatus(`A poll that is ${poll.status} cannot be given "${verb}"`);
      }
      const now = new Date();
      const changes: Partial<Poll> =
        verb === 'open'
          ? { status: PollStatus.Open, openedAt: now }
          : verb === 'close'
            ? { status: PollStatus.Closed, closedAt: now }
            : { resultsShown: verb === 'reveal' };
      const updated = await this.polls.update(tx, poll.id, changes);
      const results = await this.polls.results(updated, tx);
      await this.audit(tx, actor, poll, verb, verb === 'close' || verb === 'reveal' ? { respondents: results.respondents, counts: results.counts, words: results.words.slice(0, 10) } : null);
      await changed(updated, `poll.${verb === 'open' ? 'opened' : verb === 'close' ? 'closed' : verb === 'reveal' ? 'revealed' : 'concealed'}`);
      return { poll: consolePoll(updated, results, updated.kind === PollKind.Text ? await this.polls.textAnswers(updated.id) : []) };
    });
  }

  /**
   * Records the participant's answer: `replace` false for a first answer (a second one is
   * refused and changes nothing), true to change it. Only while the poll is open: the poll row
   * is held shared until commit, so a close waits for answers in flight and counts them.
   */
  async answer(pollId: string, participant: LiveParticipant, input: AnswerPollDto, replace: boolean): Promise<AnswerResult> {
    const poll = await this.opened(pollId);
    await this.audience.assertCanTakePart(participant, poll.sessionId);
    if (poll.requiresSignIn && !participant.personId) throw new PollSignInRequired();
    const choices = answerChoices(poll, input);
    const text = poll.kind === PollKind.Text ? (input.text as string) : null;
    const filtered = text !== null && (await this.qa.get(poll.sessionId)).wordFilter && needsModeration(text);
    await this.limits.take(participant.key, POLL_ANSWER_LIMIT.bucket, POLL_ANSWER_LIMIT.perMinute);
    const outcome = await this.polls.answerIfOpen({ pollId, participantKey: participant.key, personId: participant.personId, choices, text, hidden: filtered, filtered }, replace);
    // A draft is the chair's: to the room it does not exist.
    if (outcome.status === null || outcome.status === PollStatus.Draft) throw new PollNotFound();
    if (outcome.status !== PollStatus.Open) throw new PollNotOpen(outcome.status);
    if (!outcome.saved) throw new AlreadyAnswered();
    const created = outcome.created;
    this.results.answered(pollId);
    return { answer: myAnswer(poll, { choices, text, hidden: filtered }), created };
  }

  /**
   * The poll as answers need it (session, kind, options, sign-in). Once opened these never
   * change, so an opened poll is read once per instance; whether it is still open is read with
   * each answer.
   */
  private async opened(pollId: string): Promise<Poll> {
    const known = this.openedPolls.get(pollId);
    if (known) return known;
    const poll = await this.polls.findById(pollId);
    if (!poll) throw new PollNotFound();
    if (poll.status !== PollStatus.Draft) {
      if (this.openedPolls.size >= OPENED_POLLS_KEPT) this.openedPolls.delete(this.openedPolls.keys().next().value as string);
      this.openedPolls.set(pollId, poll);
    }
    return poll;
  }

  /** Keeps a text answer out of the word cloud, or puts it back (moderators). */
  async setAnswerHidden(pollId: string, answerId: string, actor: LiveParticipant, hidden: boolean): Promise<ConsolePoll> {
    const view = await this.asModerator(pollId, actor, async (tx, poll) => {
      if (poll.kind !== PollKind.Text) throw new PollAnswerNotFound();
      if (!(await this.polls.setAnswerHidden(tx, poll.id, answerId, hidden))) throw new PollAnswerNotFound();
      await this.audit(tx, actor, poll, hidden ? 'hide-answer' : 'show-answer', { answerId });
      return { poll: consolePoll(poll, await this.polls.results(poll, tx), []) };
    });
    await this.results.publishNow(pollId);
    return { ...view, textAnswers: await this.polls.textAnswers(pollId) };
  }

  /** The room's list: open and closed polls (results only where shown) and the caller's answers. */
  async list(sessionId: string, participant: LiveParticipant): Promise<PollList> {
    const session = await this.qa.sessionWithQa(sessionId);
    await this.audience.assertCanFollow(participant, sessionId);
    // The sequence number first: a change landing in between is replayed, never missed.
    const lastSeq = (await this.log.lastSeqs(sessionId))[POLLS_STREAM] ?? 0;
    const polls = await this.polls.ofSession(sessionId, false);
    const views = await Promise.all(polls.map(async (poll) => publicPoll(poll, await this.polls.results(poll))));
    const answers = await this.polls.answerOf(polls.map((poll) => poll.id), participant.key);
    const byId = new Map(polls.map((poll) => [poll.id, poll]));
    return { sessionTitle: session.title, lastSeq, polls: views, mine: answers.map((answer) => myAnswer(byId.get(answer.pollId) as Poll, answer)) };
  }

  /** Every poll with its results, drafts included: the chair's console. */
  async console(sessionId: string, actor: LiveParticipant): Promise<PollConsole> {
    await this.qa.sessionWithQa(sessionId);
    await this.assertModerator(actor, sessionId);
    const lastSeq = (await this.log.lastSeqs(sessionId))[POLLS_STREAM] ?? 0;
    const polls = await this.polls.ofSession(sessionId, true);
    const views = await Promise.all(
      polls.map(async (poll) => consolePoll(poll, await this.polls.results(poll), poll.kind === PollKind.Text ? await this.polls.textAnswers(poll.id) : [])),
    );
    return { lastSeq, polls: views };
  }

  /** The changes after `since`, as broadcast: safe for the room, so the same for every caller. */
  async changesSince(sessionId: string, participant: LiveParticipant, since: number): Promise<PollChanges> {
    await this.qa.sessionWithQa(sessionId);
    await this.audience.assertCanFollow(participant, sessionId);
    const changes = await this.log.since(sessionId, POLLS_STREAM, since, POLL_CATCH_UP_LIMIT);
    const lastSeq = (await this.log.lastSeqs(sessionId))[POLLS_STREAM] ?? 0;
    // Replayed as safe for the room now: results the chair has since concealed are left out.
    const shownNow = new Set((await this.polls.ofSession(sessionId, false)).filter((poll) => poll.resultsShown).map((poll) => poll.id));
    const views = changes.map((change) => {
      const poll = change.data.poll as PublicPoll;
      return { seq: change.seq, type: change.type, at: change.at, poll: shownNow.has(poll.id) ? poll : { ...poll, results: null, resultsShown: false } };
    });
    return { lastSeq, changes: views, more: changes.length === POLL_CATCH_UP_LIMIT };
  }

  async auditTrail(sessionId: string, actor: LiveParticipant, limit = 200): Promise<PollAction[]> {
    await this.qa.sessionWithQa(sessionId);
    await this.assertModerator(actor, sessionId);
    return this.polls.auditTrail(sessionId, limit);
  }

  /** Every poll with its results, for the CSV (moderators). */
  async forExport(sessionId: string, actor: LiveParticipant): Promise<ConsolePoll[]> {
    return (await this.console(sessionId, actor)).polls;
  }

  /** The closed polls of these sessions with their results, in the order opened: for the minutes. */
  async recordOf(sessionIds: string[]): Promise<PollRecord[]> {
    const records: PollRecord[] = [];
    for (const poll of await this.polls.closedIn(sessionIds)) {
      const results = await this.polls.results(poll);
      records.push({ sessionId: poll.sessionId, question: poll.question, kind: poll.kind, respondents: results.respondents, lines: resultLines(poll, results) });
    }
    return records;
  }

  private async assertModerator(participant: LiveParticipant, sessionId: string): Promise<void> {
    if (!(await this.audience.access(participant, sessionId)).isModerator) throw new NotModerator();
  }

  private async asModerator<T extends { poll: unknown }>(
    pollId: string,
    actor: LiveParticipant,
    work: (tx: EntityManager, poll: Poll, changed: (poll: Poll, type: string) => Promise<void>) => Promise<T>,
  ): Promise<T['poll']> {
    const found = await this.polls.findById(pollId);
    if (!found) throw new PollNotFound();
    await this.assertModerator(actor, found.sessionId);
    const changes: LiveChange[] = [];
    const result = await this.dataSource.transaction(async (tx) => {
      const poll = await this.polls.lock(tx, pollId);
      if (!poll) throw new PollNotFound();
      return work(tx, poll, async (changedPoll, type) => {
        await this.log.lockStream(tx, changedPoll.sessionId, POLLS_STREAM);
        const results = await this.polls.results(changedPoll, tx);
        changes.push(await this.log.append(tx, changedPoll.sessionId, POLLS_STREAM, type, { poll: publicPoll(changedPoll, results) }));
      });
    });
    this.broadcaster.publish(changes);
    return result.poll;
  }

  private audit(tx: EntityManager, actor: LiveParticipant, poll: Poll, action: string, detail: Record<string, unknown> | null) {
    return this.polls.audit(tx, { sessionId: poll.sessionId, pollId: poll.id, actorPersonId: actor.personId, action, detail });
  }
}

/** Options and maximum as stored for the kind; refuses what does not fit it. */
function pollShape(kind: PollKind, options: string[] | undefined, maxChoices: number | null | undefined): Pick<Poll, 'options' | 'maxChoices'> {
  if (kind === PollKind.Single || kind === PollKind.Multiple) {
    if (!options || options.length < 2) throw new InvalidPoll('options', 'A choice poll needs at least two options');
    if (new Set(options.map((option) => option.toLowerCase())).size !== options.length) throw new InvalidPoll('options', 'Two options are the same');
    if (kind === PollKind.Single) return { options, maxChoices: null };
    if (maxChoices !== null && maxChoices !== undefined && maxChoices > options.length) throw new InvalidPoll('maxChoices', 'maxChoices cannot be more than the number of options');
    return { options, maxChoices: maxChoices ?? options.length };
  }
  if (options?.length) throw new InvalidPoll('options', `A ${kind} poll has no options`);
  return { options: [], maxChoices: null };
}

/** The answer as stored (option indexes), or InvalidPollAnswer (400) when it does not fit the poll. */
function answerChoices(poll: Poll, input: AnswerPollDto): number[] {
  const given = [input.choices !== undefined, input.rating !== undefined, input.text !== undefined].filter(Boolean).length;
  if (given !== 1) throw new InvalidPollAnswer('choices', 'Send one of choices, rating or text');
  switch (poll.kind) {
    case PollKind.Rating:
      if (input.rating === undefined) throw new InvalidPollAnswer('rating', 'This poll asks for a rating from 1 to 5');
      return [input.rating - 1];
    case PollKind.Text:
      if (input.text === undefined) throw new InvalidPollAnswer('text', 'This poll asks for a few words');
      return [];
    default: {
      const choices = input.choices;
      if (!choices) throw new InvalidPollAnswer('choices', 'This poll asks you to pick from its options');
      const count = optionCount(poll);
      if (choices.some((choice) => choice >= count)) throw new InvalidPollAnswer('choices', `Pick options from 0 to ${count - 1}`);
      if (new Set(choices).size !== choices.length) throw new InvalidPollAnswer('choices', 'Each option counts once: pick it once');
      const most = poll.kind === PollKind.Single ? 1 : (poll.maxChoices ?? count);
      if (choices.length > most) throw new InvalidPollAnswer('choices', most === 1 ? 'Pick one option' : `Pick at most ${most} options`);
      return [...choices].sort((a, b) => a - b);
    }
  }
}

function resultLines(poll: Poll, results: { respondents: number; counts: number[]; average: number | null; words: Array<{ text: string; count: number }> }): string[] {
  const pct = (count: number) => (results.respondents ? Math.round((count / results.respondents) * 100) : 0);
  if (poll.kind === PollKind.Text) return results.words.slice(0, 10).map((word) => `${word.text}: ${word.count}`);
  if (poll.kind === PollKind.Rating) {
    return [`Average ${results.average ?? '-'} out of 5`, ...results.counts.map((count, index) => `${index + 1}: ${count} (${pct(count)}%)`)];
  }
  return poll.options.map((option, index) => `${option}: ${results.counts[index] ?? 0} (${pct(results.counts[index] ?? 0)}%)`);
}
