import { Injectable } from '@nestjs/common';
import { EventVisibility } from '@convene/events';
import { commitWithoutWaitingForDisk, waitUntilDurable } from '@convene/core';
import { type ApiLivePayloads, LiveBroadcaster, LiveChange, LiveLog, LiveParticipant, RateLimits, SessionAudience } from '@convene/live';
import { DataSource, EntityManager } from 'typeorm';
import { AskQuestionDto, UpdateQaSettingsDto } from '../dto/question.dto';
import { CATCH_UP_LIMIT, QA_RATE_LIMITS, QA_STREAM } from '../qa-live';
import { AnonymousNotAllowed, ModerationNotAllowed, NotModerator, QaClosed, QuestionNotFound, QuestionNotVotable } from '../qa.errors';
import { QaModeration } from '../settings/qa-settings.entity';
import { ConsoleList, FullQuestionView, ListedQuestion, ModeratorQaSettings, PublicQuestion, QaChangesView, QaSettingsView, QuestionList, ShownQuestion, VoteResult } from '../dto/qa.views';
import { assertMayTakePart, forRoom, QaSettingsService } from '../settings/qa-settings.service';
import { ModerationAction } from './moderation-action.entity';
import { Question, QuestionStatus } from './question.entity';
import { GroupedStatements } from './grouped-statements';
import { CastVote, QuestionRepository, VoteOutcome } from './question.repository';
import { byVotesThenTime, fullQuestionView, isVisible, publicQuestion, questionView } from './question-view';
import { ModerationVerb, mayModerate } from './question-states';
import { VoteCountsPublisher } from './vote-counts.publisher';
import { needsModeration } from './word-filter';

export type { ModerationVerb };

const EVENT_OF: Record<ModerationVerb, string> = {
  approve: 'question.approved',
  hide: 'question.hidden',
  answering: 'question.answering',
  answered: 'question.answered',
  reopen: 'question.reopened',
};

/** An answered question as the minutes record it: the asker's name only when not anonymous. */
export interface AnsweredQuestion {
  sessionId: string;
  body: string;
  askerName: string | null;
  askerOrganisation: string | null;
}

/** How many questions' sessions an instance remembers (the oldest goes first). */
const SESSIONS_OF_QUESTIONS_KEPT = 50_000;

/** Asking, voting and moderating a session's questions. Every change is logged and broadcast. */
@Injectable()
export class QuestionsService {
  private readonly sessionOfQuestion = new Map<string, string>();
  /** Votes arriving together share a statement; adding and withdrawing go in groups of their own. */
  private readonly voteGroups = {
    on: new GroupedStatements<CastVote, VoteOutcome>((votes) => this.questions.castVotes(votes, true)),
    off: new GroupedStatements<CastVote, VoteOutcome>((votes) => this.questions.castVotes(votes, false)),
  };

  constructor(
    private readonly dataSource: DataSource,
    private readonly questions: QuestionRepository,
    private readonly settings: QaSettingsService,
    private readonly log: LiveLog,
    private readonly broadcaster: LiveBroadcaster,
    private readonly audience: SessionAudience,
    private readonly limits: RateLimits,
    private readonly voteCounts: VoteCountsPublisher,
  ) {}

  async ask(sessionId: string, participant: LiveParticipant, input: AskQuestionDto): Promise<FullQuestionView> {
    await this.settings.sessionWithQa(sessionId);
    await this.audience.assertCanTakePart(participant, sessionId);
    await this.limits.take(participant.key, QA_RATE_LIMITS.questions.bucket, QA_RATE_LIMITS.questions.perMinute);
    const anonymous = input.anonymous ?? false;
    return this.inTransaction(async (tx, changed) => {
      const settings = await this.settings.withCode(sessionId, tx);
      if (!settings.open) throw new QaClosed();
      assertMayTakePart(settings, participant);
      if (anonymous && !settings.anonymousAllowed) throw new AnonymousNotAllowed();
      if (!anonymous && !input.askerName) throw new AnonymousNotAllowed();
      const filtered = settings.wordFilter && needsModeration(input.body);
      const question = await this.questions.insert(tx, {
        sessionId,
        body: input.body,
        originalBody: input.body,
        language: input.language ?? 'en',
        askerName: anonymous ? null : (input.askerName ?? null),
        askerOrganisation: anonymous ? null : (input.askerOrganisation || null),
        anonymous,
        askerKey: participant.key,
        askerPersonId: participant.personId,
        status: settings.moderation === QaModeration.Pre || filtered ? QuestionStatus.Pending : QuestionStatus.Approved,
        filtered,
      });
      await changed(question, 'question.asked');
      return fullQuestionView(question);
    });
  }

