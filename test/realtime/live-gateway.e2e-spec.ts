import { LiveBroadcaster, LiveChange, LiveLog } from '@convene/live';
import { testConfig } from '@convene/testing';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { Socket } from 'socket.io-client';
import { makePerson, tokenFor } from '../identity/identity-fixtures';
import { RunningApi, startApi } from '../support/api';
import { makePublishedEvent } from '../support/events';
import { collect, eventually, joinSession, liveClient } from '../support/live';

type Message = { seq: number; type: string; sessionId: string; n?: number };

// In `npm test` both "instances" are one API with the in-memory adapter; in `npm run test:redis`
// they are two API processes' worth of Nest apps sharing Redis through the Streams adapter.
describe('The /live namespace', () => {
  let apiA: RunningApi;
  let apiB: RunningApi;
  let publicSession: string;
  let membersSession: string;
  let membersOrganiserToken: string;
  const sockets: Socket[] = [];

  const connect = async (api: RunningApi, auth: { token?: string; identity?: string } = {}) => {
    const socket = await liveClient(api.url, auth);
    sockets.push(socket);
    return socket;
  };

  /**
   * A change committed on instance A and broadcast from there, as Q&A and liveblogs do, on a stream
   * of the test's own: no view class names it (ApiLivePayloads), and the log and broadcaster carry
   * a stream's rows as they are.
   */
  const change = async (sessionId: string, n: number): Promise<LiveChange> => {
    const log = apiA.app.get(LiveLog);
    const committed = await apiA.app.get(DataSource).transaction((tx) => log.append(tx, sessionId, 'test' as never, 'counted', { n } as never));
    apiA.app.get(LiveBroadcaster).publish([committed]);
    return committed;
  };

  beforeAll(async () => {
    const config = await testConfig();
    apiA = await startApi(config);
    apiB = config.redisUrl ? await startApi(config) : apiA;
    publicSession = (await makePublishedEvent(apiA, {}, [{ title: 'Plenary', capacity: null }])).workshopIds[0];
    const members = await makePublishedEvent(apiA, { visibility: 'members' }, [{ title: 'Committee', capacity: null }]);
    membersSession = members.workshopIds[0];
    membersOrganiserToken = members.organiserToken;
  });

  afterAll(async () => {
    sockets.forEach((socket) => socket.disconnect());
    if (apiB !== apiA) await apiB?.close();
    await apiA?.close();
  });

  it('carries a change committed on one instance to a follower on the other, numbered per session', async () => {
    const { body } = await request(apiB.url).post('/api/v1/live/identity').expect(201);
    const follower = await connect(apiB, { identity: body.token });
    const joined = await joinSession(follower, publicSession);
    expect(joined).toMatchObject({ ok: true, sessionId: publicSession, moderator: false });
    const received = collect<Message>(follower, 'test');

    await change(publicSession, 1);
    await change(publicSession, 2);
    await eventually(() => received.length === 2, 'two changes');
    expect(received.map((message) => [message.seq, message.n])).toEqual([
      [1, 1],
      [2, 2],
    ]);
    expect(await apiA.app.get(LiveLog).since(publicSession, 'test', 1)).toMatchObject([{ seq: 2, data: { n: 2 } }]);
    expect((await joinSession(follower, publicSession)).lastSeq).toEqual({ test: 2 });
  });

  it('keeps a members-only session\'s room to its audience', async () => {
    const anonymous = await connect(apiA);
    expect((await joinSession(anonymous, membersSession)).error).toMatchObject({ status: 403, code: 'not_allowed_in_session' });

    const outsider = await makePerson(apiA, { name: 'Not A Member' });
    const outsiderSocket = await connect(apiB, { token: await tokenFor(apiA, outsider) });
    expect((await joinSession(outsiderSocket, membersSession)).error).toMatchObject({ status: 403 });

    const organiser = await connect(apiB, { token: membersOrganiserToken });
    expect(await joinSession(organiser, membersSession)).toMatchObject({ ok: true, moderator: true });

    // The refused sockets got nothing of the session's changes.
    const leaked = collect(anonymous, 'test');
    const seen = collect<Message>(organiser, 'test');
    await change(membersSession, 7);
    await eventually(() => seen.length === 1, 'the organiser to see the change');
    expect(leaked).toEqual([]);
  });

  it('answers malformed or unknown joins with an error, and the connection keeps working', async () => {
    const socket = await connect(apiA);
    expect((await joinSession(socket, undefined)).error).toMatchObject({ status: 400, code: 'invalid_payload' });
    expect((await joinSession(socket, 'x'.repeat(500))).error).toMatchObject({ status: 400 });
    expect((await joinSession(socket, 'not-a-session')).error).toMatchObject({ status: 404 });
    expect((await joinSession(socket, '00000000-0000-4000-8000-000000000000')).error).toMatchObject({ status: 404 });
    expect(await joinSession(socket, publicSession)).toMatchObject({ ok: true });
  });

  it('refuses a forged anonymous identity or API token at the handshake', async () => {
    await expect(liveClient(apiA.url, { identity: 'forged.identity' })).rejects.toThrow(/not valid/);
    await expect(liveClient(apiA.url, { token: 'cvn_not-a-token' })).rejects.toThrow(/not valid/);
  });

  it('refuses a flooding socket\'s messages without disturbing anyone else', async () => {
    const flooder = await connect(apiA);
    const bystander = await connect(apiA);
    await joinSession(bystander, publicSession);
    const seen = collect<Message>(bystander, 'test');

    const answers = await Promise.all(Array.from({ length: 60 }, () => joinSession(flooder, publicSession)));
    expect(answers.filter((answer) => answer.error?.status === 429).length).toBeGreaterThan(0);
    expect(answers.filter((answer) => answer.ok).length).toBeGreaterThan(0);

    await change(publicSession, 99);
    await eventually(() => seen.some((message) => message.n === 99), 'the bystander to get the change');
    expect(bystander.connected).toBe(true);
  });

  it('replays what a dropped follower missed, in order, when it comes back', async () => {
    const follower = await connect(apiB);
    await joinSession(follower, publicSession);
    const received = collect<Message>(follower, 'test');
    await change(publicSession, 100); // recovery needs one event received before the drop
    await eventually(() => received.length === 1, 'the first change');

    const reconnected = new Promise<boolean>((resolve) => follower.once('connect', () => resolve(follower.recovered)));
    follower.io.engine.close(); // a dropped connection, not a goodbye: the client reconnects
    await change(publicSession, 101);
    await change(publicSession, 102);
    await change(publicSession, 103);

    expect(await reconnected).toBe(true);
    await eventually(() => received.length === 4, 'the three missed changes');
    expect(received.map((message) => message.n)).toEqual([100, 101, 102, 103]);
    const seqs = received.map((message) => message.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
  });
});
