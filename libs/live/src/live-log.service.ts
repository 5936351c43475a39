import { BatchedLookup } from '@convene/core';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { ApiLivePayloads, LiveStreamName } from './live-events';

/** A change of a session's live stream, as stored and as broadcast. */
export interface LiveChange {
  sessionId: string;
  stream: string;
  seq: number;
  type: string;
  data: Record<string, unknown>;
  at: Date;
}

const MAX_CATCH_UP = 500;

/** Names the appended change's number and time take beside the caller's row (no table has them). */
const SEQ_COLUMN = 'live_log:seq';
const AT_COLUMN = 'live_log:created_at';

/**
 * The CTEs `next` (the stream's next number, its row locked until commit) and `logged` (the change
 * under it): one change, or none when `onlyIf` (a query) has no row. Parameters from $first:
 * session, stream, type, data.
 */
function appendCtes(first: number, onlyIf?: string): string {
  const [session, stream, type, data] = [first, first + 1, first + 2, first + 3].map((n) => `$${n}`);
  return `next AS (
         INSERT INTO live_streams (session_id, stream, last_seq)
         SELECT ${session}::uuid, ${stream}::text, 1 ${onlyIf ? `WHERE EXISTS (${onlyIf})` : ''}
         ON CONFLICT (session_id, stream) DO UPDATE SET last_seq = live_streams.last_seq + 1
         RETURNING last_seq),
       logged AS (
         INSERT INTO live_changes (session_id, stream, seq, type, data)
         SELECT ${session}::uuid, ${stream}::text, last_seq, ${type}::text, ${data}::jsonb FROM next
         RETURNING seq, created_at)`;
}

/** As the log holds it, and a catch-up reads it back: the view's fields. */
function loggedChange(sessionId: string, stream: string, type: string, data: object, seq: number, at: Date): LiveChange {
  return { sessionId, stream, seq, type, data: data as Record<string, unknown>, at };
}

/**
 * Per-session, per-stream sequence numbers without gaps. A change is appended inside the
 * transaction (or the one statement) that makes it, so the number is taken only if the change
 * commits, and the stream row's lock orders concurrent writers of one session.
 */
@Injectable()
export class LiveLog {
  // A room's followers joining at once are answered by one read, begun after all of them joined.
  private readonly lastSeqReads = new BatchedLookup<string, Record<string, number>>((sessionIds) => this.readLastSeqs(sessionIds));

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Appends a change to one of the streams, with what its event carries (ApiLivePayloads: the stream's view class). */
  async append<Stream extends LiveStreamName>(manager: EntityManager, sessionId: string, stream: Stream, type: string, data: ApiLivePayloads[Stream]): Promise<LiveChange> {
    const rows: { seq: number; created_at: Date }[] = await manager.query(
      `WITH ${appendCtes(1)}
       SELECT seq, created_at FROM logged`,
      [sessionId, stream, type, JSON.stringify(data)],
    );
    return loggedChange(sessionId, stream, type, data, rows[0].seq, rows[0].created_at);
  }

  /**
   * Inserts a row of the caller's own table and appends its change, in one statement: one round
   * trip where a transaction took four (BEGIN, the insert, the append, COMMIT), and the stream's
   * row is locked for that statement only. The change is appended only when the insert made a
   * row (an ON CONFLICT DO NOTHING that skipped takes no number), so the numbers stay gap-free.
   * `insert` is an INSERT ... RETURNING * with its parameters ($1, $2, ...); its row must be
   * what `data` says (ids and times chosen by the caller). Null when it made no row.
   */
  async insertAndAppend<Row extends Record<string, unknown>, Stream extends LiveStreamName>(
    insert: { sql: string; parameters: unknown[] },
    sessionId: string,
    stream: Stream,
    type: string,
    data: ApiLivePayloads[Stream],
  ): Promise<{ row: Row; change: LiveChange } | null> {
    const first = insert.parameters.length + 1;
    const rows: Array<Record<string, unknown>> = await this.dataSource.query(
      `WITH made AS (${insert.sql}),
       ${appendCtes(first, 'SELECT 1 FROM made')}
       SELECT made.*, logged.seq AS "${SEQ_COLUMN}", logged.created_at AS "${AT_COLUMN}" FROM made CROSS JOIN logged`,
      [...insert.parameters, sessionId, stream, type, JSON.stringify(data)],
    );
    if (!rows.length) return null;
    const { [SEQ_COLUMN]: seq, [AT_COLUMN]: at, ...row } = rows[0];
    return { row: row as Row, change: loggedChange(sessionId, stream, type, data, seq as number, at as Date) };
  }

  /**
   * Takes the stream's row for the rest of the transaction, as `append` does: what the caller
   * reads after this is no older than any change already logged on the stream (coalesced
   * counts logged after a question's change never carry counts from before it).
   */
  async lockStream(tx: EntityManager, sessionId: string, stream: string): Promise<void> {
    await tx.query(
      `INSERT INTO live_streams (session_id, stream, last_seq) VALUES ($1, $2, 0)
       ON CONFLICT (session_id, stream) DO UPDATE SET last_seq = live_streams.last_seq`,
      [sessionId, stream],
    );
  }

  /** Changes after `afterSeq`, oldest first (at most 500: ask again from the last one). */
  async since(sessionId: string, stream: string, afterSeq: number, limit = MAX_CATCH_UP): Promise<LiveChange[]> {
    const rows: { seq: number; type: string; data: Record<string, unknown>; created_at: Date }[] = await this.dataSource.query(
      `SELECT seq, type, data, created_at FROM live_changes
       WHERE session_id = $1 AND stream = $2 AND seq > $3 ORDER BY seq LIMIT $4`,
      [sessionId, stream, afterSeq, Math.min(Math.max(limit, 1), MAX_CATCH_UP)],
    );
    return rows.map((row) => ({ sessionId, stream, seq: row.seq, type: row.type, data: row.data, at: row.created_at }));
  }

  /** The last sequence number of each stream of a session (0 where nothing happened yet). */
  /** Read after the call (never from before it): a socket that joined its room first misses nothing. */
  async lastSeqs(sessionId: string): Promise<Record<string, number>> {
    return (await this.lastSeqReads.get(sessionId)) ?? {};
  }

  private async readLastSeqs(sessionIds: string[]): Promise<Map<string, Record<string, number>>> {
    const rows: { session_id: string; stream: string; last_seq: number }[] = await this.dataSource.query(
      'SELECT session_id, stream, last_seq FROM live_streams WHERE session_id = ANY($1::uuid[])',
      [sessionIds],
    );
    const bySession = new Map<string, Record<string, number>>();
    for (const row of rows) bySession.set(row.session_id, { ...bySession.get(row.session_id), [row.stream]: row.last_seq });
    return bySession;
  }

}