  /** The audience's list: shown questions by votes then time, and the caller's own ("mine") in any state. */
  async list(sessionId: string, participant: LiveParticipant): Promise<QuestionList> {
    const session = await this.settings.sessionWithQa(sessionId);
    await this.audience.assertCanFollow(participant, sessionId);
    // Read the sequence number first: a change landing in between is replayed, never missed.
    const lastSeq = (await this.log.lastSeqs(sessionId))[QA_STREAM] ?? 0;
    const [settings, rows] = await Promise.all([this.settings.get(sessionId), this.questions.forAudience(sessionId, participant.key)]);
    const questions = rows
      .map((row): ListedQuestion => {
        const mine = row.askerKey === participant.key;
        return { ...(mine ? fullQuestionView(row) : questionView(row)), mine, voted: row.voted };
      })
      .sort(byVotesThenTime);
    return { lastSeq, sessionTitle: session.title, sessionTitleCy: session.titleCy ?? null, settings, questions };
  }

  /**
   * The changes after `since`, in order, as they were broadcast: moderators get each question in
   * full as it is now (their console applies changes without asking for them), the others the
   * form safe for the room now.
   */
  async changesSince(sessionId: string, participant: LiveParticipant, since: number): Promise<QaChangesView> {
    await this.settings.sessionWithQa(sessionId);
    const access = await this.audience.assertCanFollow(participant, sessionId);
    const changes = await this.log.since(sessionId, QA_STREAM, since, CATCH_UP_LIMIT);
    const lastSeq = (await this.log.lastSeqs(sessionId))[QA_STREAM] ?? 0;
    const current = await this.currentQuestions(changes);
    const shown = access.isModerator ? await this.inFull(current, sessionId) : this.safeNow(current);
    const views = changes.map((change) => ({ seq: change.seq, type: change.type, at: change.at, ...shown(change.data) }));
    return { lastSeq, changes: views, more: views.length === CATCH_UP_LIMIT };
  }

  /** The questions these changes are about, as they are now. */
  private async currentQuestions(changes: LiveChange[]): Promise<Map<string, Question>> {
    const ids = [...new Set(changes.map((change) => (change.data.question as { id?: string } | undefined)?.id).filter((id): id is string => Boolean(id)))];
    return new Map((await this.questions.byIds(ids)).map((question) => [question.id, question]));
  }

  /** For moderators: each question in full as it is now, and the settings with the room's code. */
  private async inFull(current: Map<string, Question>, sessionId: string): Promise<(data: Record<string, unknown>) => Record<string, unknown>> {
    const settings = await this.settings.withCode(sessionId);
    return (data) => {
      if (data.settings) return { ...data, settings };
      const logged = data.question as PublicQuestion | undefined;
      if (!logged) return data;
      const now = current.get(logged.id);
      // Erased since: nothing of it is left to show.
      if (!now) return { ...data, question: { id: logged.id, sessionId: logged.sessionId, visible: false, status: logged.status, mergedIntoId: null } };
      return { ...data, question: fullQuestionView(now) };
    };
  }

