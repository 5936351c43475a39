import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { LiveBroadcaster, LiveChange, LiveLog } from '@convene/live';
import { DataSource } from 'typeorm';
import { PollRepository } from './poll.repository';
import { PollStatus } from './poll.entity';
import { consolePoll, publicPoll } from './poll-view';
import { POLL_RESULTS_EVENT, POLLS_STREAM, RESULTS_INTERVAL_MS } from './polls-live';

/**
 * Sends a poll's running results after answers. Answers are not logged one by one: at most
 * every RESULTS_INTERVAL_MS per poll (per API instance) the counts are read from the answers
 * table and one `poll.results` change goes to the room, with results only when the chair
 * shows them; moderators get the full results on their own room, unlogged.
 */
@Injectable()
export class PollResultsPublisher implements OnModuleDestroy {
  private readonly logger = new Logger(PollResultsPublisher.name);
  private readonly due = new Map<string, NodeJS.Timeout | 'running'>();
  private readonly again = new Set<string>();
  private stopped = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly polls: PollRepository,
    private readonly log: LiveLog,
    private readonly broadcaster: LiveBroadcaster,
  ) {}

  /** An answer changed the poll's counts: publish soon. */
  answered(pollId: string): void {
    if (this.stopped) return;
    const state = this.due.get(pollId);
    if (state === 'running') {
      this.again.add(pollId);
      return;
    }
    if (state) return;
    this.due.set(pollId, setTimeout(() => void this.flush(pollId), RESULTS_INTERVAL_MS));
  }

  onModuleDestroy(): void {
    this.stopped = true;
    for (const state of this.due.values()) if (state !== 'running') clearTimeout(state);
    this.due.clear();
  }

  private async flush(pollId: string): Promise<void> {
    this.due.set(pollId, 'running');
    try {
      await this.publishNow(pollId);
    } catch (error) {
      this.logger.warn(`Results of poll ${pollId} not published: ${(error as Error).message}`);
    } finally {
      this.due.delete(pollId);
      if (this.again.delete(pollId)) this.answered(pollId);
    }
  }

  /** Logs and broadcasts the poll's current results (also used by hide/show of text answers). */
  async publishNow(pollId: string): Promise<void> {
    let change: LiveChange | null = null;
    let moderators: LiveChange | null = null;
    await this.dataSource.transaction(async (tx) => {
      const found = await this.polls.findById(pollId, tx);
      if (!found || found.status === PollStatus.Draft) return;
      // The stream row first: counts read after it are never older than those already logged.
      await this.polls.lockStream(tx, found.sessionId, POLLS_STREAM);
      const poll = (await this.polls.findById(pollId, tx))!;
      const results = await this.polls.results(poll, tx);
      change = await this.log.append(tx, poll.sessionId, POLLS_STREAM, 'poll.results', { poll: publicPoll(poll, results) });
      if (!poll.resultsShown) {
        moderators = { ...change, stream: POLL_RESULTS_EVENT, data: { poll: consolePoll(poll, results, []) } };
      }
    });
    if (change) this.broadcaster.publish([change]);
    if (moderators) this.broadcaster.publish([moderators], 'moderators');
  }
}
