import { ERASED_NAME, isOneOfNames } from '@convene/identity';
import { EntityManager } from 'typeorm';

/** A JSON value with every string equal to one of the names replaced by ERASED_NAME. */
export function replaceNameValues(value: unknown, names: readonly string[]): unknown {
  if (typeof value === 'string') return isOneOfNames(value, names) ? ERASED_NAME : value;
  if (Array.isArray(value)) return value.map((item) => replaceNameValues(item, names));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, replaceNameValues(item, names)]));
  }
  return value;
}

/** Which kept changes a rewrite reads: those of some sessions' streams, narrowed by what their payload holds. */
export interface KeptLiveChanges {
  sessionIds: readonly string[];
  streams: readonly string[];
  /** Only changes whose payload has a value (not null) at this path, e.g. ['motion', 'result', 'decision']. */
  withValueAt?: readonly string[];
  /** Only changes whose payload, as JSON text, holds one of these, whatever their case (LIKE patterns). */
  textLike?: readonly string[];
}

/**
 * Rewrites the payloads of kept live changes (what `?since=N` replays) in the caller's
 * transaction, each row locked as it is read: `rewrite` returns the payload to keep, and a row it
 * gives back unchanged is not written. The libs whose changes copy a person's words erase them
 * here, so only this lib writes its table.
 */
export async function rewriteLiveChanges<Payload extends Record<string, unknown>>(
  tx: EntityManager,
  which: KeptLiveChanges,
  rewrite: (data: Payload) => Payload,
): Promise<void> {
  if (which.sessionIds.length === 0 || which.streams.length === 0) return;
  const rows: Array<{ session_id: string; stream: string; seq: number; data: Payload }> = await tx.query(
    `SELECT session_id, stream, seq, data FROM live_changes
      WHERE session_id = ANY($1::uuid[]) AND stream = ANY($2::text[])
        AND ($3::text[] IS NULL OR data #>> $3::text[] IS NOT NULL)
        AND ($4::text[] IS NULL OR data::text ILIKE ANY($4::text[]))
      FOR UPDATE`,
    [which.sessionIds, which.streams, which.withValueAt ?? null, which.textLike ?? null],
  );
  for (const row of rows) {
    const data = rewrite(row.data);
    if (JSON.stringify(data) === JSON.stringify(row.data)) continue;
    await tx.query(`UPDATE live_changes SET data = $4::jsonb WHERE session_id = $1 AND stream = $2 AND seq = $3`, [row.session_id, row.stream, row.seq, JSON.stringify(data)]);
  }
}

/**
 * Erasure of the copies of a person's name in the kept live changes of some sessions' streams:
 * a name field (an asker's, a quoted speaker's) becomes "Former participant", as it does in the
 * rows they copy. Runs in the erasure's transaction.
 */
export async function eraseNamesFromLiveChanges(tx: EntityManager, sessionIds: string[], streams: string[], names: readonly string[]): Promise<void> {
  if (sessionIds.length === 0 || names.length === 0) return;
  const textLike = names.map((name) => `%${name.replace(/[\\%_]/g, '\\$&')}%`);
  await rewriteLiveChanges<Record<string, unknown>>(tx, { sessionIds, streams, textLike }, (data) => replaceNameValues(data, names) as Record<string, unknown>);
}