  /**
   * The logged form of a question was safe for the room when it was broadcast; a replay must be
   * safe now: a question hidden (or merged, or sent back to moderation) since travels withheld,
   * and a shown one with its text and asker as they now are (edited, erased).
   */
  private safeNow(current: Map<string, Question>): (data: Record<string, unknown>) => Record<string, unknown> {
    return (data) => {
      const logged = data.question as PublicQuestion | undefined;
      if (!logged) return data;
      const now = current.get(logged.id);
      if (!now || !isVisible(now.status)) {
        return { ...data, question: { id: logged.id, sessionId: logged.sessionId, visible: false, status: now?.status ?? logged.status, mergedIntoId: now?.mergedIntoId ?? null } };
      }
      if (!logged.visible) return data;
      const shown = questionView(now);
      return { ...data, question: { ...logged, body: shown.body, askerName: shown.askerName, askerOrganisation: shown.askerOrganisation, anonymous: shown.anonymous, edited: shown.edited } };
    };
  }

  /** The answered questions of these sessions in answer order, for the minutes (no access check: the caller drafts minutes). */
  async answeredInOrder(sessionIds: string[]): Promise<AnsweredQuestion[]> {
    if (!sessionIds.length) return [];
    return (await this.questions.answeredIn(sessionIds)).map((question) => ({
      sessionId: question.sessionId,
      body: question.body,
      askerName: question.anonymous ? null : question.askerName,
      askerOrganisation: question.anonymous ? null : question.askerOrganisation,
    }));
  }

  /** Everything, for the chair's console. */
  async console(sessionId: string, participant: LiveParticipant): Promise<ConsoleList> {
    await this.settings.sessionWithQa(sessionId);
    const access = await this.audience.access(participant, sessionId);
    if (!access.isModerator) throw new NotModerator();
    const lastSeq = (await this.log.lastSeqs(sessionId))[QA_STREAM] ?? 0;
    const [settings, settingsChosen, rows] = await Promise.all([this.settings.withCode(sessionId), this.settings.chosen(sessionId), this.questions.ofSession(sessionId)]);
    return { lastSeq, settings, settingsChosen, publicEvent: access.event.visibility === EventVisibility.Public, questions: rows.map(fullQuestionView) };
  }

  /** One question: in full for its asker and moderators, as the audience sees it for others. */
  async get(questionId: string, participant: LiveParticipant): Promise<FullQuestionView | ShownQuestion> {
    const question = await this.questions.findById(questionId);
    if (!question) throw new QuestionNotFound();
    await this.audience.assertCanFollow(participant, question.sessionId);
    if (question.askerKey === participant.key || (await this.audience.access(participant, question.sessionId)).isModerator) return fullQuestionView(question);
    if (!isVisible(question.status)) throw new QuestionNotFound();
    return questionView(question);
  }

  /**
   * Adds (or, with `on` false, withdraws) the participant's vote. Asking twice changes nothing.
   * Votes are not logged one by one: the counts follow, coalesced (VoteCountsPublisher).
   * One statement counts the limit, reads the settings and writes the participant's vote row,
   * shared with the votes that arrive while the one before is in flight (GroupedStatements,
   * QuestionRepository.castVotes); the audience check before it is remembered per session
   * (SessionAudience).
   */
  async vote(questionId: string, participant: LiveParticipant, on: boolean): Promise<VoteResult> {
    const sessionId = await this.sessionOf(questionId);
    await this.audience.assertCanTakePart(participant, sessionId);
    const limit = this.limits.takenInStatement(participant.key, QA_RATE_LIMITS.votes.bucket, QA_RATE_LIMITS.votes.perMinute);
    const outcome = await this.voteGroups[on ? 'on' : 'off'].submit({ questionId, sessionId, voterKey: participant.key, participant, limit });
    await limit.settle(outcome.hits);
    if (!outcome.settings.open) throw new QaClosed();
    assertMayTakePart(outcome.settings, participant);
    if (!outcome.question) throw outcome.found ? new QuestionNotVotable() : new QuestionNotFound();
    // The vote's commit waited for the disk: it holds no row others queue on.
    if (outcome.changed) this.voteCounts.voted(sessionId, questionId);
    return { question: publicQuestion(outcome.question), voted: on };
  }

