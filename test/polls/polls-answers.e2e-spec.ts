import request from 'supertest';
import { DataSource } from 'typeorm';
import { bearer, makePerson, tokenFor } from '../identity/identity-fixtures';
import { anonymous, makeQaSession } from '../qa/qa-fixtures';
import { liveSpec } from '../support/live';
import { consolePoll, makePoll, singleChoice } from './polls-fixtures';

type Ack = { ok?: true; result?: { answer: { choices: number[] }; created: boolean }; error?: { status: number; code?: string } };

describe('Answering polls: each participant counts once, exactly, under any concurrency', () => {
  const { api, connect } = liveSpec();

  async function participants(count: number) {
    return Promise.all(Array.from({ length: count }, () => anonymous(api)));
  }

  it('counts a single-choice poll exactly when everyone answers at once, over HTTP and the socket, and some change their minds', async () => {
    const qa = await makeQaSession(api);
    const poll = await makePoll(api, qa, singleChoice);
    const people = await participants(60);
    // The first 20 answer over their sockets, the rest over HTTP, all at once.
    const socketsOf = await Promise.all(people.slice(0, 20).map((headers) => connect({ identity: headers['X-Live-Identity'] })));
    const first = (index: number) => index % 3;
    const answers = await Promise.all(
      people.map((headers, index) =>
        index < 20
          ? (socketsOf[index].timeout(10_000).emitWithAck('polls:answer', { pollId: poll.id, choices: [first(index)] }) as Promise<Ack>).then((ack) => (ack.ok ? 201 : ack.error!.status))
          : request(api.url).post(`/api/v1/polls/${poll.id}/answers`).set(headers).send({ choices: [first(index)] }).then((response) => response.status),
      ),
    );
    expect(answers.every((status) => status === 201)).toBe(true);

    // Every fourth changes to option 2, twice at once; every fifth tries to answer a second time, twice at once.
    const final = (index: number) => (index % 4 === 0 ? 2 : first(index));
    const changes = people.flatMap((headers, index) =>
      index % 4 === 0 ? [0, 1].map(() => request(api.url).put(`/api/v1/polls/${poll.id}/answers/mine`).set(headers).send({ choices: [2] })) : [],
    );
    const seconds = people.flatMap((headers, index) =>
      index % 5 === 0 ? [0, 1].map(() => request(api.url).post(`/api/v1/polls/${poll.id}/answers`).set(headers).send({ choices: [1] })) : [],
    );
    const [changed, refused] = await Promise.all([Promise.all(changes), Promise.all(seconds)]);
    expect(changed.every((response) => response.status === 200)).toBe(true);
    expect(refused.every((response) => response.status === 409 && response.body.code === 'poll_already_answered')).toBe(true);

    await request(api.url).post(`/api/v1/polls/${poll.id}/close`).set(bearer(qa.chairToken)).expect(200);
    const expected = [0, 0, 0];
    people.forEach((_headers, index) => (expected[final(index)] += 1));
    const results = (await consolePoll(api, qa, poll.id)).results;
    expect(results.respondents).toBe(60);
    expect(results.counts).toEqual(expected);
    const [{ rows }] = await api.app.get(DataSource).query(`SELECT count(*)::int AS rows FROM poll_answers WHERE poll_id = $1`, [poll.id]);
    expect(rows).toBe(60);
  });

  it('counts a multiple-choice poll exactly, each option once per participant, within the maximum', async () => {
    const qa = await makeQaSession(api);
    const poll = await makePoll(api, qa, { question: 'Which themes for the spring forum?', kind: 'multiple', options: ['Housing', 'Energy', 'Care', 'Transport'], maxChoices: 2 });
    const people = await participants(40);
    const picks = (index: number) => (index % 2 === 0 ? [0, 1] : [index % 4]);
    const statuses = await Promise.all(people.map((headers, index) => request(api.url).post(`/api/v1/polls/${poll.id}/answers`).set(headers).send({ choices: picks(index) }).then((r) => r.status)));
    expect(statuses.every((status) => status === 201)).toBe(true);
    // Half of them change to [2, 3] at once, some twice.
    const changed = await Promise.all(
      people.flatMap((headers, index) => (index < 20 ? [request(api.url).put(`/api/v1/polls/${poll.id}/answers/mine`).set(headers).send({ choices: [3, 2] }), ...(index < 5 ? [request(api.url).put(`/api/v1/polls/${poll.id}/answers/mine`).set(headers).send({ choices: [2, 3] })] : [])] : [])),
    );
    expect(changed.every((response) => response.status === 200)).toBe(true);
    const expected = [0, 0, 0, 0];
    people.forEach((_headers, index) => (index < 20 ? [2, 3] : picks(index)).forEach((choice) => (expected[choice] += 1)));
    const results = (await consolePoll(api, qa, poll.id)).results;
    expect(results.respondents).toBe(40);
    expect(results.counts).toEqual(expected);
  });

  it('refuses bad answers with a clear 4xx and changes nothing', async () => {
    const qa = await makeQaSession(api);
    const poll = await makePoll(api, qa, { question: 'Pick up to two', kind: 'multiple', options: ['A', 'B', 'C'], maxChoices: 2 });
    const rating = await makePoll(api, qa, { question: 'How useful was this session?', kind: 'rating' });
    const draft = await makePoll(api, qa, singleChoice, false);
    const someone = await anonymous(api);
    const answer = (id: string, body: unknown) => request(api.url).post(`/api/v1/polls/${id}/answers`).set(someone).send(body as object);

    await answer('00000000-0000-4000-8000-000000000000', { choices: [0] }).expect(404);
    await answer('not-a-uuid', { choices: [0] }).expect(400);
    await answer(draft.id, { choices: [0] }).expect(404);
    const outOfRange = await answer(poll.id, { choices: [3] }).expect(400);
    expect(outOfRange.body).toMatchObject({ statusCode: 400, code: 'invalid_poll_answer', details: { choices: expect.any(Array) } });
    await answer(poll.id, { choices: [-1] }).expect(400);
    await answer(poll.id, { choices: [0, 1, 2] }).expect(400);
    await answer(poll.id, { choices: [1, 1] }).expect(400);
    await answer(poll.id, { choices: [] }).expect(400);
    await answer(poll.id, { text: 'Housing' }).expect(400);
    await answer(poll.id, { choices: [0], rating: 3 }).expect(400);
    await answer(poll.id, { choices: ['0'] }).expect(400);
    await answer(poll.id, { choices: [0], extra: true }).expect(400);
    await answer(rating.id, { rating: 6 }).expect(400);
    await answer(rating.id, { rating: 0 }).expect(400);
    expect((await consolePoll(api, qa, poll.id)).results.respondents).toBe(0);

    await answer(poll.id, { choices: [0, 2] }).expect(201);
    const second = await answer(poll.id, { choices: [1] }).expect(409);
    expect(second.body.code).toBe('poll_already_answered');
    await request(api.url).post(`/api/v1/polls/${poll.id}/close`).set(bearer(qa.chairToken)).expect(200);
    const closed = await request(api.url).put(`/api/v1/polls/${poll.id}/answers/mine`).set(someone).send({ choices: [1] }).expect(409);
    expect(closed.body.code).toBe('poll_not_open');
    await request(api.url).post(`/api/v1/polls/${poll.id}/answers`).set(await anonymous(api)).send({ choices: [1] }).expect(409);
    const results = (await consolePoll(api, qa, poll.id)).results;
    expect(results).toMatchObject({ respondents: 1, counts: [1, 0, 1] });

    // Closing twice, opening a closed poll, changing an opened poll: refused.
    await request(api.url).post(`/api/v1/polls/${poll.id}/close`).set(bearer(qa.chairToken)).expect(409);
    await request(api.url).post(`/api/v1/polls/${poll.id}/open`).set(bearer(qa.chairToken)).expect(409);
    await request(api.url).patch(`/api/v1/polls/${poll.id}`).set(bearer(qa.chairToken)).send({ question: 'Changed?' }).expect(409);
    await request(api.url).delete(`/api/v1/polls/${poll.id}`).set(bearer(qa.chairToken)).expect(409);
  });

  it('lets only moderators prepare and run polls, and only signed-in people answer when the chair asks for it', async () => {
    const qa = await makeQaSession(api);
    const someone = await anonymous(api);
    await request(api.url).post(`/api/v1/sessions/${qa.sessionId}/polls`).set(someone).send(singleChoice).expect(403);
    const bad = await request(api.url).post(`/api/v1/sessions/${qa.sessionId}/polls`).set(bearer(qa.chairToken)).send({ question: 'One option?', kind: 'single', options: ['Only'] }).expect(400);
    expect(bad.body.details.options).toBeDefined();
    await request(api.url).post(`/api/v1/sessions/${qa.sessionId}/polls`).set(bearer(qa.chairToken)).send({ question: 'Rate', kind: 'rating', options: ['x', 'y'] }).expect(400);
    const poll = await makePoll(api, qa, { ...singleChoice, requiresSignIn: true }, false);
    await request(api.url).post(`/api/v1/polls/${poll.id}/open`).set(someone).expect(403);
    await request(api.url).post(`/api/v1/polls/${poll.id}/open`).set(bearer(qa.chairToken)).expect(200);
    const anonymousAnswer = await request(api.url).post(`/api/v1/polls/${poll.id}/answers`).set(someone).send({ choices: [0] }).expect(401);
    expect(anonymousAnswer.body.code).toBe('poll_sign_in_required');
    const delegate = bearer(await tokenFor(api, await makePerson(api)));
    await request(api.url).post(`/api/v1/polls/${poll.id}/answers`).set(delegate).send({ choices: [1] }).expect(201);
    const mine = await request(api.url).get(`/api/v1/sessions/${qa.sessionId}/polls`).set(delegate).expect(200);
    expect(mine.body.mine).toEqual([expect.objectContaining({ pollId: poll.id, choices: [1] })]);
  });

  it('makes a word cloud of text answers, holds back filtered words, and lets the chair hide one', async () => {
    const qa = await makeQaSession(api, {}, { wordFilter: true });
    const poll = await makePoll(api, qa, { question: 'One word for today?', kind: 'text', showResults: true });
    const texts = ['Inspiring', 'inspiring ', 'Co-operative', 'shit', '<script>alert(1)</script>'];
    for (const text of texts) await request(api.url).post(`/api/v1/polls/${poll.id}/answers`).set(await anonymous(api)).send({ text }).expect(201);
    let console = await consolePoll(api, qa, poll.id);
    expect(console.results.words).toEqual(
      expect.arrayContaining([{ text: 'inspiring', count: 2 }, { text: 'co-operative', count: 1 }, { text: '<script>alert(1)</script>', count: 1 }]),
    );
    expect(console.results.words.some((word) => word.text === 'shit')).toBe(false);
    const script = (console as unknown as { textAnswers: Array<{ id: string; text: string; filtered: boolean }> }).textAnswers.find((answer) => answer.text.startsWith('<script'))!;
    await request(api.url).post(`/api/v1/polls/${poll.id}/answers/${script.id}/hide`).set(bearer(qa.chairToken)).expect(200);
    console = await consolePoll(api, qa, poll.id);
    expect(console.results.words.map((word) => word.text).sort()).toEqual(['co-operative', 'inspiring']);
    const room = await request(api.url).get(`/api/v1/sessions/${qa.sessionId}/polls`).set(await anonymous(api)).expect(200);
    expect(room.body.polls[0].results.words.map((word: { text: string }) => word.text).sort()).toEqual(['co-operative', 'inspiring']);
    await request(api.url).post(`/api/v1/polls/${poll.id}/answers`).set(await anonymous(api)).send({ text: 'x'.repeat(61) }).expect(400);
    await request(api.url).post(`/api/v1/polls/${poll.id}/answers`).set(await anonymous(api)).send({ text: 'two\nlines' }).expect(400);
  });
});
