import { testConfig } from '@convene/testing';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { LeanRoute } from '../../apps/api/src/http/lean-route';
import { bearer, makePerson, signIn } from '../identity/identity-fixtures';
import { anonymous, askBody, makeQaSession } from '../qa/qa-fixtures';
import { RunningApi, startApi } from '../support/api';

// POST /api/v1/questions/:id/vote is answered ahead of Nest's router, by a lean route
// (apps/api/src/http/lean-route.ts, qa/vote.middleware.ts) that must make every check the
// controller's route makes. Each request below is checked to have been answered by it.
describe('Voting through the lean route keeps every check of the controller’s route', () => {
  let api: RunningApi;
  let db: DataSource;
  // Observes the lean route (the real one runs): proves each request below reached it.
  const leanRuns = jest.spyOn(LeanRoute.prototype, 'run');

  beforeAll(async () => {
    api = await startApi(await testConfig());
    db = api.app.get(DataSource);
  });

  afterAll(async () => {
    leanRuns.mockRestore();
    await api?.close();
  });

  const vote = (questionId: string) => request(api.url).post(`/api/v1/questions/${questionId}/vote`);

  async function viaLeanRoute(sent: request.Test): Promise<request.Response> {
    const before = leanRuns.mock.calls.length;
    const response = await sent;
    expect(leanRuns.mock.calls.length).toBe(before + 1);
    return response;
  }

  async function aQuestion() {
    const qa = await makeQaSession(api);
    const asked = await request(api.url).post(`/api/v1/sessions/${qa.sessionId}/questions`).set(await anonymous(api)).send(askBody('Who pays for the new depot?')).expect(201);
    return { qa, id: asked.body.id as string };
  }

  const votesOn = async (questionId: string) => ((await db.query(`SELECT voter_key FROM qa_votes WHERE question_id = $1`, [questionId])) as unknown[]).length;

  it('answers a vote 200 with the count, as the controller’s route would, with the same headers as the withdrawal Nest’s router answers', async () => {
    const { id } = await aQuestion();
    const voter = await anonymous(api);
    const voted = await viaLeanRoute(vote(id).set(voter).set('x-request-id', 'lean-vote-1').expect(200));
    expect(voted.body).toEqual({ question: expect.objectContaining({ id, votes: 1 }), voted: true });
    expect(voted.headers['x-request-id']).toBe('lean-vote-1');
    expect(voted.headers['content-type']).toBe('application/json; charset=utf-8');
    const withdrawn = await request(api.url).delete(`/api/v1/questions/${id}/vote`).set(voter).expect(200);
    expect(Object.keys(voted.headers).sort()).toEqual(Object.keys(withdrawn.headers).sort());
  });

  it('refuses a vote made with the session cookie from another site (403), and takes it from this site', async () => {
    const { id } = await aQuestion();
    const person = await makePerson(api);
    const cookie = await signIn(api, person.email!);
    const forged = await viaLeanRoute(vote(id).set('Cookie', cookie).set('Origin', 'https://evil.example').set('Sec-Fetch-Site', 'cross-site'));
    expect(forged.status).toBe(403);
    expect(forged.body).toMatchObject({ statusCode: 403, code: 'cross_site_request' });
    expect(await votesOn(id)).toBe(0);
    await viaLeanRoute(vote(id).set('Cookie', cookie).set('Origin', `http://${new URL(api.url).host}`).set('Sec-Fetch-Site', 'same-origin').expect(200));
    expect(await votesOn(id)).toBe(1);
  });

  it('refuses a body that is not JSON (415) and a question id that is not a UUID (400), voting nothing', async () => {
    const { id } = await aQuestion();
    const voter = await anonymous(api);
    const form = await viaLeanRoute(vote(id).set(voter).type('form').send('on=true'));
    expect(form.status).toBe(415);
    const malformed = await viaLeanRoute(vote('not-a-uuid').set(voter));
    expect(malformed.status).toBe(400);
    expect(malformed.body).toMatchObject({ statusCode: 400, code: 'invalid_id', details: { id: ['id must be a UUID'] } });
    expect(await votesOn(id)).toBe(0);
  });

  it('knows who is calling: no identity or a forged one is 401, a bearer token votes as its person', async () => {
    const { qa, id } = await aQuestion();
    const nobody = await viaLeanRoute(vote(id));
    expect(nobody.status).toBe(401);
    const forged = await viaLeanRoute(vote(id).set('x-live-identity', 'forged.identity'));
    expect(forged.status).toBe(401);
    expect(await votesOn(id)).toBe(0);
    await viaLeanRoute(vote(id).set(bearer(qa.chairToken)).expect(200));
    const [row] = await db.query(`SELECT voter_key FROM qa_votes WHERE question_id = $1`, [id]);
    expect(row.voter_key).toMatch(/^person:/);
  });

  it('answers a refusal of the Q&A rules with its status: no such question 404, a hidden one 409', async () => {
    const voter = await anonymous(api);
    const missing = await viaLeanRoute(vote('00000000-0000-4000-8000-000000000000').set(voter));
    expect(missing.status).toBe(404);
    const { qa, id } = await aQuestion();
    await request(api.url).post(`/api/v1/questions/${id}/hide`).set(bearer(qa.chairToken)).send({}).expect(200);
    const hidden = await viaLeanRoute(vote(id).set(voter));
    expect(hidden.status).toBe(409);
    expect(hidden.body).toMatchObject({ statusCode: 409, code: 'question_not_votable' });
    expect(await votesOn(id)).toBe(0);
  });
});
