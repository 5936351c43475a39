import request from 'supertest';
import { DataSource } from 'typeorm';
import { NetworkRole } from '@convene/identity';
import { bearer, makeAdmin, makePerson, tokenFor } from '../identity/identity-fixtures';
import { anonymous, askBody, makeQaSession } from '../qa/qa-fixtures';
import { collect, eventually, joinSession, liveSpec } from '../support/live';

interface QaMessage {
  type: string;
  question?: { id: string; body?: string; askerName?: string };
}

// Review 2026-12-03: a chair taken off the programme kept the socket they had opened as chair in
// the moderators' room: questions held for moderation, with their text and asker, kept reaching
// it. Live rights that end must end on open sockets too.
describe('Attack: a chair withdrawn from the programme who keeps the chair’s socket open', () => {
  const { api, connect } = liveSpec();

  it('takes the socket out of the moderators’ room when the organisers withdraw the chair, leaving it the room’s view', async () => {
    const qa = await makeQaSession(api, {}, { moderation: 'pre' });
    const [{ person_id: chairId }] = await api.app.get(DataSource).query(`SELECT person_id FROM session_speakers WHERE session_id = $1 AND role = 'chair'`, [qa.sessionId]);
    const chair = await connect({ token: qa.chairToken });
    expect(await joinSession(chair, qa.sessionId)).toMatchObject({ ok: true, moderator: true });
    const received = collect<QaMessage>(chair, 'qa');

    await request(api.url).delete(`/api/v1/sessions/${qa.sessionId}/speakers/${chairId}`).set(bearer(qa.organiserToken)).expect(204);
    const asked = await request(api.url).post(`/api/v1/sessions/${qa.sessionId}/questions`).set(await anonymous(api)).send(askBody('Held for the chair')).expect(201);

    // Each change reaches a socket once: as the moderators see it, or as the room does.
    await eventually(() => received.some((message) => message.question?.id === asked.body.id), 'the question’s change on the old chair’s socket');
    expect(JSON.stringify(received)).not.toContain('Held for the chair');
    expect(JSON.stringify(received)).not.toContain('Ada Delegate');
    // Nor may they moderate over HTTP.
    await request(api.url).post(`/api/v1/questions/${asked.body.id}/approve`).set(bearer(qa.chairToken)).expect(403);
  });

  it('takes a network organiser’s socket out of the moderators’ room when an admin takes the role away', async () => {
    const qa = await makeQaSession(api, {}, { moderation: 'pre' });
    const organiser = await makePerson(api, { name: 'Network Organiser', roles: [NetworkRole.Organiser] });
    const organiserToken = await tokenFor(api, organiser);
    const socket = await connect({ token: organiserToken });
    expect(await joinSession(socket, qa.sessionId)).toMatchObject({ ok: true, moderator: true });
    const received = collect<QaMessage>(socket, 'qa');

    const admin = await makeAdmin(api);
    await request(api.url).patch(`/api/v1/admin/people/${organiser.id}`).set(bearer(await tokenFor(api, admin))).send({ roles: [] }).expect(200);
    const asked = await request(api.url).post(`/api/v1/sessions/${qa.sessionId}/questions`).set(await anonymous(api)).send(askBody('Held for the chair')).expect(201);

    await eventually(() => received.some((message) => message.question?.id === asked.body.id), 'the question’s change on the former organiser’s socket');
    expect(JSON.stringify(received)).not.toContain('Held for the chair');
    // A fresh join on the same socket agrees.
    expect(await joinSession(socket, qa.sessionId)).toMatchObject({ ok: true, moderator: false });
  });
});
