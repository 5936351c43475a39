import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { VoteCounts } from '../dto/qa.views';
import { ModerationAction } from './moderation-action.entity';
import { CountedAttempt } from '@convene/identity';
import { DEFAULT_QA_SETTINGS, QaTakePart } from '../settings/qa-settings.entity';
import { mayTakePartSql, takingPartParams, TakingPart } from '../settings/qa-settings.service';
import { Question, QuestionStatus } from './question.entity';
import { RateLimits } from '@convene/live';

export interface CastVote {
  questionId: string;
  /** The question's session (it never changes). */
  sessionId: string;
  voterKey: string;
  participant: TakingPart;
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

/** A vote group statement's row for one vote; the question's columns as "q.<property>" when applied. */
type VoteRow = Record<string, unknown> & { hits: number; open: boolean; take_part: QaTakePart; room_code: string | null; found: boolean; changed: boolean; votes: number | null };

@Injectable()
export class QuestionRepository {
  private selectedColumns: string | undefined;

  constructor(
    private readonly dataSource: DataSource,
    private readonly limits: RateLimits,
  ) {}

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

  /** The session's questions, most votes first, then oldest first (sorted by Postgres, issue 13). */
  ofSession(sessionId: string): Promise<Question[]> {
    return this.dataSource
      .getRepository(Question)
      .createQueryBuilder('q')
      .where('q.sessionId = :sessionId', { sessionId })
      .orderBy('(SELECT count(*) FROM qa_votes v WHERE v.question_id = q.id)', 'DESC')
      .addOrderBy('q.createdAt', 'ASC')
      .addOrderBy('q.id', 'ASC')
      .getMany();
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
   * A group of votes in one statement (its own transaction, one round trip), all adding (`on`) or
   * all withdrawing. For each vote it counts the participant's attempt against the votes limit
   * (as if alone, in the group's order: RateLimits.groupTakenInStatement), reads the session's
   * Q&A settings, and only while the limit holds, the Q&A is open and the participant may take
   * part, adds (or removes) the participant's own vote row on a question the room may see. It
   * writes nothing else: the count is the rows', so votes on one question do not queue on a
   * shared row. The questions are held FOR KEY SHARE (in id order), which votes share with each
   * other and with the vote rows' foreign key, but a moderator's change (FOR UPDATE) waits for,
   * and is waited for: a vote after a hide is refused. One outcome per vote, in the order given:
   * `question` is null when the vote was not applied (refused, or the question not shown), else
   * the question with its count as the group leaves it, read once a question, not once a vote:
   * the votes the statement's snapshot saw of participants not in the group, plus, when adding,
   * each participant of the group who voted on it (their own vote is there after a vote and gone
   * after a withdrawal, whichever request did it: two taps at once, one inserts, one finds it).
   * Others' votes committed meanwhile are not in it; the counts sent after commit are.
   * `changed` is false when there was nothing to do (voted twice, or withdrawing a vote never cast).
   */
  async castVotes(votes: CastVote[], on: boolean): Promise<VoteOutcome[]> {
    const change = on
      ? `INSERT INTO qa_votes (question_id, voter_key) SELECT question_id, voter_key FROM applied ORDER BY n ON CONFLICT DO NOTHING RETURNING question_id, voter_key`
      : `DELETE FROM qa_votes d USING applied a WHERE d.question_id = a.question_id AND d.voter_key = a.voter_key RETURNING d.question_id, d.voter_key`;
    const taking = votes.map((vote) => takingPartParams(vote.participant));
    const rows: VoteRow[] = await this.dataSource.query(
      `WITH ${this.limits.groupTakenInStatement(7)},
            votes AS (SELECT * FROM unnest($1::uuid[], $2::text[], $3::uuid[], $4::boolean[], $5::text[], $6::int[])
                        WITH ORDINALITY AS v(question_id, voter_key, session_id, signed_in, room_code, max, n)),
            settings AS (SELECT v.n, coalesce(s.open, ${DEFAULT_QA_SETTINGS.open}) AS open, coalesce(s.take_part::text, '${DEFAULT_QA_SETTINGS.takePart}') AS take_part, s.room_code
                           FROM votes v LEFT JOIN qa_settings s ON s.session_id = v.session_id),
            allowed AS (SELECT v.n, v.question_id, v.voter_key, v.session_id FROM votes v JOIN counted c ON c.n = v.n JOIN settings s ON s.n = v.n
                         WHERE c.hits <= v.max AND s.open AND ${mayTakePartSql('s', 'v.signed_in', 'v.room_code')}),
            shown AS (SELECT ${this.storedColumns()} FROM qa_questions q
                       WHERE q.id IN (SELECT question_id FROM allowed) AND q.status IN ('approved', 'answering', 'answered')
                       ORDER BY q.id FOR KEY SHARE OF q),
            applied AS (SELECT a.n, a.question_id, a.voter_key FROM allowed a JOIN shown sh ON sh."q.id" = a.question_id AND sh."q.sessionId" = a.session_id),
            changed AS (${change}),
            counts AS (SELECT sh."q.id" AS id,
                              (SELECT count(*)::int FROM qa_votes x WHERE x.question_id = sh."q.id"
                                  AND x.voter_key <> ALL (ARRAY(SELECT a.voter_key FROM applied a WHERE a.question_id = sh."q.id")))
                              ${on ? `+ (SELECT count(DISTINCT a.voter_key)::int FROM applied a WHERE a.question_id = sh."q.id")` : ''} AS votes
                         FROM shown sh)
       SELECT c.hits, s.open, s.take_part, s.room_code,
              CASE WHEN ap.n IS NULL THEN EXISTS (SELECT 1 FROM qa_questions f WHERE f.id = v.question_id) ELSE true END AS found,
              EXISTS (SELECT 1 FROM changed ch WHERE ch.question_id = v.question_id AND ch.voter_key = v.voter_key) AS changed,
              k.votes, sh.*
         FROM votes v JOIN counted c ON c.n = v.n JOIN settings s ON s.n = v.n
              LEFT JOIN applied ap ON ap.n = v.n LEFT JOIN shown sh ON sh."q.id" = ap.question_id LEFT JOIN counts k ON k.id = ap.question_id
        ORDER BY v.n`,
      [
        votes.map((vote) => vote.questionId),
        votes.map((vote) => vote.voterKey),
        votes.map((vote) => vote.sessionId),
        taking.map(([signedIn]) => signedIn),
        taking.map(([, roomCode]) => roomCode),
        votes.map((vote) => vote.limit.max),
        votes.map((vote) => vote.limit.params[0]),
        votes.map((vote) => vote.limit.params[1]),
      ],
    );
    // One Question a question, shared by the votes on it.
    const questions = new Map<string, Question>();
    return rows.map((row) => {
      const id = row['q.id'] as string | null;
      let question: Question | null = null;
      if (id !== null) {
        question = questions.get(id) ?? null;
        if (!question) {
          question = new Question();
          for (const [key, value] of Object.entries(row)) if (key.startsWith('q.')) Object.assign(question, { [key.slice(2)]: value });
          question.voteCount = row.votes as number;
          questions.set(id, question);
        }
      }
      return { hits: row.hits, settings: { open: row.open, takePart: row.take_part, roomCode: row.room_code }, found: row.found, question, changed: row.changed };
    });
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
