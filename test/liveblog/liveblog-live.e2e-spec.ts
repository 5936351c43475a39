import { testConfig } from '@convene/testing';
import request from 'supertest';
import { Socket } from 'socket.io-client';
import { bearer } from '../identity/identity-fixtures';
import { RunningApi, startApi } from '../support/api';
import { collect, eventually, joinSession, liveClient } from '../support/live';
import { LiveblogSession, liveblogPath, makeLiveblogSession } from './liveblog-fixtures';

interface Message {
  seq: number;
  type: string;
  sessionId: string;
  entry: { id: string; body?: string; html?: string; editedAt?: string | null; pinned?: boolean };
}

// In `npm test` both instances are one API with the in-memory adapter; in `npm run test:redis`
// they are two Nest apps sharing Postgres and Redis (the Streams adapter), like two API processes.
describe('Following a liveblog live', () => {
  let apiA: RunningApi;
  let apiB: RunningApi;
  const sockets: Socket[] = [];

  const follow = async (api: RunningApi, sessionId: string) => {
    const socket = await liveClient(api.url);
    sockets.push(socket);
    expect(await joinSession(socket, sessionId)).toMatchObject({ ok: true });
    return { socket, received: collect<Message>(socket, 'liveblog') };
  };

  const post = (api: RunningApi, live: LiveblogSession, body: string) =>
    request(api.url).post(liveblogPath(live.sessionId)).set(bearer(live.chairToken)).send({ kind: 'update', body }).expect(201);

  beforeAll(async () => {
    const config = await testConfig();
    apiA = await startApi(config);
    apiB = config.redisUrl ? await startApi(config) : apiA;
  });

  afterAll(async () => {
    sockets.forEach((socket) => socket.disconnect());
    if (apiB !== apiA) await apiB?.close();
    await apiA?.close();
  });

  it('brings a post, an edit and a delete, in order, to followers on both instances', async () => {
    const live = await makeLiveblogSession(api());
    const onA = await follow(apiA, live.sessionId);
    const onB = await follow(apiB, live.sessionId);

    const posted = await post(apiA, live, 'The chair opens the *forum*');
    await request(apiB.url).patch(`${liveblogPath(live.sessionId)}/${posted.body.id}`).set(bearer(live.chairToken)).send({ body: 'The chair opens the **forum**' }).expect(200);
    await request(apiA.url).delete(`${liveblogPath(live.sessionId)}/${posted.body.id}`).set(bearer(live.chairToken)).expect(204);

    for (const follower of [onA, onB]) {
      await eventually(() => follower.received.length === 3, 'three liveblog changes');
      expect(follower.received.map((message) => [message.seq, message.type, message.entry.id])).toEqual([
        [1, 'posted', posted.body.id],
        [2, 'edited', posted.body.id],
        [3, 'deleted', posted.body.id],
      ]);
      expect(follower.received[0].entry.html).toBe('<p>The chair opens the <em>forum</em></p>');
      expect(follower.received[1].entry.html).toBe('<p>The chair opens the <strong>forum</strong></p>');
      expect(follower.received[1].entry.editedAt).toEqual(expect.any(String));
      expect(follower.received.every((message) => message.sessionId === live.sessionId)).toBe(true);
    }

    // The same changes over HTTP, from either instance, for a client that missed them.
    const since = await request(apiB.url).get(`${liveblogPath(live.sessionId)}?since=1`).expect(200);
    expect(since.body.lastSeq).toBe(3);
    expect(since.body.changes.map((message: Message) => [message.seq, message.type])).toEqual([
      [2, 'edited'],
      [3, 'deleted'],
    ]);
    const read = await request(apiA.url).get(liveblogPath(live.sessionId)).expect(200);
    expect(read.body).toMatchObject({ lastSeq: 3, entries: [] });
  });

  it('recovers, in order, the three posts a follower missed while disconnected', async () => {
    const live = await makeLiveblogSession(api());
    const { socket, received } = await follow(apiB, live.sessionId);
    await post(apiA, live, 'Before the drop'); // recovery needs one event received before the drop
    await eventually(() => received.length === 1, 'the first post');

    const reconnected = new Promise<boolean>((resolve) => socket.once('connect', () => resolve(socket.recovered)));
    socket.io.engine.close(); // a dropped connection, not a goodbye: the client reconnects
    const missed = [];
    for (const text of ['Missed one', 'Missed two', 'Missed three']) missed.push((await post(apiA, live, text)).body.id);

    expect(await reconnected).toBe(true);
    await eventually(() => received.length === 4, 'the three missed posts');
    expect(received.slice(1).map((message) => message.entry.id)).toEqual(missed);
    expect(received.map((message) => message.seq)).toEqual([1, 2, 3, 4]);
  });

  it('keeps drafts off the stream until they are published, and announces pins', async () => {
    const live = await makeLiveblogSession(api());
    const { received } = await follow(apiB, live.sessionId);
    const draft = await request(apiA.url).post(liveblogPath(live.sessionId)).set(bearer(live.chairToken)).send({ kind: 'key_moment', body: 'Motion carried', draft: true }).expect(201);
    const marker = await post(apiA, live, 'Marker');
    await eventually(() => received.length === 1, 'the marker');
    expect(received[0].entry.id).toBe(marker.body.id);

    await request(apiA.url).post(`${liveblogPath(live.sessionId)}/${draft.body.id}/publish`).set(bearer(live.chairToken)).expect(200);
    await request(apiA.url).put(`${liveblogPath(live.sessionId)}/${draft.body.id}/pin`).set(bearer(live.chairToken)).expect(200);
    await eventually(() => received.length === 3, 'the publication and the pin');
    expect(received.slice(1).map((message) => [message.type, message.entry.id, message.entry.pinned])).toEqual([
      ['posted', draft.body.id, false],
      ['pinned', draft.body.id, true],
    ]);
  });

  const api = () => apiA;
});
