import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { VoteCounts } from '../dto/qa.views';
import { ModerationAction } from './moderation-action.entity';
import { CountedAttempt } from '@convene/identity';
import { DEFAULT_QA_SETTINGS, QaTakePart } from '../settings/qa-settings.entity';
import { mayTakePartSql, takingPartParams, TakingPart } from '../settings/qa-settings.service';
import { Question, QuestionStatus } from './question.entity';
import { countAfterVote } from './vote-count';

export interface CastVote {
  questionId: string;
  /** The question's session (it never changes). */
  sessionId: string;
  voterKey: string;
  participant: TakingPart;
  /** Add the vote (true) or withdraw it. */
  on: boolean;
  /** The votes limit's count, taken in the same statement. */
  limit: CountedAttempt;
}

export interface VoteOutcome {
  /** The participant's votes this minute, this one included (for `limit.settle`). */
  hits: number;
  settings: { open: boolean; takePart: QaTakePart; roomCode: string | null };
  /** Whether the question exists at all. */
  found: boolean;
  /** The question after the vote; null when the vote was not applied. */
  question: Question | null;
  changed: boolean;
}

@Injectable()
export class QuestionRepository {
  private selectedColumns: string | undefined;

  constructor(private readonly dataSource: DataSource) {}

  findById(id: string): Promise<Question | null> {
    return this.dataSource.getRepository(Question).findOneBy({ id });
  }

  byIds(ids: string[]): Promise<Question[]> {
    if (!ids.length) return Promise.resolve([]);
    return this.dataSource.getRepository(Question).createQueryBuilder('q').whereInIds(ids).getMany();
  }

  /**
   * The vote counts of these questions, counted from their rows, and the instant they were read
   * (the database's clock, so counts read by two API instances compare). `shownOnly`: only
   * questions the room may see.
   */
  async voteCounts(ids: string[], shownOnly: boolean, manager: EntityManager = this.dataSource.manager): Promise<VoteCounts> {
    const rows: Array<{ id: string; votes: number; counted_at: Date }> = await manager.query(
      `SELECT q.id, (SELECT count(*)::int FROM qa_votes v WHERE v.question_id = q.id) AS votes, statement_timestamp() AS counted_at FROM qa_questions q
        WHERE q.id = ANY($1::uuid[]) ${shownOnly ? `AND q.status IN ('approved', 'answering', 'answered')` : ''} ORDER BY q.id`,
      [ids],
    );
    return { countedAt: (rows[0]?.counted_at ?? new Date()).toISOString(), votes: rows.map((row) => ({ id: row.id, votes: row.votes })) };
  }

  /** Locks the question's row for the rest of the transaction (votes and moderation queue on it). */
  lock(tx: EntityManager, id: string): Promise<Question | null> {
    return tx.getRepository(Question).createQueryBuilder('q').setLock('pessimistic_write').where('q.id = :id', { id }).getOne();
  }

  async insert(tx: EntityManager, question: Partial<Question>): Promise<Question> {
    const repo = tx.getRepository(Question);
    const saved = await repo.save(repo.create(question));
    // A new question has no votes (the count is read, not stored, so saving does not return it).
    saved.voteCount ??= 0;
    return saved;
  }

  async update(tx: EntityManager, id: string, changes: Partial<Question>): Promise<Question> {
    await tx.getRepository(Question).update({ id }, changes);
    return (await tx.getRepository(Question).findOneBy({ id })) as Question;
  }

  /** The session's questions, most votes first, then oldest first. */
  async ofSession(sessionId: string): Promise<Question[]> {
    const questions = await this.dataSource.getRepository(Question).findBy({ sessionId });
    return questions.sort((a, b) => b.voteCount - a.voteCount || a.createdAt.getTime() - b.createdAt.getTime());
  }

  /** The answered questions of these sessions, in the order they were answered. */
  answeredIn(sessionIds: string[]): Promise<Question[]> {
    return this.dataSource
      .getRepository(Question)
      .createQueryBuilder('q')
      .where('q.sessionId IN (:...sessionIds)', { sessionIds })
      .andWhere('q.status = :answered', { answered: QuestionStatus.Answered })
      .orderBy('q.answeredAt', 'ASC', 'NULLS LAST')
      .addOrderBy('q.id')
      .getMany();
  }

  /** The audience's list: shown questions, plus the caller's own whatever their state. */
  async forAudience(sessionId: string, participantKey: string): Promise<Array<Question & { voted: boolean }>> {
    const rows: Array<{ id: string; voted: boolean }> = await this.dataSource.query(
      `SELECT q.id, EXISTS (SELECT 1 FROM qa_votes v WHERE v.question_id = q.id AND v.voter_key = $2) AS voted
         FROM qa_questions q
        WHERE q.session_id = $1 AND (q.status IN ('approved', 'answering', 'answered') OR (q.asker_key = $2 AND q.status <> 'merged'))`,
      [sessionId, participantKey],
    );
    if (!rows.length) return [];
    const questions = await this.dataSource.getRepository(Question).createQueryBuilder('q').whereInIds(rows.map((row) => row.id)).getMany();
    const voted = new Map(rows.map((row) => [row.id, row.voted]));
    return questions.map((question) => Object.assign(question, { voted: voted.get(question.id) ?? false }));
  }

