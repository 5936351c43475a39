import request from 'supertest';
import { testConfig } from '@convene/testing';
import { bearer } from '../identity/identity-fixtures';
import { RunningApi, startApi } from '../support/api';
import { anonymous, askBody, makeQaSession } from '../qa/qa-fixtures';

// Issue 16.4: after a moderator hides a question, `?since=0` replayed its `question.asked` with
// the text and the asker, as it was broadcast before the hide.
describe('Attack: reading hidden questions through the Q&A catch-up', () => {
  let api: RunningApi;

  beforeAll(async () => {
    api = await startApi(await testConfig());
  });

  afterAll(async () => {
    await api?.close();
  });

  it('replays a question hidden since it was asked without its text or asker', async () => {
    const qa = await makeQaSession(api);
    const [asker, reader] = await Promise.all([anonymous(api), anonymous(api)]);
    const asked = await request(api.url)
      .post(`/api/v1/sessions/${qa.sessionId}/questions`)
      .set(asker)
      .send(askBody('Call me on 07700 900123 about the tender', { askerName: 'Mallory Leaker' }))
      .expect(201);
    expect(asked.body.status).toBe('approved');
    await request(api.url).post(`/api/v1/questions/${asked.body.id}/hide`).set(bearer(qa.chairToken)).send({ reason: 'Personal details' }).expect(200);

    const replay = await request(api.url).get(`/api/v1/sessions/${qa.sessionId}/questions?since=0`).set(reader).expect(200);
    expect(replay.body.changes.map((change: { type: string }) => change.type)).toEqual(['question.asked', 'question.hidden']);
    for (const change of replay.body.changes) {
      expect(change.question).toEqual({ id: asked.body.id, sessionId: qa.sessionId, visible: false, status: 'hidden', mergedIntoId: null });
    }
    expect(JSON.stringify(replay.body)).not.toMatch(/07700|Mallory|Personal details/);
  });

  it('replays a shown question with the text the moderator corrected, not the text first broadcast', async () => {
    const qa = await makeQaSession(api);
    const [asker, reader] = await Promise.all([anonymous(api), anonymous(api)]);
    const asked = await request(api.url).post(`/api/v1/sessions/${qa.sessionId}/questions`).set(asker).send(askBody('Is Cllr Smith a crook?')).expect(201);
    await request(api.url).patch(`/api/v1/questions/${asked.body.id}`).set(bearer(qa.chairToken)).send({ body: 'Is the contract process fair?' }).expect(200);

    const replay = await request(api.url).get(`/api/v1/sessions/${qa.sessionId}/questions?since=0`).set(reader).expect(200);
    expect(replay.body.changes).toMatchObject([
      { type: 'question.asked', question: { id: asked.body.id, visible: true, body: 'Is the contract process fair?', edited: true } },
      { type: 'question.edited', question: { id: asked.body.id, visible: true, body: 'Is the contract process fair?' } },
    ]);
    expect(JSON.stringify(replay.body)).not.toContain('crook');
  });
});
