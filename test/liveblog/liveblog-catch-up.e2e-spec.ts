import { LiveblogEntryKind, LiveblogService } from '@convene/liveblog';
import { testConfig } from '@convene/testing';
import request from 'supertest';
import { bearer } from '../identity/identity-fixtures';
import { RunningApi, startApi } from '../support/api';
import { liveblogPath, makeLiveblogSession } from './liveblog-fixtures';

describe('Catching up on a long liveblog', () => {
  let api: RunningApi;

  beforeAll(async () => {
    api = await startApi(await testConfig());
  });

  afterAll(async () => {
    await api?.close();
  });

  it('answers ?since=N in pages of 500 with `more`, and replays a deleted entry as its id only', async () => {
    const live = await makeLiveblogSession(api);
    const liveblog = api.app.get(LiveblogService);
    // The scene: 510 posts by the chair (through the service: 510 requests would only be slower).
    const ids: string[] = [];
    for (let index = 0; index < 510; index += 1) {
      ids.push((await liveblog.post(live.sessionId, { personId: live.chair.id }, { kind: LiveblogEntryKind.Update, body: `Update ${index}: the secret is ${index}` })).entry.id);
    }
    await request(api.url).delete(`${liveblogPath(live.sessionId)}/${ids[3]}`).set(bearer(live.chairToken)).expect(204);

    const first = await request(api.url).get(`${liveblogPath(live.sessionId)}?since=0`).expect(200);
    expect(first.body.changes).toHaveLength(500);
    expect(first.body).toMatchObject({ lastSeq: 511, more: true });
    expect(first.body.changes[499].seq).toBe(500);
    expect(first.body.changes[3]).toMatchObject({ seq: 4, type: 'posted', entry: { id: ids[3] } });
    expect(Object.keys(first.body.changes[3].entry)).toEqual(['id']);
    expect(first.body.changes[4].entry.body).toBe('Update 4: the secret is 4');

    const rest = await request(api.url).get(`${liveblogPath(live.sessionId)}?since=500`).expect(200);
    expect(rest.body.changes.map((change: { seq: number }) => change.seq)).toEqual(Array.from({ length: 11 }, (_, index) => 501 + index));
    expect(rest.body).toMatchObject({ lastSeq: 511, more: false });
    expect(rest.body.changes[10]).toMatchObject({ type: 'deleted', entry: { id: ids[3] } });
  });
});
