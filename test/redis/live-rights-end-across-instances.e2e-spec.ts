import { testConfig } from '@convene/testing';
import { io, Socket } from 'socket.io-client';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { bearer, makeAdmin, makePerson, signIn, tokenFor, unique } from '../identity/identity-fixtures';
import { liveblogPath, makeLiveblogSession, postUpdate } from '../liveblog/liveblog-fixtures';
import { RunningApi, startApi } from '../support/api';
import { registrationBody } from '../support/events';
import { collect, eventually, joinSession, liveClient } from '../support/live';

// Issue 16.3, across instances: the right ends through instance A, the socket lives on instance B.
// An in-memory map of sockets per instance would miss it; the Redis adapter's person rooms reach it.
describe('Attack: a live socket on another instance outliving the right it was opened with', () => {
  let a: RunningApi;
  let b: RunningApi;
  const sockets: Socket[] = [];

  beforeAll(async () => {
    const config = await testConfig();
    if (!config.redisUrl) throw new Error('This suite needs Redis: run it with npm run test:redis');
    [a, b] = await Promise.all([startApi(config), startApi(config)]);
  });

  afterAll(async () => {
    sockets.forEach((socket) => socket.disconnect());
    await Promise.all([a?.close(), b?.close()]);
  });

  /** A socket on instance B, by token or by browser cookie. */
  const connectToB = async (auth: { token?: string } = {}, cookie?: string): Promise<Socket> => {
    const socket = cookie
      ? io(`${b.url}/live`, { transports: ['websocket'], forceNew: true, reconnection: false, extraHeaders: { cookie } })
      : await liveClient(b.url, auth);
    sockets.push(socket);
    if (!socket.connected) await new Promise<void>((resolve, reject) => (socket.once('connect', () => resolve()), socket.once('connect_error', reject)));
    return socket;
  };
  const cutOff = (socket: Socket) => new Promise<string>((resolve) => socket.once('disconnect', (reason) => resolve(reason)));

  it('disconnects a socket on B when its API token is revoked through A, and keeps the other token\'s socket', async () => {
    const live = await makeLiveblogSession(a);
    const person = await makePerson(a, { name: 'Token Holder' });
    const [revoked, kept] = [await tokenFor(a, person), await tokenFor(a, person)];
    const doomed = await connectToB({ token: revoked });
    const survivor = await connectToB({ token: kept });
    expect(await joinSession(doomed, live.sessionId)).toMatchObject({ ok: true });
    expect(await joinSession(survivor, live.sessionId)).toMatchObject({ ok: true });

    const [{ id: revokedId }] = await a.app.get(DataSource).query(`SELECT id FROM api_tokens WHERE person_id = $1 ORDER BY created_at, id LIMIT 1`, [person.id]);
    const ended = cutOff(doomed);
    await request(a.url).delete(`/api/v1/me/tokens/${revokedId}`).set(bearer(kept)).expect(204);
    expect(await ended).toBe('io server disconnect');

    const stillHere = collect(survivor, 'liveblog');
    await postUpdate(a, live.chairToken, live.sessionId, 'Still here.');
    await eventually(() => stillHere.length === 1, "the survivor's post");
    expect(survivor.connected).toBe(true);
  });

  it('disconnects a browser socket on B when that browser signs out through A', async () => {
    const live = await makeLiveblogSession(a);
    const email = `${unique('signer')}@example.org`;
    await makePerson(a, { name: 'Signed Out Sue', email });
    const cookie = await signIn(a, email);
    const socket = await connectToB({}, cookie);
    expect(await joinSession(socket, live.sessionId)).toMatchObject({ ok: true });
    const ended = cutOff(socket);
    await request(a.url).post('/api/v1/auth/sign-out').set('Cookie', cookie).set('Origin', a.url).expect(204);
    expect(await ended).toBe('io server disconnect');
  });

  it('disconnects a person erased through A from their socket on B', async () => {
    const live = await makeLiveblogSession(a);
    const person = await makePerson(a, { name: 'Erased Erin' });
    const socket = await connectToB({ token: await tokenFor(a, person) });
    expect(await joinSession(socket, live.sessionId)).toMatchObject({ ok: true });
    const ended = cutOff(socket);
    const admin = await makeAdmin(a);
    const erased = await request(a.url).delete(`/api/v1/admin/people/${person.id}`).set(bearer(await tokenFor(a, admin)));
    expect(erased.status).toBeLessThan(300);
    expect(await ended).toBe('io server disconnect');
  });

  it('takes an invitee whose place was cancelled through A out of the room on B, and B refuses them again', async () => {
    const live = await makeLiveblogSession(a, { visibility: 'invitation', capacity: 10 });
    const email = `${unique('invitee')}@example.org`;
    const invitee = await makePerson(a, { name: 'Invited Ivy', email });
    await request(a.url).post(`/api/v1/events/${live.event.id}/invitations`).set(bearer(live.event.organiserToken)).send({ email, name: 'Invited Ivy' }).expect(201);
    const [row] = await a.app.get(DataSource).query(`SELECT template_data FROM outbox_messages WHERE kind = 'invitation' AND recipient = $1`, [email]);
    const invitation = new URL(row.template_data.link).searchParams.get('invitation') as string;
    const registered = await request(a.url).post(`/api/v1/events/${live.event.id}/registrations`).send(registrationBody(1, { email, invitationToken: invitation })).expect(201);

    const inviteeToken = await tokenFor(a, invitee);
    const socket = await connectToB({ token: inviteeToken });
    // B remembers this grant: the cancellation through A must make B forget it.
    expect(await joinSession(socket, live.sessionId)).toMatchObject({ ok: true });
    const received = collect<{ entry: { id: string } }>(socket, 'liveblog');
    const left = collect<{ sessionId: string }>(socket, 'left');
    await postUpdate(a, live.chairToken, live.sessionId, 'Before the cancellation');
    await eventually(() => received.length === 1, 'the first post');

    const cancelled = await request(a.url).delete(`/api/v1/registrations/${registered.body.id}`).set(bearer(live.event.organiserToken));
    expect(cancelled.status).toBeLessThan(300);
    await eventually(() => left.length === 1, 'the room left');
    expect(left[0]).toMatchObject({ sessionId: live.sessionId });

    const after = await postUpdate(a, live.chairToken, live.sessionId, 'Confidential: after the cancellation');
    const organiser = await connectToB({ token: live.event.organiserToken });
    await joinSession(organiser, live.sessionId);
    const seenByOrganiser = collect<{ entry: { id: string } }>(organiser, 'liveblog');
    await postUpdate(a, live.chairToken, live.sessionId, 'One more');
    await eventually(() => seenByOrganiser.length === 1, "the organiser's copy");
    expect(received.map((message) => message.entry.id)).not.toContain(after.id);
    expect(received).toHaveLength(1);
    expect((await joinSession(socket, live.sessionId)).error).toMatchObject({ status: 403 });
    await request(b.url).get(liveblogPath(live.sessionId)).set(bearer(inviteeToken)).expect(403);
  });
});
