import { testConfig } from '@convene/testing';
import request from 'supertest';
import { bearer, makePerson, tokenFor } from '../identity/identity-fixtures';
import { RunningApi, startApi } from '../support/api';
import { inOneMinuteWindow, liveClient } from '../support/live';
import { anonymous, askBody, makeQaSession } from '../qa/qa-fixtures';

// Issue 16.8: 150 `POST /live/identity` then one vote each put a question at 150; 30 identities
// posted 30 questions past the 5-a-minute limit; the limits were per instance, in memory.
describe('Attack: free anonymous identities and per-instance Q&A limits', () => {
  let a: RunningApi;
  let b: RunningApi;

  beforeAll(async () => {
    const config = await testConfig();
    // Two API instances on one database: what one counts, the other must see.
    [a, b] = await Promise.all([startApi(config), startApi(config)]);
  });

  afterAll(async () => {
    await Promise.all([a?.close(), b?.close()]);
  });

  it('gives a socket that brings no identity the right to follow, not to vote', async () => {
    const qa = await makeQaSession(a);
    const asker = await makePerson(a, { name: 'Ann Asker' });
    const asked = await request(a.url).post(`/api/v1/sessions/${qa.sessionId}/questions`).set(bearer(await tokenFor(a, asker))).send(askBody('Vote for me')).expect(201);
    const bare = await liveClient(a.url);
    try {
      expect(await bare.timeout(5_000).emitWithAck('join', { sessionId: qa.sessionId })).toMatchObject({ ok: true });
      const vote = (await bare.timeout(5_000).emitWithAck('qa:vote', { questionId: asked.body.id })) as { error?: { status: number } };
      expect(vote.error).toMatchObject({ status: 403 });
    } finally {
      bare.disconnect();
    }
  });

  it('counts a participant\'s questions and votes across instances', async () => {
    const qa = await makeQaSession(a);
    const person = await makePerson(a, { name: 'Persistent Asker' });
    const who = bearer(await tokenFor(a, person));
    await inOneMinuteWindow();
    const statuses: number[] = [];
    for (let index = 0; index < 8; index += 1) {
      statuses.push((await request((index % 2 ? b : a).url).post(`/api/v1/sessions/${qa.sessionId}/questions`).set(who).send(askBody(`Question ${index}`))).status);
    }
    expect(statuses).toEqual([201, 201, 201, 201, 201, 429, 429, 429]);
  });

  it('lets the chair require signing in, or the code shown in the room, to vote and ask', async () => {
    const qa = await makeQaSession(a);
    const member = await makePerson(a, { name: 'Signed In Sam' });
    const signedIn = bearer(await tokenFor(a, member));
    const asked = await request(a.url).post(`/api/v1/sessions/${qa.sessionId}/questions`).set(signedIn).send(askBody('Is the fund ring-fenced?')).expect(201);
    const stranger = await anonymous(a);

    await request(a.url).patch(`/api/v1/sessions/${qa.sessionId}/qa`).set(bearer(qa.chairToken)).send({ takePart: 'signed-in' }).expect(200);
    const refused = await request(b.url).post(`/api/v1/questions/${asked.body.id}/vote`).set(stranger).expect(401);
    expect(refused.body.code).toBe('sign_in_to_take_part');
    await request(b.url).post(`/api/v1/sessions/${qa.sessionId}/questions`).set(stranger).send(askBody('Let me in')).expect(401);
    await request(b.url).post(`/api/v1/questions/${asked.body.id}/vote`).set(signedIn).expect(200);

    const changed = await request(a.url).patch(`/api/v1/sessions/${qa.sessionId}/qa`).set(bearer(qa.chairToken)).send({ takePart: 'room-code' }).expect(200);
    const code = changed.body.roomCode as string;
    expect(code).toMatch(/^\d{6}$/);
    // The audience never learns the code from the API: only the room does.
    const seen = await request(a.url).get(`/api/v1/sessions/${qa.sessionId}/qa`).set(stranger).expect(200);
    expect(seen.body).toMatchObject({ takePart: 'room-code' });
    expect(seen.body.roomCode).toBeUndefined();
    const replay = await request(a.url).get(`/api/v1/sessions/${qa.sessionId}/questions?since=0`).set(stranger).expect(200);
    expect(JSON.stringify(replay.body)).not.toContain(code);

    const wrong = code === '000000' ? '000001' : '000000';
    expect((await request(b.url).post(`/api/v1/questions/${asked.body.id}/vote`).set({ ...stranger, 'X-Room-Code': wrong }).expect(403)).body.code).toBe('room_code_needed');
    const counted = await request(b.url).post(`/api/v1/questions/${asked.body.id}/vote`).set({ ...stranger, 'X-Room-Code': code }).expect(200);
    expect(counted.body.question.votes).toBe(2);
  });

  // Last: it spends this address's identities for the rest of the file.
  it('stops issuing identities to one client address after 100 in ten minutes, on every instance', async () => {
    const statuses: number[] = [];
    for (let index = 0; index < 110; index += 1) statuses.push((await request((index % 2 ? b : a).url).post('/api/v1/live/identity')).status);
    const issued = statuses.filter((status) => status === 201).length;
    expect(issued).toBeGreaterThan(90);
    expect(issued).toBeLessThanOrEqual(100);
    expect(statuses.slice(issued)).toEqual(Array(110 - issued).fill(429));
  });
});
