import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { PollAction } from './poll-action.entity';
import { PollAnswer } from './poll-answer.entity';
import { Poll, PollKind, PollStatus } from './poll.entity';
import { CloudWord, PollResults, TextAnswerView } from './dto/poll.views';
import { emptyResults, optionCount } from './poll-view';

const CLOUD_SIZE = 50;

@Injectable()
export class PollRepository {
  constructor(private readonly dataSource: DataSource) {}

  findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<Poll | null> {
    return manager.getRepository(Poll).findOneBy({ id });
  }

  /** Locks the poll for a status change: waits for answers in flight (they hold it shared). */
  lock(tx: EntityManager, id: string): Promise<Poll | null> {
    return tx.getRepository(Poll).createQueryBuilder('p').setLock('pessimistic_write').where('p.id = :id', { id }).getOne();
  }

  async insert(tx: EntityManager, poll: Partial<Poll>): Promise<Poll> {
    const repo = tx.getRepository(Poll);
    return repo.save(repo.create(poll));
  }

  async update(tx: EntityManager, id: string, changes: Partial<Poll>): Promise<Poll> {
    await tx.getRepository(Poll).update({ id }, changes);
    return (await tx.getRepository(Poll).findOneBy({ id })) as Poll;
  }

  async remove(tx: EntityManager, id: string): Promise<void> {
    await tx.getRepository(Poll).delete({ id });
  }

  ofSession(sessionId: string, withDrafts: boolean): Promise<Poll[]> {
    const where = withDrafts ? { sessionId } : { sessionId, status: In([PollStatus.Open, PollStatus.Closed]) };
    return this.dataSource.getRepository(Poll).find({ where, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  /** The closed polls of these sessions, in the order they were opened (for the minutes). */
  closedIn(sessionIds: string[]): Promise<Poll[]> {
    if (!sessionIds.length) return Promise.resolve([]);
    return this.dataSource.getRepository(Poll).find({ where: { sessionId: In(sessionIds), status: PollStatus.Closed }, order: { openedAt: 'ASC', id: 'ASC' } });
  }

  /**
   * Records the participant's answer in one statement, only while the poll is open: the poll
   * row is held shared until it ends, so a close (which locks it for update) waits for answers
   * in flight and counts them. `replace` false inserts only (a second answer changes nothing
   * and says so); true inserts or replaces; on the (poll, participant) key, so concurrent
   * answers of one participant leave exactly one row. `status` is the poll's (null: no such
   * poll); `saved` false with an open poll: answered already.
   */
  async answerIfOpen(
    answer: Pick<PollAnswer, 'pollId' | 'participantKey' | 'personId' | 'choices' | 'text' | 'hidden' | 'filtered'>,
    replace: boolean,
  ): Promise<{ status: PollStatus | null; saved: boolean; created: boolean }> {
    const conflict = replace
      ? `DO UPDATE SET choices = EXCLUDED.choices, text = EXCLUDED.text, hidden = EXCLUDED.hidden, filtered = EXCLUDED.filtered, person_id = EXCLUDED.person_id, updated_at = now()`
      : 'DO NOTHING';
    const rows: Array<{ status: PollStatus; created: boolean | null }> = await this.dataSource.query(
      `WITH poll AS (SELECT status FROM polls WHERE id = $1 FOR SHARE),
            saved AS (
              INSERT INTO poll_answers (poll_id, participant_key, person_id, choices, text, hidden, filtered)
              SELECT $1, $2, $3, $4::int[], $5, $6, $7 FROM poll WHERE poll.status = 'open'
              ON CONFLICT (poll_id, participant_key) ${conflict}
              RETURNING (xmax = 0) AS created)
       SELECT poll.status, saved.created FROM poll LEFT JOIN saved ON true`,
      [answer.pollId, answer.participantKey, answer.personId, answer.choices, answer.text, answer.hidden, answer.filtered],
    );
    const row = rows[0];
    return { status: row?.status ?? null, saved: row?.created !== null && row?.created !== undefined, created: row?.created ?? false };
  }

  answerOf(pollIds: string[], participantKey: string): Promise<PollAnswer[]> {
    if (!pollIds.length) return Promise.resolve([]);
    return this.dataSource.getRepository(PollAnswer).find({ where: { pollId: In(pollIds), participantKey } });
  }

  async setAnswerHidden(tx: EntityManager, pollId: string, answerId: string, hidden: boolean): Promise<boolean> {
    const [, affected]: [unknown, number] = await tx.query(`UPDATE poll_answers SET hidden = $3, updated_at = now() WHERE poll_id = $1 AND id = $2`, [pollId, answerId, hidden]);
    return affected > 0;
  }

  textAnswers(pollId: string): Promise<TextAnswerView[]> {
    return this.dataSource.query(`SELECT id, text, hidden, filtered FROM poll_answers WHERE poll_id = $1 AND text IS NOT NULL ORDER BY created_at, id`, [pollId]);
  }

  /** The results, counted from the answers as they stand (in `manager`'s snapshot). */
  async results(poll: Pick<Poll, 'id' | 'kind' | 'options'>, manager: EntityManager = this.dataSource.manager): Promise<PollResults> {
    const results = emptyResults(poll);
    const [{ respondents }]: Array<{ respondents: number }> = await manager.query(`SELECT count(*)::int AS respondents FROM poll_answers WHERE poll_id = $1`, [poll.id]);
    results.respondents = respondents;
    if (respondents === 0) return results;
    if (poll.kind === PollKind.Text) {
      const words: CloudWord[] = await manager.query(
        `SELECT lower(regexp_replace(btrim(text), '\\s+', ' ', 'g')) AS text, count(*)::int AS count
           FROM poll_answers WHERE poll_id = $1 AND NOT hidden AND text IS NOT NULL
          GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT ${CLOUD_SIZE}`,
        [poll.id],
      );
      results.words = words;
      return results;
    }
    const rows: Array<{ choice: number; count: number }> = await manager.query(
      `SELECT choice, count(*)::int AS count FROM poll_answers, unnest(choices) AS choice WHERE poll_id = $1 GROUP BY choice`,
      [poll.id],
    );
    const size = optionCount(poll);
    for (const row of rows) if (row.choice >= 0 && row.choice < size) results.counts[row.choice] = row.count;
    if (poll.kind === PollKind.Rating) {
      const total = results.counts.reduce((sum, count, index) => sum + count * (index + 1), 0);
      const given = results.counts.reduce((sum, count) => sum + count, 0);
      results.average = given ? Math.round((total / given) * 10) / 10 : null;
    }
    return results;
  }

  async audit(tx: EntityManager, entry: Pick<PollAction, 'sessionId' | 'pollId' | 'actorPersonId' | 'action' | 'detail'>): Promise<void> {
    const repo = tx.getRepository(PollAction);
    await repo.save(repo.create(entry));
  }

  auditTrail(sessionId: string, limit: number): Promise<PollAction[]> {
    return this.dataSource.getRepository(PollAction).find({ where: { sessionId }, order: { at: 'DESC' }, take: limit });
  }
}
