import { testConfig } from '@convene/testing';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { bearer, makeAdmin, makePerson, tokenFor } from '../identity/identity-fixtures';
import { makePoll, singleChoice } from '../polls/polls-fixtures';
import { makeQaSession } from '../qa/qa-fixtures';
import { RunningApi, startApi } from '../support/api';

// Found 2026-12-03: polls took no part in a person's export or erasure, so a signed-in person's
// poll answers stayed keyed `person:<id>` with their person id after they were erased, and their
// export did not list them. Now the export lists them, and erasure re-keys each answer as it does
// Q&A votes: counted still, tied neither to them nor to each other.
describe('Attack: reading an erased person’s poll answers back to them', () => {
  let api: RunningApi;
  let db: DataSource;

  beforeAll(async () => {
    api = await startApi(await testConfig());
    db = api.app.get(DataSource);
  });

  afterAll(async () => {
    await api?.close();
  });

  it('lists their answers in their export, and on erasure keeps the counts without anything that names them', async () => {
    const qa = await makeQaSession(api);
    const first = await makePoll(api, qa, singleChoice);
    const second = await makePoll(api, qa, { ...singleChoice, question: 'Which next after that?' });
    const person = await makePerson(api, { name: 'Pat Pollster' });
    const token = bearer(await tokenFor(api, person));
    await request(api.url).post(`/api/v1/polls/${first.id}/answers`).set(token).send({ choices: [0] }).expect(201);
    await request(api.url).post(`/api/v1/polls/${second.id}/answers`).set(token).send({ choices: [2] }).expect(201);

    const exported = (await request(api.url).get('/api/v1/me/export').set(token).expect(200)).body;
    expect(exported.polls.answers).toEqual([
      expect.objectContaining({ pollId: first.id, question: singleChoice.question, choices: [0] }),
      expect.objectContaining({ pollId: second.id, question: 'Which next after that?', choices: [2] }),
    ]);

    const counted = async () =>
      (await db.query(`SELECT poll_id, choices FROM poll_answers WHERE poll_id = ANY($1::uuid[]) ORDER BY poll_id`, [[first.id, second.id]])).map(
        (row: { poll_id: string; choices: number[] }) => `${row.poll_id}:${row.choices.join(',')}`,
      );
    const before = await counted();
    await request(api.url).delete(`/api/v1/admin/people/${person.id}`).set(bearer(await tokenFor(api, await makeAdmin(api)))).expect(204);

    expect(await counted()).toEqual(before);
    expect(await db.query(`SELECT 1 FROM poll_answers WHERE person_id = $1 OR participant_key LIKE '%' || $2 || '%'`, [person.id, person.id])).toEqual([]);
    const keys: Array<{ participant_key: string }> = await db.query(`SELECT participant_key FROM poll_answers WHERE poll_id = ANY($1::uuid[])`, [[first.id, second.id]]);
    expect(keys).toHaveLength(2);
    expect(new Set(keys.map((row) => row.participant_key)).size).toBe(2);
    for (const { participant_key } of keys) expect(participant_key).not.toMatch(/^(person|anon):/);
  });
});
