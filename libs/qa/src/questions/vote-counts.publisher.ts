import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { Coalesced, LiveBroadcaster, LiveChange, LiveLog } from '@convene/live';
import { DataSource } from 'typeorm';
import { QA_STREAM, ROOM_VOTES_INTERVAL_MS, VOTES_INTERVAL_MS } from '../qa-live';
import { QuestionRepository } from './question.repository';

/** The questions of each session voted on since its counts were last sent, for one audience. */
class Voted {
  private readonly bySession = new Map<string, Set<string>>();

  add(sessionId: string, questionId: string): void {
    const ids = this.bySession.get(sessionId) ?? new Set<string>();
    ids.add(questionId);
    this.bySession.set(sessionId, ids);
  }

  /** Takes the session's questions: a vote after this is sent by the next run. */
  take(sessionId: string): string[] {
    const ids = this.bySession.get(sessionId);
    this.bySession.delete(sessionId);
    return ids ? [...ids] : [];
  }
}

/**
 * Sends vote counts after votes, as polls send results: a vote is not logged or broadcast one
 * by one (2,000 phones at 200 votes a second would be 400,000 messages a second). At most every
 * VOTES_INTERVAL_MS per session (and API instance) the moderators' sockets get the counts of the
 * questions voted on, unlogged; at most every ROOM_VOTES_INTERVAL_MS one `question.votes` change
 * is logged and goes to the room, so followers and `?since=` catch-up get exact counts too.
 * Counts are read from the database after the votes committed, so the last ones are exact.
 */
@Injectable()
export class VoteCountsPublisher implements OnModuleDestroy {
  private readonly logger = new Logger(VoteCountsPublisher.name);
  private readonly forModerators = new Voted();
  private readonly forRoom = new Voted();
  private readonly toModerators = new Coalesced(VOTES_INTERVAL_MS, (sessionId) => this.publishToModerators(sessionId), (sessionId, error) => this.failed(sessionId, error));
  private readonly toRoom = new Coalesced(ROOM_VOTES_INTERVAL_MS, (sessionId) => this.publishToRoom(sessionId), (sessionId, error) => this.failed(sessionId, error));

  constructor(
    private readonly dataSource: DataSource,
    private readonly questions: QuestionRepository,
    private readonly log: LiveLog,
    private readonly broadcaster: LiveBroadcaster,
  ) {}

  /** A vote changed the question's count (after commit): publish soon. */
  voted(sessionId: string, questionId: string): void {
    this.forModerators.add(sessionId, questionId);
    this.forRoom.add(sessionId, questionId);
    this.toModerators.soon(sessionId);
    this.toRoom.soon(sessionId);
  }

  onModuleDestroy(): void {
    this.toModerators.stop();
    this.toRoom.stop();
  }

  private async publishToModerators(sessionId: string): Promise<void> {
    const ids = this.forModerators.take(sessionId);
    if (!ids.length) return;
    this.broadcaster.voteCounts(sessionId, await this.questions.voteCounts(ids, false));
  }

  private async publishToRoom(sessionId: string): Promise<void> {
    const ids = this.forRoom.take(sessionId);
    if (!ids.length) return;
    let change: LiveChange | null = null;
    try {
      await this.dataSource.transaction(async (tx) => {
        // The stream's row first: counts read after it are never older than those already logged.
        await this.log.lockStream(tx, sessionId, QA_STREAM);
        const counts = await this.questions.voteCounts(ids, true, tx);
        if (counts.votes.length) change = await this.log.append(tx, sessionId, QA_STREAM, 'question.votes', { ...counts });
      });
    } catch (error) {
      // Not lost: these questions go with the next run.
      for (const id of ids) this.forRoom.add(sessionId, id);
      this.toRoom.soon(sessionId);
      throw error;
    }
    if (change) this.broadcaster.publish([change]);
  }

  private failed(sessionId: string, error: Error): void {
    this.logger.warn(`Vote counts of session ${sessionId} not published: ${error.message}`);
  }
}
