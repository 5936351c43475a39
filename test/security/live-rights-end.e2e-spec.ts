import type { Socket } from 'socket.io-client';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { bearer, makeAdmin, makePerson, signIn, tokenFor, unique } from '../identity/identity-fixtures';
import { liveblogPath, makeLiveblogSession, postUpdate } from '../liveblog/liveblog-fixtures';
import { registrationBody } from '../support/events';
import { collect, eventually, joinSession, liveSpec } from '../support/live';

// Issue 16.3: a socket authenticated by a token later revoked still joined rooms and voted; an
// erased person asked a question on an open socket; a cancelled invitee who had signed out kept
// receiving an invitation-only liveblog.
describe('Attack: live sockets that outlive the right they were opened with', () => {
  const { api, connect, connectAsBrowser } = liveSpec();

  const cutOff = (socket: Socket) => new Promise<string>((resolve) => socket.once('disconnect', (reason) => resolve(reason)));

  it('disconnects the sockets of a revoked API token, and only those', async () => {
    const live = await makeLiveblogSession(api);
    const person = await makePerson(api, { name: 'Token Holder' });
    const [revoked, kept] = [await tokenFor(api, person), await tokenFor(api, person)];
    const doomed = await connect({ token: revoked });
    const survivor = await connect({ token: kept });
    const survivorCut = cutOff(survivor);
    expect(await joinSession(doomed, live.sessionId)).toMatchObject({ ok: true });
    expect(await joinSession(survivor, live.sessionId)).toMatchObject({ ok: true });

    const [{ id: revokedId }] = await api.app.get(DataSource).query(`SELECT id FROM api_tokens WHERE person_id = $1 ORDER BY created_at, id LIMIT 2`, [person.id]);
    const ended = cutOff(doomed);
    await request(api.url).delete(`/api/v1/me/tokens/${revokedId}`).set(bearer(kept)).expect(204);
    await request(api.url).get('/api/v1/me').set(bearer(kept)).expect(200);
    expect(await ended).toBe('io server disconnect');
    // The other token's socket stays, and stays in the room.
    await postUpdate(api, live.chairToken, live.sessionId, 'Still here?');
    const stillHere = collect(survivor, 'liveblog');
    await postUpdate(api, live.chairToken, live.sessionId, 'Still here.');
    await eventually(() => stillHere.length === 1, 'the survivor\'s post');
    expect(survivor.connected).toBe(true);
    void survivorCut;
  });

  it('disconnects the socket of a browser session that signed out', async () => {
    const live = await makeLiveblogSession(api);
    const email = `${unique('signer')}@example.org`;
    await makePerson(api, { name: 'Signed Out Sue', email });
    const cookie = await signIn(api, email);
    const socket = await connectAsBrowser({ cookie });
    expect(await joinSession(socket, live.sessionId)).toMatchObject({ ok: true });
    const ended = cutOff(socket);
    await request(api.url).post('/api/v1/auth/sign-out').set('Cookie', cookie).set('Origin', api.url).expect(204);
    expect(await ended).toBe('io server disconnect');
  });

  it('disconnects an erased person at once, so they cannot ask on an open socket', async () => {
    const live = await makeLiveblogSession(api);
    const person = await makePerson(api, { name: 'Erased Erin' });
    const socket = await connect({ token: await tokenFor(api, person) });
    expect(await joinSession(socket, live.sessionId)).toMatchObject({ ok: true });
    const ended = cutOff(socket);
    const admin = await makeAdmin(api);
    await request(api.url).delete(`/api/v1/admin/people/${person.id}`).set(bearer(await tokenFor(api, admin))).expect((response) => {
      if (response.status >= 300) throw new Error(`erase: ${response.status} ${JSON.stringify(response.body)}`);
    });
    expect(await ended).toBe('io server disconnect');
  });

  it('takes a cancelled invitee out of an invitation-only liveblog room', async () => {
    const live = await makeLiveblogSession(api, { visibility: 'invitation', capacity: 10 });
    const email = `${unique('invitee')}@example.org`;
    const invitee = await makePerson(api, { name: 'Invited Ivy', email });
    await request(api.url).post(`/api/v1/events/${live.event.id}/invitations`).set(bearer(live.event.organiserToken)).send({ email, name: 'Invited Ivy' }).expect(201);
    const [row] = await api.app.get(DataSource).query(`SELECT template_data FROM outbox_messages WHERE kind = 'invitation' AND recipient = $1`, [email]);
    const invitation = new URL(row.template_data.link).searchParams.get('invitation') as string;
    const registered = await request(api.url).post(`/api/v1/events/${live.event.id}/registrations`).send(registrationBody(1, { email, invitationToken: invitation })).expect(201);

    const socket = await connect({ token: await tokenFor(api, invitee) });
    expect(await joinSession(socket, live.sessionId)).toMatchObject({ ok: true });
    const received = collect<{ entry: { id: string } }>(socket, 'liveblog');
    const left = collect<{ sessionId: string }>(socket, 'left');
    await postUpdate(api, live.chairToken, live.sessionId, 'Before the cancellation');
    await eventually(() => received.length === 1, 'the first post');

    await request(api.url).delete(`/api/v1/registrations/${registered.body.id}`).set(bearer(live.event.organiserToken)).expect((response) => {
      if (response.status >= 300) throw new Error(`cancel: ${response.status} ${JSON.stringify(response.body)}`);
    });
    await eventually(() => left.length === 1, 'the room left');
    expect(left[0]).toMatchObject({ sessionId: live.sessionId });
    const after = await postUpdate(api, live.chairToken, live.sessionId, 'Confidential: after the cancellation');
    // A follower still in the room gets it: the invitee does not.
    const organiser = await connect({ token: live.event.organiserToken });
    await joinSession(organiser, live.sessionId);
    const seenByOrganiser = collect<{ entry: { id: string } }>(organiser, 'liveblog');
    await postUpdate(api, live.chairToken, live.sessionId, 'One more');
    await eventually(() => seenByOrganiser.length === 1, 'the organiser\'s copy');
    expect(received.map((message) => message.entry.id)).not.toContain(after.id);
    expect(received).toHaveLength(1);
    expect((await joinSession(socket, live.sessionId)).error).toMatchObject({ status: 403 });
    await request(api.url).get(liveblogPath(live.sessionId)).set(bearer(await tokenFor(api, invitee))).expect(403);
  });
});
