import { LiveblogEntryKind, LiveblogService } from '@convene/liveblog';
import { testConfig } from '@convene/testing';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { RunningApi, startApi } from '../support/api';
import { liveblogPath, makeLiveblogSession } from '../liveblog/liveblog-fixtures';

// Issue 16, smaller: `?since=0` on a 10,000-entry liveblog answered 1,000 changes and no `more`,
// against the documented 500 with `more`: one request could pull a page ten times too big.
describe('Attack: one catch-up request for a whole 10,000-entry liveblog', () => {
  let api: RunningApi;

  beforeAll(async () => {
    api = await startApi(await testConfig());
  });

  afterAll(async () => {
    await api?.close();
  });

  it('answers at most 500 changes, says there is more, and pages to the end', async () => {
    const live = await makeLiveblogSession(api);
    // One post through the service starts the stream; the other 9,999 are written in bulk, as
    // the service would write them (an entry and its change), since 10,000 posts would take minutes.
    await api.app.get(LiveblogService).post(live.sessionId, { personId: live.chair.id }, { kind: LiveblogEntryKind.Update, body: 'Update 0' });
    const db = api.app.get(DataSource);
    await db.transaction(async (tx) => {
      await tx.query(
        `WITH made AS (
           INSERT INTO liveblog_entries (session_id, kind, body, published_at)
           SELECT $1, 'update', 'Update ' || n, now() FROM generate_series(1, 9999) AS n
           RETURNING id, body)
         INSERT INTO live_changes (session_id, stream, seq, type, data)
         SELECT $1, 'liveblog', 1 + row_number() OVER (), 'posted', jsonb_build_object('entry', jsonb_build_object('id', id, 'kind', 'update', 'body', body))
         FROM made`,
        [live.sessionId],
      );
      await tx.query(`UPDATE live_streams SET last_seq = 10000 WHERE session_id = $1 AND stream = 'liveblog'`, [live.sessionId]);
    });

    const first = await request(api.url).get(`${liveblogPath(live.sessionId)}?since=0`).expect(200);
    expect(first.body.changes).toHaveLength(500);
    expect(first.body).toMatchObject({ lastSeq: 10000, more: true });

    let pages = 1;
    let since = first.body.changes[499].seq as number;
    for (let more = true; more; pages += 1) {
      const page = await request(api.url).get(`${liveblogPath(live.sessionId)}?since=${since}`).expect(200);
      expect(page.body.changes.length).toBeLessThanOrEqual(500);
      since = page.body.changes.at(-1).seq;
      more = page.body.more;
    }
    expect(since).toBe(10000);
    expect(pages).toBe(20);
  });
});
