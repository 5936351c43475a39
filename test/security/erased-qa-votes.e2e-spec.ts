import { testConfig } from '@convene/testing';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { bearer, makeAdmin, makePerson, tokenFor } from '../identity/identity-fixtures';
import { RunningApi, startApi } from '../support/api';
import { anonymous, askBody, makeQaSession } from '../qa/qa-fixtures';

// Review 2026-12-03: an erased person's Q&A upvotes stayed keyed `person:<their id>`, and the
// id stays on the erased row, so which questions they backed could still be read back to them.
// Erasure now gives each of their votes a fresh random key: the counts stay exact, a vote is
// still one row per voter and question, and nothing links the votes to them or to each other.
describe('Attack: reading an erased person’s Q&A votes back to them', () => {
  let api: RunningApi;
  let db: DataSource;

  beforeAll(async () => {
    api = await startApi(await testConfig());
    db = api.app.get(DataSource);
  });

  afterAll(async () => {
    await api?.close();
  });

  const vote = (questionId: string, who: Record<string, string>) => request(api.url).post(`/api/v1/questions/${questionId}/vote`).set(who).expect(200);
  const counts = async (sessionId: string) => {
    const listed = await request(api.url).get(`/api/v1/sessions/${sessionId}/questions`).set(await anonymous(api)).expect(200);
    return Object.fromEntries(listed.body.questions.map((question: { id: string; votes: number }) => [question.id, question.votes]));
  };

  it('re-keys their votes to keys that name nobody, keeping every count and one vote per voter', async () => {
    const qa = await makeQaSession(api);
    const ask = async (body: string) =>
      (await request(api.url).post(`/api/v1/sessions/${qa.sessionId}/questions`).set(await anonymous(api)).send(askBody(body)).expect(201)).body.id as string;
    const first = await ask('How will the network share what works on community wealth building?');
    const second = await ask('What support is there for smaller councils?');
    const voter = await makePerson(api, { name: 'Vera Voter' });
    const other = await makePerson(api, { name: 'Otto Other' });
    const [voterToken, otherToken] = [bearer(await tokenFor(api, voter)), bearer(await tokenFor(api, other))];
    await vote(first, voterToken);
    await vote(second, voterToken);
    await vote(first, otherToken);
    expect(await counts(qa.sessionId)).toEqual({ [first]: 2, [second]: 1 });
    const keysBefore: Array<{ voter_key: string }> = await db.query(`SELECT voter_key FROM qa_votes WHERE voter_key LIKE '%' || $1 || '%'`, [voter.id]);
    expect(keysBefore).toHaveLength(2);

    const admin = bearer(await tokenFor(api, await makeAdmin(api)));
    await request(api.url).delete(`/api/v1/admin/people/${voter.id}`).set(admin).expect(204);

    // Nothing keyed by them, nor holding their id, is left; their two votes are not even linked to each other.
    expect(await db.query(`SELECT voter_key FROM qa_votes WHERE voter_key LIKE '%' || $1 || '%'`, [voter.id])).toEqual([]);
    const rows: Array<{ question_id: string; voter_key: string }> = await db.query(
      `SELECT question_id, voter_key FROM qa_votes WHERE question_id = ANY($1::uuid[]) ORDER BY question_id, voter_key`,
      [[first, second]],
    );
    expect(rows).toHaveLength(3);
    const strangers = rows.filter((row) => row.voter_key !== `person:${other.id}`);
    expect(strangers).toHaveLength(2);
    expect(new Set(strangers.map((row) => row.voter_key)).size).toBe(2);
    for (const { voter_key } of strangers) expect(voter_key).not.toMatch(/^(person|anon):/);

    // The counts are exact, and the other voters still vote once each.
    expect(await counts(qa.sessionId)).toEqual({ [first]: 2, [second]: 1 });
    await vote(first, otherToken);
    await vote(second, otherToken);
    expect(await counts(qa.sessionId)).toEqual({ [first]: 2, [second]: 2 });

    // Erasing again finds nothing more to do and changes no count.
    await request(api.url).delete(`/api/v1/admin/people/${voter.id}`).set(admin).expect(204);
    expect(await counts(qa.sessionId)).toEqual({ [first]: 2, [second]: 2 });
  });
});
