import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { Coalesced, LiveBroadcaster, LiveChange, LiveLog } from '@convene/live';
import { DataSource } from 'typeorm';
import { PollRepository } from './poll.repository';
import { PollStatus } from './poll.entity';
import { consolePoll, publicPoll } from './poll-view';
import { POLL_RESULTS_EVENT, POLLS_STREAM, RESULTS_INTERVAL_MS, ROOM_RESULTS_INTERVAL_MS } from './polls-live';

/**
 * Sends a poll's running results after answers. Answers are not logged one by one: at most
 * every ROOM_RESULTS_INTERVAL_MS per poll (per API instance) the counts are read from the
 * answers table and one `poll.results` change goes to the room (every phone), with results
 * only when the chair shows them. The session's moderators' sockets (the console, and the
 * projector the chair opens from it) get the full results sooner, every RESULTS_INTERVAL_MS,
 * unlogged: a room of 2,000 phones is not sent 16 messages a second.
 */
@Injectable()
export class PollResultsPublisher implements OnModuleDestroy {
  private readonly logger = new Logger(PollResultsPublisher.name);
  private readonly toRoom = new Coalesced(ROOM_RESULTS_INTERVAL_MS, (pollId) => this.publishNow(pollId), (pollId, error) => this.failed(pollId, error));
  private readonly toModerators = new Coalesced(RESULTS_INTERVAL_MS, (pollId) => this.publishToModerators(pollId), (pollId, error) => this.failed(pollId, error));

  constructor(
    private readonly dataSource: DataSource,
    private readonly polls: PollRepository,
    private readonly log: LiveLog,
    private readonly broadcaster: LiveBroadcaster,
  ) {}

  /** An answer changed the poll's counts: publish soon. */
  answered(pollId: string): void {
    this.toModerators.soon(pollId);
    this.toRoom.soon(pollId);
  }

  onModuleDestroy(): void {
    this.toModerators.stop();
    this.toRoom.stop();
  }

  /** Logs and broadcasts the poll's current results to the room (also used by hide/show of text answers). */
  async publishNow(pollId: string): Promise<void> {
    let change: LiveChange | null = null;
    let moderators: LiveChange | null = null;
    await this.dataSource.transaction(async (tx) => {
      const found = await this.polls.findById(pollId, tx);
      if (!found || found.status === PollStatus.Draft) return;
      // The stream row first: counts read after it are never older than those already logged.
      await this.log.lockStream(tx, found.sessionId, POLLS_STREAM);
      const poll = (await this.polls.findById(pollId, tx))!;
      const results = await this.polls.results(poll, tx);
      change = await this.log.append(tx, poll.sessionId, POLLS_STREAM, 'poll.results', { poll: publicPoll(poll, results) });
      moderators = { ...change, stream: POLL_RESULTS_EVENT, data: { poll: consolePoll(poll, results, []) } };
    });
    if (change) this.broadcaster.publish([change]);
    if (moderators) this.broadcaster.publish([moderators], 'moderators');
  }

  /** The full results to the moderators' room only, never logged (they carry results the room may not see). */
  private async publishToModerators(pollId: string): Promise<void> {
    const poll = await this.polls.findById(pollId);
    if (!poll || poll.status === PollStatus.Draft) return;
    const results = await this.polls.results(poll);
    const seq = (await this.log.lastSeqs(poll.sessionId))[POLLS_STREAM] ?? 0;
    const change: LiveChange = { sessionId: poll.sessionId, stream: POLL_RESULTS_EVENT, seq, type: 'poll.results', at: new Date(), data: { poll: consolePoll(poll, results, []) } };
    this.broadcaster.publish([change], 'moderators');
  }

  private failed(pollId: string, error: Error): void {
    this.logger.warn(`Results of poll ${pollId} not published: ${error.message}`);
  }
}
