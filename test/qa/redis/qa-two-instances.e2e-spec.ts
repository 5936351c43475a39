import { eventually } from '../../support/eventually';
import { testConfig } from '@convene/testing';
import type { Socket } from 'socket.io-client';
import request from 'supertest';
import { RunningApi, startApi } from '../../support/api';
import { joinSession, liveClient } from '../../support/live';
import { anonymous, askBody, makeQaSession } from '../qa-fixtures';

interface QaEvent {
  seq: number;
  type: string;
  question?: { id: string; votes?: number; body?: string; visible: boolean };
  votes?: Array<{ id: string; votes: number }>;
}

/** Every `qa` event a socket receives, in arrival order. */
function record(socket: Socket): QaEvent[] {
  const events: QaEvent[] = [];
  socket.on('qa', (event: QaEvent) => events.push(event));
  return events;
}


// Only in `npm run test:redis`: two API instances on one database, sharing Redis.
describe('Live Q&A across two API instances sharing Redis', () => {
  let a: RunningApi;
  let b: RunningApi;
  const sockets: Socket[] = [];

  beforeAll(async () => {
    const config = await testConfig();
    if (!config.redisUrl) throw new Error('This suite needs Redis: run it with npm run test:redis');
    [a, b] = await Promise.all([startApi(config), startApi(config)]);
  });

  afterAll(async () => {
    for (const socket of sockets) socket.disconnect();
    await Promise.all([a?.close(), b?.close()]);
  });

  async function follower(api: RunningApi, sessionId: string): Promise<{ socket: Socket; events: QaEvent[]; identity: Record<string, string> }> {
    const identity = await anonymous(api);
    const socket = await liveClient(api.url, { identity: identity['X-Live-Identity'] });
    sockets.push(socket);
    const events = record(socket);
    await joinSession(socket, sessionId);
    return { socket, events, identity };
  }

  it('delivers a question asked on instance A to a client of instance B', async () => {
    const qa = await makeQaSession(a);
    const onB = await follower(b, qa.sessionId);
    const asked = await request(a.url).post(`/api/v1/sessions/${qa.sessionId}/questions`).set(await anonymous(a)).send(askBody('Heard on the other instance?')).expect(201);
    await eventually(() => onB.events.some((event) => event.question?.id === asked.body.id), 'the question on B');
    expect(onB.events[0]).toMatchObject({ seq: 1, type: 'question.asked', question: { id: asked.body.id, body: 'Heard on the other instance?', visible: true } });
  });

  it('counts 100 concurrent votes from clients of both instances exactly, over REST and in the last counts everywhere', async () => {
    const qa = await makeQaSession(a);
    const asked = await request(a.url).post(`/api/v1/sessions/${qa.sessionId}/questions`).set(await anonymous(a)).send(askBody('Vote for me?')).expect(201);
    const clients = await Promise.all(Array.from({ length: 100 }, (_, index) => follower(index % 2 ? b : a, qa.sessionId)));
    const responses = await Promise.all(
      clients.map((client, index) => request((index % 2 ? a : b).url).post(`/api/v1/questions/${asked.body.id}/vote`).set(client.identity)),
    );
    expect(responses.map((response) => response.status).filter((status) => status !== 200)).toEqual([]);

    for (const api of [a, b]) {
      const list = await request(api.url).get(`/api/v1/sessions/${qa.sessionId}/questions`).set(await anonymous(api)).expect(200);
      expect(list.body.questions[0].votes).toBe(100);
    }
    // Votes travel as counts, coalesced by each instance: the last one logged is exact on every client.
    const counts = (client: { events: QaEvent[] }) => client.events.filter((event) => event.votes).sort((x, y) => x.seq - y.seq).map((event) => event.votes?.[0].votes);
    await eventually(() => clients.every((client) => counts(client).at(-1) === 100), 'every client to see 100 votes');
    for (const client of clients) {
      // In seq order the counts only grow (nobody withdrew a vote).
      const seen = counts(client) as number[];
      expect(seen).toEqual([...seen].sort((x, y) => x - y));
    }
  });

  it('replays to a client that dropped for a while the events it missed, in order', async () => {
    const qa = await makeQaSession(a);
    const client = await follower(b, qa.sessionId);
    const asker = await anonymous(a);
    await request(a.url).post(`/api/v1/sessions/${qa.sessionId}/questions`).set(asker).send(askBody('Before the drop')).expect(201);
    await eventually(() => client.events.length === 1, 'the first event');

    // Drop the transport (as a network failure would, not a deliberate disconnect) and stay away
    // while four questions are asked.
    client.socket.io.reconnection(false);
    client.socket.io.engine.close();
    await eventually(() => !client.socket.connected, 'the drop');
    for (let i = 1; i <= 4; i++) {
      await request(a.url).post(`/api/v1/sessions/${qa.sessionId}/questions`).set(asker).send(askBody(`Missed ${i}`)).expect(201);
    }
    // Away, it got nothing: the four come only with the recovery below.
    expect(client.events).toHaveLength(1);
    client.socket.io.reconnection(true);
    client.socket.connect();
    await eventually(() => client.socket.connected, 'the reconnection');
    await eventually(() => client.events.length >= 5, 'the missed events');
    expect(client.socket.recovered).toBe(true);
    expect(client.events.map((event) => event.seq)).toEqual([1, 2, 3, 4, 5]);
    expect(client.events.map((event) => event.question?.body)).toEqual(['Before the drop', 'Missed 1', 'Missed 2', 'Missed 3', 'Missed 4']);
  });
});