  /**
   * A vote in one statement (its own transaction, one round trip): counts the participant's
   * attempt against the votes limit, reads the session's Q&A settings, and only while the
   * limit holds, the Q&A is open and the participant may take part, adds (or removes) the
   * participant's own vote row on a question the room may see. It writes nothing else: the count
   * is the rows', so votes on one question do not queue on a shared row. The question is held
   * FOR KEY SHARE, which votes share with each other and with the vote row's foreign key, but a
   * moderator's change (FOR UPDATE) waits for, and is waited for: a vote after a hide is refused.
   * `question` is null when the vote was not applied (refused, or the question not shown), else
   * the question with its count after the vote (`countAfterVote`); `changed` is false when there
   * was nothing to do (voted twice, or withdrawing a vote never cast).
   */
  async castVote(vote: CastVote): Promise<VoteOutcome> {
    const change = vote.on
      ? `INSERT INTO qa_votes (question_id, voter_key) SELECT "q.id", $2 FROM shown ON CONFLICT DO NOTHING RETURNING 1`
      : `DELETE FROM qa_votes WHERE question_id IN (SELECT "q.id" FROM shown) AND voter_key = $2 RETURNING 1`;
    const rows: Array<Record<string, unknown> & { hits: number; open: boolean; take_part: QaTakePart; room_code: string | null; found: boolean; changed: number; others: number }> =
      await this.dataSource.query(
        `WITH counted AS (${vote.limit.sql(7)}),
              settings AS (SELECT coalesce(s.open, ${DEFAULT_QA_SETTINGS.open}) AS open, coalesce(s.take_part::text, '${DEFAULT_QA_SETTINGS.takePart}') AS take_part, s.room_code
                             FROM (SELECT 1) AS one LEFT JOIN qa_settings s ON s.session_id = $3),
              allowed AS (SELECT 1 FROM counted, settings WHERE counted.hits <= $4 AND settings.open AND ${mayTakePartSql('settings', 5)}),
              shown AS (SELECT ${this.storedColumns()} FROM qa_questions q
                         WHERE q.id = $1 AND q.session_id = $3 AND q.status IN ('approved', 'answering', 'answered') AND EXISTS (SELECT 1 FROM allowed)
                           FOR KEY SHARE OF q),
              changed AS (${change})
         SELECT (SELECT hits FROM counted) AS hits, settings.open, settings.take_part, settings.room_code,
                EXISTS (SELECT 1 FROM qa_questions WHERE id = $1) AS found, shown.*,
                (SELECT count(*)::int FROM changed) AS changed,
                (SELECT count(*)::int FROM qa_votes WHERE question_id IN (SELECT "q.id" FROM shown) AND voter_key <> $2) AS others
           FROM settings LEFT JOIN shown ON true`,
        [vote.questionId, vote.voterKey, vote.sessionId, vote.limit.max, ...takingPartParams(vote.participant), ...vote.limit.params],
      );
    const [row] = rows;
    const question = row['q.id'] === null ? null : new Question();
    if (question) {
      for (const [key, value] of Object.entries(row)) if (key.startsWith('q.')) Object.assign(question, { [key.slice(2)]: value });
      question.voteCount = countAfterVote(row.others, vote.on);
    }
    return {
      hits: row.hits,
      settings: { open: row.open, takePart: row.take_part, roomCode: row.room_code },
      found: row.found,
      question,
      changed: row.changed === 1,
    };
  }

  /** The question's stored columns, each as "q.<property>" (the vote statement's answer). */
  private storedColumns(): string {
    this.selectedColumns ??= this.dataSource
      .getMetadata(Question)
      .columns.filter((column) => !column.isVirtualProperty)
      .map((column) => `q.${column.databaseName} AS "q.${column.propertyName}"`)
      .join(', ');
    return this.selectedColumns;
  }

  /** Moves the votes of `fromId` to `intoId`; a participant who voted for both keeps one vote. */
  async moveVotes(tx: EntityManager, fromId: string, intoId: string): Promise<void> {
    await tx.query(
      `INSERT INTO qa_votes (question_id, voter_key, created_at)
       SELECT $2, voter_key, created_at FROM qa_votes WHERE question_id = $1
       ON CONFLICT DO NOTHING`,
      [fromId, intoId],
    );
    await tx.query(`DELETE FROM qa_votes WHERE question_id = $1`, [fromId]);
  }

  /** The question now being answered in the session, locked. */
  answeringIn(tx: EntityManager, sessionId: string): Promise<Question | null> {
    return tx
      .getRepository(Question)
      .createQueryBuilder('q')
      .setLock('pessimistic_write')
      .where('q.session_id = :sessionId AND q.status = :status', { sessionId, status: QuestionStatus.Answering })
      .getOne();
  }

  async audit(tx: EntityManager, entry: Pick<ModerationAction, 'sessionId' | 'questionId' | 'actorPersonId' | 'action' | 'detail'>): Promise<void> {
    const repo = tx.getRepository(ModerationAction);
    await repo.save(repo.create(entry));
  }

  auditTrail(sessionId: string, limit: number): Promise<ModerationAction[]> {
    return this.dataSource.getRepository(ModerationAction).find({ where: { sessionId }, order: { at: 'DESC' }, take: limit });
  }
}