  /** The question's session: a question never moves, so each instance reads it once. */
  private async sessionOf(questionId: string): Promise<string> {
    const known = this.sessionOfQuestion.get(questionId);
    if (known) return known;
    const found = await this.questions.findById(questionId);
    if (!found) throw new QuestionNotFound();
    if (this.sessionOfQuestion.size >= SESSIONS_OF_QUESTIONS_KEPT) this.sessionOfQuestion.delete(this.sessionOfQuestion.keys().next().value as string);
    this.sessionOfQuestion.set(questionId, found.sessionId);
    return found.sessionId;
  }

  async moderate(questionId: string, actor: LiveParticipant, verb: ModerationVerb, reason?: string): Promise<FullQuestionView> {
    return this.asModerator(questionId, actor, async (tx, question, changed) => {
      if (!mayModerate(verb, question.status)) {
        throw new ModerationNotAllowed(`A question that is ${question.status} cannot be given "${verb}"`);
      }
      const now = new Date();
      let changes: Partial<Question>;
      switch (verb) {
        case 'approve':
          changes = { status: QuestionStatus.Approved, hiddenReason: null };
          break;
        case 'hide':
          changes = { status: QuestionStatus.Hidden, hiddenReason: reason ?? null };
          break;
        case 'answering': {
          // One "now answering" at a time: the one before is taken as answered.
          const previous = await this.questions.answeringIn(tx, question.sessionId);
          if (previous && previous.id !== question.id) {
            const answered = await this.questions.update(tx, previous.id, { status: QuestionStatus.Answered, answeredAt: now });
            await changed(answered, 'question.answered');
          }
          changes = { status: QuestionStatus.Answering, answeringAt: now, answeredAt: null, hiddenReason: null };
          break;
        }
        case 'answered':
          changes = { status: QuestionStatus.Answered, answeredAt: now };
          break;
        case 'reopen':
          changes = { status: QuestionStatus.Approved, answeredAt: null, answeringAt: null, hiddenReason: null };
          break;
      }
      const updated = await this.questions.update(tx, question.id, changes);
      await this.audit(tx, actor, question, verb, reason ? { reason } : null);
      await changed(updated, EVENT_OF[verb]);
      return fullQuestionView(updated);
    });
  }

  /** Corrects a typo; the asker's own text stays in original_body. */
  async edit(questionId: string, actor: LiveParticipant, body: string): Promise<FullQuestionView> {
    return this.asModerator(questionId, actor, async (tx, question, changed) => {
      if (question.status === QuestionStatus.Merged) throw new ModerationNotAllowed('A merged question cannot be edited: edit the one it was merged into');
      if (body === question.body) return fullQuestionView(question);
      const updated = await this.questions.update(tx, question.id, { body, editedAt: new Date() });
      await this.audit(tx, actor, question, 'edit', { before: question.body, after: body });
      await changed(updated, 'question.edited');
      return fullQuestionView(updated);
    });
  }

  /** Folds a duplicate into another question of the session; its votes move, one per participant. */
  async merge(questionId: string, actor: LiveParticipant, intoId: string): Promise<FullQuestionView> {
    if (questionId === intoId) throw new ModerationNotAllowed('A question cannot be merged into itself');
    const found = await this.questions.findById(questionId);
    if (!found) throw new QuestionNotFound();
    await this.assertModerator(actor, found.sessionId);
    return this.inTransaction(async (tx, changed) => {
      // Both rows locked in id order, so two crossing merges cannot deadlock.
      const [first, second] = [questionId, intoId].sort();
      const locked = new Map<string, Question | null>([
        [first, await this.questions.lock(tx, first)],
        [second, await this.questions.lock(tx, second)],
      ]);
      const question = locked.get(questionId);
      const target = locked.get(intoId);
      if (!question) throw new QuestionNotFound();
      if (!target || target.sessionId !== question.sessionId) throw new ModerationNotAllowed('Merge into a question of the same session');
      if (question.status === QuestionStatus.Merged || target.status === QuestionStatus.Merged) {
        throw new ModerationNotAllowed('That question has already been merged');
      }
      await this.questions.moveVotes(tx, question.id, target.id);
      const source = await this.questions.update(tx, question.id, { status: QuestionStatus.Merged, mergedIntoId: target.id });
      const merged = await this.questions.update(tx, target.id, {});
      await this.audit(tx, actor, question, 'merge', { intoId: target.id });
      await changed(source, 'question.merged');
      await changed(merged, 'question.voted');
      return fullQuestionView(merged);
    });
  }

