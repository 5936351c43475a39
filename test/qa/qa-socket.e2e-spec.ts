import type { Socket } from 'socket.io-client';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { bearer, makePerson, tokenFor } from '../identity/identity-fixtures';
import { collect, eventually, inOneMinuteWindow, joinSession, liveSpec } from '../support/live';
import { anonymous, askBody, makeQaSession } from './qa-fixtures';

type QaMessage = { seq: number; type: string; sessionId: string; question?: Record<string, unknown>; settings?: Record<string, unknown>; votes?: Array<{ id: string; votes: number }>; countedAt?: string };
type Ack = { ok?: true; result?: { question: { votes: number } }; error?: { status: number; code?: string; message: string } };

describe('Live Q&A on the /live socket', () => {
  const { api, connect } = liveSpec();

  async function participant(): Promise<{ socket: Socket; headers: Record<string, string> }> {
    const headers = await anonymous(api);
    const socket = await connect({ identity: headers['X-Live-Identity'] });
    return { socket, headers };
  }

  it("refuses a members-only session's room, questions and votes to people who are not its audience", async () => {
    const qa = await makeQaSession(api, { visibility: 'members' });
    const outsider = await participant();
    const refused = await joinSession(outsider.socket, qa.sessionId);
    expect(refused.error?.status).toBe(403);
    await request(api.url).get(`/api/v1/sessions/${qa.sessionId}/questions`).set(outsider.headers).expect(403);
    await request(api.url).post(`/api/v1/sessions/${qa.sessionId}/questions`).set(outsider.headers).send(askBody('Let me in?')).expect(403);
    await request(api.url).get(`/api/v1/sessions/${qa.sessionId}/floor`).set(outsider.headers).expect(403);
    const stranger = bearer(await tokenFor(api, await makePerson(api)));
    await request(api.url).post(`/api/v1/sessions/${qa.sessionId}/questions`).set(stranger).send(askBody('Me neither?')).expect(403);

    // The chair is on the programme: in the room, and may ask.
    const chair = await connect({ token: qa.chairToken });
    expect(await joinSession(chair, qa.sessionId)).toMatchObject({ ok: true, moderator: true });
    const asked = await request(api.url).post(`/api/v1/sessions/${qa.sessionId}/questions`).set(bearer(qa.chairToken)).send(askBody('Shall we begin?')).expect(201);
    const vote = (await outsider.socket.timeout(5_000).emitWithAck('qa:vote', { questionId: asked.body.id })) as Ack;
    expect(vote.error?.status).toBe(403);
  });

  it("lets a members-only session's confirmed speakers in to take part, but not those only invited", async () => {
    const qa = await makeQaSession(api, { visibility: 'members' });
    // Neither belongs to a member organisation: only the programme lets them in.
    const speaker = await makePerson(api, { name: 'Cllr Speaker' });
    const invited = await makePerson(api, { name: 'Cllr Invited' });
    await api.app
      .get(DataSource)
      .query(`INSERT INTO session_speakers (session_id, person_id, role, status) VALUES ($1, $2, 'speaker', 'confirmed'), ($1, $3, 'panellist', 'invited')`, [
        qa.sessionId,
        speaker.id,
        invited.id,
      ]);
    const speakerToken = await tokenFor(api, speaker);
    const onProgramme = await connect({ token: speakerToken });
    expect(await joinSession(onProgramme, qa.sessionId)).toMatchObject({ ok: true, moderator: false });
    await request(api.url).post(`/api/v1/sessions/${qa.sessionId}/questions`).set(bearer(speakerToken)).send(askBody('May I add a point?')).expect(201);

    const invitedToken = await tokenFor(api, invited);
    const notYet = await connect({ token: invitedToken });
    expect((await joinSession(notYet, qa.sessionId)).error?.status).toBe(403);
    await request(api.url).post(`/api/v1/sessions/${qa.sessionId}/questions`).set(bearer(invitedToken)).send(askBody('And me?')).expect(403);
  });

  it('answers malformed socket payloads with an error ack, and the connection keeps working', async () => {
    const qa = await makeQaSession(api);
    const asked = await request(api.url).post(`/api/v1/sessions/${qa.sessionId}/questions`).set(await anonymous(api)).send(askBody('Still there?')).expect(201);
    const voter = await participant();
    const watcher = await participant();
    await joinSession(watcher.socket, qa.sessionId);
    const seen = collect<QaMessage>(watcher.socket, 'qa');

    const bad: unknown[] = [null, 'vote', 42, [], {}, { questionId: 'not-a-uuid' }, { questionId: asked.body.id, on: 'yes' }, { questionId: asked.body.id, extra: 'x'.repeat(20_000) }];
    for (const payload of bad) {
      const answer = (await voter.socket.timeout(5_000).emitWithAck('qa:vote', payload)) as Ack;
      expect(answer.error?.status).toBe(400);
    }
    const noAsk = (await voter.socket.timeout(5_000).emitWithAck('qa:ask', { sessionId: qa.sessionId, body: '', askerName: 'Ann' })) as Ack;
    expect(noAsk.error?.status).toBe(400);
    const tooLong = (await voter.socket.timeout(5_000).emitWithAck('qa:ask', { sessionId: qa.sessionId, body: 'x'.repeat(10_240), askerName: 'Ann' })) as Ack;
    expect(tooLong.error?.status).toBe(400);

    const good = (await voter.socket.timeout(5_000).emitWithAck('qa:vote', { questionId: asked.body.id })) as Ack;
    expect(good).toMatchObject({ ok: true, result: { question: { votes: 1 } } });
    await eventually(() => seen.some((message) => message.type === 'question.votes'), 'the count on the watcher');
    expect(seen.find((message) => message.type === 'question.votes')?.votes).toEqual([{ id: asked.body.id, votes: 1 }]);
    expect(voter.socket.connected).toBe(true);
    const viaSocket = (await voter.socket.timeout(5_000).emitWithAck('qa:ask', { sessionId: qa.sessionId, body: 'Asked over the socket', askerName: 'Ann' })) as Ack;
    expect(viaSocket.ok).toBe(true);
  });

  it('applies the vote limit on the socket as on REST, from one budget per participant', async () => {
    const qa = await makeQaSession(api);
    const asked = await request(api.url).post(`/api/v1/sessions/${qa.sessionId}/questions`).set(await anonymous(api)).send(askBody('Rate me')).expect(201);
    const voter = await participant();
    await inOneMinuteWindow(30_000);
    // 55 over REST, 5 over the socket (slowly enough for the socket's own flood guard): 60 in all.
    for (let i = 0; i < 55; i++) await request(api.url)[i % 2 ? 'delete' : 'post'](`/api/v1/questions/${asked.body.id}/vote`).set(voter.headers).expect(200);
    for (let i = 55; i < 60; i++) {
      const answer = (await voter.socket.timeout(5_000).emitWithAck('qa:vote', { questionId: asked.body.id, on: i % 2 === 0 })) as Ack;
      expect(answer.ok).toBe(true);
    }
    const over = (await voter.socket.timeout(5_000).emitWithAck('qa:vote', { questionId: asked.body.id })) as Ack;
    expect(over.error).toMatchObject({ status: 429, code: 'too_many_actions' });
    await request(api.url).post(`/api/v1/questions/${asked.body.id}/vote`).set(voter.headers).expect(429);
  });

  it('tells the room of a pre-moderated or hidden question without its text', async () => {
    const qa = await makeQaSession(api, {}, { moderation: 'pre' });
    const audience = await participant();
    await joinSession(audience.socket, qa.sessionId);
    const seen = collect<QaMessage>(audience.socket, 'qa');
    const asker = await anonymous(api);
    const asked = await request(api.url).post(`/api/v1/sessions/${qa.sessionId}/questions`).set(asker).send(askBody('Secret until approved')).expect(201);
    await request(api.url).post(`/api/v1/questions/${asked.body.id}/approve`).set(bearer(qa.chairToken)).expect(200);
    await request(api.url).post(`/api/v1/questions/${asked.body.id}/hide`).set(bearer(qa.chairToken)).send({ reason: 'Personal details' }).expect(200);
    await eventually(() => seen.length === 3, 'three changes');
    expect(seen.map((message) => [message.seq, message.type, message.question?.visible])).toEqual([
      // seq 1 was the chair switching on pre-moderation.
      [2, 'question.asked', false],
      [3, 'question.approved', true],
      [4, 'question.hidden', false],
    ]);
    expect(seen[0].question).not.toHaveProperty('body');
    expect(seen[2].question).not.toHaveProperty('body');
    expect(JSON.stringify(seen[2])).not.toContain('Personal details');
  });

  it("gives the session's moderators each question in full, with the room's seq, and the room only what it may see", async () => {
    const qa = await makeQaSession(api, {}, { moderation: 'pre' });
    const audience = await participant();
    await joinSession(audience.socket, qa.sessionId);
    const chair = await connect({ token: qa.chairToken });
    expect(await joinSession(chair, qa.sessionId)).toMatchObject({ ok: true, moderator: true });
    const room = collect<QaMessage>(audience.socket, 'qa');
    const moderators = collect<QaMessage>(chair, 'qa');

    const asked = await request(api.url).post(`/api/v1/sessions/${qa.sessionId}/questions`).set(await anonymous(api)).send(askBody('Held for the chair')).expect(201);
    await request(api.url).post(`/api/v1/questions/${asked.body.id}/hide`).set(bearer(qa.chairToken)).send({ reason: 'Off topic' }).expect(200);
    await request(api.url).patch(`/api/v1/sessions/${qa.sessionId}/qa`).set(bearer(qa.chairToken)).send({ takePart: 'room-code' }).expect(200);
    await eventually(() => room.length === 3 && moderators.length === 3, 'three changes on each socket');

    expect(moderators.map((message) => message.seq)).toEqual(room.map((message) => message.seq));
    expect(moderators[0].question).toMatchObject({ id: asked.body.id, visible: false, status: 'pending', body: 'Held for the chair', originalBody: 'Held for the chair', askerName: 'Ada Delegate' });
    expect(moderators[1].question).toMatchObject({ status: 'hidden', hiddenReason: 'Off topic', body: 'Held for the chair' });
    expect(moderators[2]).toMatchObject({ type: 'settings.changed', settings: { takePart: 'room-code', roomCode: expect.stringMatching(/^\d{6}$/) } });
    expect(JSON.stringify(room)).not.toContain('Held for the chair');
    expect(JSON.stringify(room)).not.toContain('Off topic');
    expect(room[2].settings).not.toHaveProperty('roomCode');

    // Catching up over HTTP, each gets what its socket got: moderators in full, the room without the text.
    const forChair = await request(api.url).get(`/api/v1/sessions/${qa.sessionId}/questions?since=0`).set(bearer(qa.chairToken)).expect(200);
    expect(forChair.body.changes.find((change: QaMessage) => change.type === 'question.hidden').question).toMatchObject({ hiddenReason: 'Off topic', body: 'Held for the chair' });
    const forRoom = await request(api.url).get(`/api/v1/sessions/${qa.sessionId}/questions?since=0`).set(audience.headers).expect(200);
    expect(JSON.stringify(forRoom.body.changes)).not.toContain('Held for the chair');
  });

  it('sends votes as counts, to the moderators unlogged and to the room logged, the last ones exact', async () => {
    const qa = await makeQaSession(api);
    const asked = await request(api.url).post(`/api/v1/sessions/${qa.sessionId}/questions`).set(await anonymous(api)).send(askBody('Count us')).expect(201);
    const audience = await participant();
    await joinSession(audience.socket, qa.sessionId);
    const chair = await connect({ token: qa.chairToken });
    await joinSession(chair, qa.sessionId);
    const room = collect<QaMessage>(audience.socket, 'qa');
    const running = collect<{ sessionId: string; countedAt: string; votes: Array<{ id: string; votes: number }> }>(chair, 'qa:votes');

    const voters = await Promise.all(Array.from({ length: 12 }, () => anonymous(api)));
    await Promise.all(voters.map((voter) => request(api.url).post(`/api/v1/questions/${asked.body.id}/vote`).set(voter).expect(200)));
    await request(api.url).delete(`/api/v1/questions/${asked.body.id}/vote`).set(voters[0]).expect(200);

    const last = <T extends { votes?: Array<{ id: string; votes: number }> }>(messages: T[]) => messages.filter((message) => message.votes).at(-1)?.votes;
    await eventually(() => JSON.stringify(last(room)) === JSON.stringify([{ id: asked.body.id, votes: 11 }]), "the room's last count");
    await eventually(() => JSON.stringify(last(running)) === JSON.stringify([{ id: asked.body.id, votes: 11 }]), "the moderators' last count");
    expect(running.every((notice) => notice.sessionId === qa.sessionId)).toBe(true);
    expect(room.every((message) => message.type === 'question.votes')).toBe(true);
    // Counts, logged: catching up gets the same last count, and no change per vote.
    const caughtUp = await request(api.url).get(`/api/v1/sessions/${qa.sessionId}/questions?since=0`).set(audience.headers).expect(200);
    expect(last(caughtUp.body.changes as QaMessage[])).toEqual([{ id: asked.body.id, votes: 11 }]);
    expect((caughtUp.body.changes as QaMessage[]).filter((change) => change.type === 'question.voted' || change.type === 'question.unvoted')).toEqual([]);
  });
});
