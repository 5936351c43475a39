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

/**
 * Erasure of the copies of a person's name in the kept live changes (what `?since=N` replays) of
 * some sessions' streams: a name field (an asker's, a quoted speaker's) becomes "Former
 * participant", as it does in the rows they copy. Runs in the erasure's transaction.
 */
export async function eraseNamesFromLiveChanges(tx: EntityManager, sessionIds: string[], streams: string[], names: readonly string[]): Promise<void> {
  if (sessionIds.length === 0 || names.length === 0) return;
  const patterns = names.map((name) => `%${name.replace(/[\\%_]/g, '\\$&')}%`);
  const rows: Array<{ session_id: string; stream: string; seq: number; data: Record<string, unknown> }> = await tx.query(
    `SELECT session_id, stream, seq, data FROM live_changes
      WHERE session_id = ANY($1::uuid[]) AND stream = ANY($2::text[]) AND data::text ILIKE ANY($3::text[])
      FOR UPDATE`,
    [sessionIds, streams, patterns],
  );
  for (const row of rows) {
    const data = replaceNameValues(row.data, names);
    if (JSON.stringify(data) === JSON.stringify(row.data)) continue;
    await tx.query(`UPDATE live_changes SET data = $4::jsonb WHERE session_id = $1 AND stream = $2 AND seq = $3`, [row.session_id, row.stream, row.seq, JSON.stringify(data)]);
  }
}