  async getSettings(sessionId: string, participant: LiveParticipant): Promise<QaSettingsView> {
    await this.settings.sessionWithQa(sessionId);
    await this.audience.assertCanFollow(participant, sessionId);
    return this.settings.get(sessionId);
  }

  /** The moderators' answer carries the room's code; the room hears of the change without it. */
  async updateSettings(sessionId: string, actor: LiveParticipant, input: UpdateQaSettingsDto): Promise<ModeratorQaSettings> {
    await this.settings.sessionWithQa(sessionId);
    await this.assertModerator(actor, sessionId);
    const { settings, change } = await this.dataSource.transaction(async (tx) => {
      await commitWithoutWaitingForDisk(tx);
      const updated = await this.settings.update(tx, sessionId, input);
      await this.questions.audit(tx, { sessionId, questionId: null, actorPersonId: actor.personId, action: 'settings', detail: { ...updated } });
      return { settings: updated, change: await this.log.append(tx, sessionId, QA_STREAM, 'settings.changed', { settings: forRoom(updated) }) };
    });
    await waitUntilDurable(this.dataSource);
    this.broadcaster.publishForRoomAndModerators([{ change, forModerators: { settings } }]);
    return settings;
  }

  async auditTrail(sessionId: string, actor: LiveParticipant, limit = 200): Promise<ModerationAction[]> {
    await this.settings.sessionWithQa(sessionId);
    await this.assertModerator(actor, sessionId);
    return this.questions.auditTrail(sessionId, limit);
  }

  /** All the session's questions, for the exports: moderators only. */
  async forExport(sessionId: string, actor: LiveParticipant): Promise<Question[]> {
    await this.settings.sessionWithQa(sessionId);
    await this.assertModerator(actor, sessionId);
    return this.questions.ofSession(sessionId);
  }

  async assertModerator(participant: LiveParticipant, sessionId: string): Promise<void> {
    if (!(await this.audience.access(participant, sessionId)).isModerator) throw new NotModerator();
  }

  private async asModerator<T>(
    questionId: string,
    actor: LiveParticipant,
    work: (tx: EntityManager, question: Question, changed: (question: Question, type: string) => Promise<void>) => Promise<T>,
  ): Promise<T> {
    const found = await this.questions.findById(questionId);
    if (!found) throw new QuestionNotFound();
    await this.assertModerator(actor, found.sessionId);
    return this.inTransaction(async (tx, changed) => {
      const question = await this.questions.lock(tx, questionId);
      if (!question) throw new QuestionNotFound();
      return work(tx, question, changed);
    });
  }

  private audit(tx: EntityManager, actor: LiveParticipant, question: Question, action: string, detail: Record<string, unknown> | null) {
    return this.questions.audit(tx, { sessionId: question.sessionId, questionId: question.id, actorPersonId: actor.personId, action, detail });
  }

  /**
   * Runs the change in one transaction, logs each changed question there (in the room's form),
   * broadcasts after commit: to the room as logged, to the moderators in full. Every change of
   * a session queues on its stream's row in the live log, so the commit does not wait for the
   * disk while holding it; the answer and the broadcast wait instead.
   */
  private async inTransaction<T>(work: (tx: EntityManager, changed: (question: Question, type: string) => Promise<void>) => Promise<T>): Promise<T> {
    const changes: Array<{ change: LiveChange; forModerators: ApiLivePayloads['qa'] }> = [];
    const result = await this.dataSource.transaction(async (tx) => {
      await commitWithoutWaitingForDisk(tx);
      return work(tx, async (question, type) => {
        const change = await this.log.append(tx, question.sessionId, QA_STREAM, type, { question: publicQuestion(question) });
        changes.push({ change, forModerators: { question: fullQuestionView(question) } });
      });
    });
    if (changes.length) {
      await waitUntilDurable(this.dataSource);
      this.broadcaster.publishForRoomAndModerators(changes);
    }
    return result;
  }
}
