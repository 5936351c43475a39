import request from 'supertest';
import { testConfig } from '@convene/testing';
import { DataSource } from 'typeorm';
import { bearer, makePerson, tokenFor } from '../identity/identity-fixtures';
import { RunningApi, startApi } from '../support/api';
import { inOneMinuteWindow } from '../support/live';
import { anonymous, askBody, makeQaSession } from './qa-fixtures';

describe('Live Q&A over HTTP', () => {
  let api: RunningApi;

  beforeAll(async () => {
    api = await startApi(await testConfig());
  });

  afterAll(async () => {
    await api?.close();
  });

  const ask = (sessionId: string, who: Record<string, string>, body: unknown) => request(api.url).post(`/api/v1/sessions/${sessionId}/questions`).set(who).send(body as object);
  const list = (sessionId: string, who: Record<string, string>) => request(api.url).get(`/api/v1/sessions/${sessionId}/questions`).set(who).expect(200);

  it('shows a question at once in post-moderation, ordered by votes then time, with "mine" flagged', async () => {
    const qa = await makeQaSession(api);
    const [alice, bob, carol] = await Promise.all([anonymous(api), anonymous(api), anonymous(api)]);
    const first = await ask(qa.sessionId, alice, askBody('How will the network share what works on community wealth building?')).expect(201);
    expect(first.body.status).toBe('approved');
    const second = await ask(qa.sessionId, bob, askBody('What support is there for smaller councils?')).expect(201);
    await request(api.url).post(`/api/v1/questions/${second.body.id}/vote`).set(carol).expect(200);

    const seen = await list(qa.sessionId, alice);
    expect(seen.body.questions.map((q: { id: string }) => q.id)).toEqual([second.body.id, first.body.id]);
    expect(seen.body.questions.map((q: { mine: boolean }) => q.mine)).toEqual([false, true]);
    const chairs = await request(api.url).get(`/api/v1/sessions/${qa.sessionId}/questions/console`).set(bearer(qa.chairToken)).expect(200);
    expect(chairs.body.questions.map((q: { id: string }) => q.id)).toEqual([second.body.id, first.body.id]);
    expect(seen.body.questions[0]).toMatchObject({ votes: 1, askerName: 'Ada Delegate', askerOrganisation: 'Oldham Council', voted: false });
    // The two questions are logged (seq 1 and 2); the vote's count follows in a coalesced change (seq 3), now or a moment later.
    expect([2, 3]).toContain(seen.body.lastSeq);
    expect((await list(qa.sessionId, carol)).body.questions[0].voted).toBe(true);
    // The heading's title, and its Welsh once the organisers give it.
    expect(seen.body).toMatchObject({ sessionTitle: expect.any(String), sessionTitleCy: null });
    await request(api.url).patch(`/api/v1/sessions/${qa.sessionId}`).set(bearer(qa.organiserToken)).send({ titleCy: 'Cyfarfod llawn' }).expect(200);
    expect((await list(qa.sessionId, carol)).body.sessionTitleCy).toBe('Cyfarfod llawn');
  });

  it('keeps a pre-moderated question to its asker and the moderators until approved, and tells the room only that something is waiting', async () => {
    const qa = await makeQaSession(api, {}, { moderation: 'pre' });
    const [asker, other] = await Promise.all([anonymous(api), anonymous(api)]);
    const asked = await ask(qa.sessionId, asker, askBody('Is the housing fund ring-fenced?')).expect(201);
    expect(asked.body.status).toBe('pending');

    expect((await list(qa.sessionId, other)).body.questions).toEqual([]);
    expect((await list(qa.sessionId, asker)).body.questions).toMatchObject([{ id: asked.body.id, mine: true, status: 'pending', body: 'Is the housing fund ring-fenced?' }]);
    await request(api.url).get(`/api/v1/questions/${asked.body.id}`).set(other).expect(404);
    const console = await request(api.url).get(`/api/v1/sessions/${qa.sessionId}/questions/console`).set(bearer(qa.chairToken)).expect(200);
    expect(console.body.questions).toMatchObject([{ id: asked.body.id, status: 'pending' }]);

    // The live log (what the room was sent, and what ?since replays) holds no text of it.
    const changes = await request(api.url).get(`/api/v1/sessions/${qa.sessionId}/questions?since=0`).set(other).expect(200);
    const asking = changes.body.changes.find((change: { type: string }) => change.type === 'question.asked');
    expect(asking.question).toEqual({ id: asked.body.id, sessionId: qa.sessionId, visible: false, status: 'pending', mergedIntoId: null });
    expect(JSON.stringify(changes.body)).not.toContain('ring-fenced');

    await request(api.url).post(`/api/v1/questions/${asked.body.id}/approve`).set(bearer(qa.chairToken)).expect(200);
    expect((await list(qa.sessionId, other)).body.questions).toMatchObject([{ id: asked.body.id, status: 'approved', mine: false }]);
    const after = await request(api.url).get(`/api/v1/sessions/${qa.sessionId}/questions?since=${changes.body.lastSeq}`).set(other).expect(200);
    expect(after.body.changes).toMatchObject([{ seq: changes.body.lastSeq + 1, type: 'question.approved', question: { visible: true, body: 'Is the housing fund ring-fenced?' } }]);
  });

  it('holds a question with a filtered word for moderation when the chair switches the filter on', async () => {
    const qa = await makeQaSession(api, {}, { wordFilter: true });
    const who = await anonymous(api);
    const rude = await ask(qa.sessionId, who, askBody('Why is the bin service such shit?')).expect(201);
    expect(rude.body).toMatchObject({ status: 'pending', filtered: true });
    const fine = await ask(qa.sessionId, who, askBody('When will Scunthorpe join the network?')).expect(201);
    expect(fine.body).toMatchObject({ status: 'approved', filtered: false });
  });

  it('counts one vote per participant, lets it be withdrawn, and stays exact under concurrency', async () => {
    const qa = await makeQaSession(api);
    const asker = await anonymous(api);
    const question = await ask(qa.sessionId, asker, askBody('Can we see the evaluation report?')).expect(201);
    const voter = await anonymous(api);
    await request(api.url).post(`/api/v1/questions/${question.body.id}/vote`).set(voter).expect(200);
    const again = await request(api.url).post(`/api/v1/questions/${question.body.id}/vote`).set(voter).expect(200);
    expect(again.body.question.votes).toBe(1);
    const withdrawn = await request(api.url).delete(`/api/v1/questions/${question.body.id}/vote`).set(voter).expect(200);
    expect(withdrawn.body.question.votes).toBe(0);

    const voters = await Promise.all(Array.from({ length: 40 }, () => anonymous(api)));
    const responses = await Promise.all(voters.map((who) => request(api.url).post(`/api/v1/questions/${question.body.id}/vote`).set(who)));
    expect(responses.map((response) => response.status).filter((status) => status !== 200)).toEqual([]);
    const [row] = await api.app.get(DataSource).query(`SELECT count(*)::int AS rows FROM qa_votes WHERE question_id = $1`, [question.body.id]);
    expect(row).toEqual({ rows: 40 });
    expect((await list(qa.sessionId, asker)).body.questions[0].votes).toBe(40);
    const consoleList = await request(api.url).get(`/api/v1/sessions/${qa.sessionId}/questions/console`).set(bearer(qa.chairToken)).expect(200);
    expect(consoleList.body.questions).toMatchObject([{ id: question.body.id, votes: 40 }]);
  });

  it('keeps one vote per participant when the same participant votes and withdraws many times at once', async () => {
    const qa = await makeQaSession(api);
    const [asker, voter] = await Promise.all([anonymous(api), anonymous(api)]);
    const question = await ask(qa.sessionId, asker, askBody('Will the minutes be in Welsh too?')).expect(201);
    const rows = async () => (await api.app.get(DataSource).query(`SELECT voter_key FROM qa_votes WHERE question_id = $1`, [question.body.id])) as unknown[];

    const votes = await Promise.all(Array.from({ length: 12 }, () => request(api.url).post(`/api/v1/questions/${question.body.id}/vote`).set(voter)));
    expect(votes.map((response) => `${response.status} ${response.body.voted}`)).toEqual(Array(12).fill('200 true'));
    expect(await rows()).toHaveLength(1);
    expect((await list(qa.sessionId, voter)).body.questions[0]).toMatchObject({ votes: 1, voted: true });

    const withdrawals = await Promise.all(Array.from({ length: 12 }, () => request(api.url).delete(`/api/v1/questions/${question.body.id}/vote`).set(voter)));
    expect(withdrawals.map((response) => `${response.status} ${response.body.question.votes}`)).toEqual(Array(12).fill('200 0'));
    expect(await rows()).toHaveLength(0);
    expect((await list(qa.sessionId, voter)).body.questions[0]).toMatchObject({ votes: 0, voted: false });
  });

  it('answers votes that arrive together as each would be answered alone: every rule per vote, counts exact', async () => {
    const open = await makeQaSession(api);
    const closing = await makeQaSession(api);
    const asker = await anonymous(api);
    const first = await ask(open.sessionId, asker, askBody('Who audits the fund?')).expect(201);
    const second = await ask(open.sessionId, asker, askBody('When does the consultation close?')).expect(201);
    const hidden = await ask(open.sessionId, asker, askBody('Off-topic question')).expect(201);
    await request(api.url).post(`/api/v1/questions/${hidden.body.id}/hide`).set(bearer(open.chairToken)).send({ reason: 'Not about this session' }).expect(200);
    const late = await ask(closing.sessionId, asker, askBody('Too late?')).expect(201);
    await request(api.url).patch(`/api/v1/sessions/${closing.sessionId}/qa`).set(bearer(closing.chairToken)).send({ open: false }).expect(200);
    const vote = (questionId: string, who: Record<string, string>) => request(api.url).post(`/api/v1/questions/${questionId}/vote`).set(who);

    // One participant has used this minute's 60 votes (voting and withdrawing: no vote stays).
    const spent = await anonymous(api);
    await inOneMinuteWindow();
    for (let i = 0; i < 60; i++) await request(api.url)[i % 2 ? 'delete' : 'post'](`/api/v1/questions/${second.body.id}/vote`).set(spent).expect(200);

    const voters = await Promise.all(Array.from({ length: 30 }, () => anonymous(api)));
    const burst: Array<[questionId: string, who: Record<string, string>]> = [
      ...voters.flatMap((who): Array<[string, Record<string, string>]> => [
        [first.body.id, who],
        [second.body.id, who],
      ]),
      // Five tap twice at once; the room must not see hidden questions or vote in a closed Q&A.
      ...voters.slice(0, 5).map((who): [string, Record<string, string>] => [first.body.id, who]),
      ...voters.slice(0, 3).map((who): [string, Record<string, string>] => [hidden.body.id, who]),
      ...voters.slice(0, 3).map((who): [string, Record<string, string>] => [late.body.id, who]),
      [second.body.id, spent],
    ];
    const answers = await Promise.all(burst.map(([questionId, who]) => vote(questionId, who)));

    expect(answers.map((answer) => (answer.status === 200 ? 200 : `${answer.status} ${answer.body.code}`))).toEqual([
      ...Array(65).fill(200),
      ...Array(3).fill('409 question_not_votable'),
      ...Array(3).fill('409 qa_closed'),
      '429 too_many_actions',
    ]);
    // Each answer is its own vote's: its question, voted, a count no higher than the votes cast on it.
    answers.slice(0, 65).forEach((answer, index) => {
      expect(answer.body).toMatchObject({ question: { id: burst[index][0] }, voted: true });
      expect(answer.body.question.votes).toBeGreaterThanOrEqual(1);
      expect(answer.body.question.votes).toBeLessThanOrEqual(30);
    });
    const counted = await api.app
      .get(DataSource)
      .query(`SELECT question_id, count(*)::int AS votes FROM qa_votes WHERE question_id = ANY($1::uuid[]) GROUP BY question_id`, [
        [first.body.id, second.body.id, hidden.body.id, late.body.id],
      ]);
    expect(Object.fromEntries(counted.map((row: { question_id: string; votes: number }) => [row.question_id, row.votes]))).toEqual({ [first.body.id]: 30, [second.body.id]: 30 });
    const listed = (await list(open.sessionId, voters[0])).body.questions as Array<{ id: string; votes: number; voted: boolean }>;
    expect(listed.filter((question) => question.id !== hidden.body.id).map(({ id, votes, voted }) => ({ id, votes, voted }))).toEqual([
      { id: first.body.id, votes: 30, voted: true },
      { id: second.body.id, votes: 30, voted: true },
    ]);
  });

  it('refuses votes on hidden and waiting questions, changing nothing', async () => {
    const qa = await makeQaSession(api);
    const [asker, voter] = await Promise.all([anonymous(api), anonymous(api)]);
    const question = await ask(qa.sessionId, asker, askBody('Off-topic question')).expect(201);
    await request(api.url).post(`/api/v1/questions/${question.body.id}/hide`).set(bearer(qa.chairToken)).send({ reason: 'Not about this session' }).expect(200);
    const refused = await request(api.url).post(`/api/v1/questions/${question.body.id}/vote`).set(voter).expect(409);
    expect(refused.body.code).toBe('question_not_votable');
    const [{ count }] = await api.app.get(DataSource).query(`SELECT count(*)::int AS count FROM qa_votes WHERE question_id = $1`, [question.body.id]);
    expect(count).toBe(0);
    await request(api.url).post(`/api/v1/questions/00000000-0000-4000-8000-000000000000/vote`).set(voter).expect(404);
  });

  it('shows the reason for hiding to the asker only', async () => {
    const qa = await makeQaSession(api);
    const [asker, other] = await Promise.all([anonymous(api), anonymous(api)]);
    const question = await ask(qa.sessionId, asker, askBody('Why not Thursdays?')).expect(201);
    await request(api.url).post(`/api/v1/questions/${question.body.id}/hide`).set(bearer(qa.chairToken)).send({ reason: 'Answered in the agenda' }).expect(200);
    expect((await list(qa.sessionId, asker)).body.questions).toMatchObject([{ status: 'hidden', hiddenReason: 'Answered in the agenda', mine: true }]);
    expect((await list(qa.sessionId, other)).body.questions).toEqual([]);
  });

  it('lets only moderators moderate, read the console, change settings and export', async () => {
    const qa = await makeQaSession(api);
    const asker = await anonymous(api);
    const question = await ask(qa.sessionId, asker, askBody('Who decides?')).expect(201);
    const stranger = bearer(await tokenFor(api, await makePerson(api)));
    for (const who of [asker, stranger]) {
      for (const verb of ['approve', 'hide', 'answering', 'answered', 'reopen']) {
        const refused = await request(api.url).post(`/api/v1/questions/${question.body.id}/${verb}`).set(who).send({});
        expect(`${verb} ${refused.status} ${refused.body.code}`).toBe(`${verb} 403 not_moderator`);
      }
      await request(api.url).patch(`/api/v1/questions/${question.body.id}`).set(who).send({ body: 'Changed' }).expect(403);
      await request(api.url).post(`/api/v1/questions/${question.body.id}/merge`).set(who).send({ intoId: question.body.id }).expect((r) => expect([403, 409]).toContain(r.status));
      await request(api.url).get(`/api/v1/sessions/${qa.sessionId}/questions/console`).set(who).expect(403);
      await request(api.url).patch(`/api/v1/sessions/${qa.sessionId}/qa`).set(who).send({ open: false }).expect(403);
      await request(api.url).get(`/api/v1/sessions/${qa.sessionId}/questions.csv`).set(who).expect(403);
      await request(api.url).get(`/api/v1/sessions/${qa.sessionId}/qa/audit`).set(who).expect(403);
    }
    const [{ status }] = await api.app.get(DataSource).query(`SELECT status FROM qa_questions WHERE id = $1`, [question.body.id]);
    expect(status).toBe('approved');
    // The event's organisers moderate too.
    await request(api.url).post(`/api/v1/questions/${question.body.id}/answering`).set(bearer(qa.organiserToken)).expect(200);
  });

  it('pins one question at a time, edits keeping the original, merges without counting a voter twice, and keeps an audit trail', async () => {
    const qa = await makeQaSession(api);
    const chair = bearer(qa.chairToken);
    const [a, b, c] = await Promise.all([anonymous(api), anonymous(api), anonymous(api)]);
    const original = await ask(qa.sessionId, a, askBody('How do we fund the retrofit programme?')).expect(201);
    const duplicate = await ask(qa.sessionId, b, askBody('How is the retrofit programe funded?')).expect(201);
    await request(api.url).post(`/api/v1/questions/${original.body.id}/vote`).set(c).expect(200);
    await request(api.url).post(`/api/v1/questions/${duplicate.body.id}/vote`).set(c).expect(200);
    await request(api.url).post(`/api/v1/questions/${duplicate.body.id}/vote`).set(a).expect(200);

    const edited = await request(api.url).patch(`/api/v1/questions/${duplicate.body.id}`).set(chair).send({ body: 'How is the retrofit programme funded?' }).expect(200);
    expect(edited.body).toMatchObject({ body: 'How is the retrofit programme funded?', originalBody: 'How is the retrofit programe funded?', edited: true });

    const merged = await request(api.url).post(`/api/v1/questions/${duplicate.body.id}/merge`).set(chair).send({ intoId: original.body.id }).expect(200);
    expect(merged.body).toMatchObject({ id: original.body.id, votes: 2 });
    const votes = await api.app.get(DataSource).query(`SELECT voter_key FROM qa_votes WHERE question_id = $1 ORDER BY 1`, [original.body.id]);
    expect(votes).toHaveLength(2);
    const consoleAfterMerge = await request(api.url).get(`/api/v1/sessions/${qa.sessionId}/questions/console`).set(chair).expect(200);
    expect(consoleAfterMerge.body.questions).toMatchObject([
      { id: original.body.id, votes: 2 },
      { id: duplicate.body.id, status: 'merged', votes: 0 },
    ]);
    const audience = await list(qa.sessionId, c);
    expect(audience.body.questions.map((q: { id: string }) => q.id)).toEqual([original.body.id]);
    await request(api.url).post(`/api/v1/questions/${duplicate.body.id}/merge`).set(chair).send({ intoId: original.body.id }).expect(409);

    const third = await ask(qa.sessionId, c, askBody('And the timetable?')).expect(201);
    await request(api.url).post(`/api/v1/questions/${original.body.id}/answering`).set(chair).expect(200);
    await request(api.url).post(`/api/v1/questions/${third.body.id}/answering`).set(chair).expect(200);
    const states = await api.app.get(DataSource).query(`SELECT id, status, answered_at IS NOT NULL AS answered FROM qa_questions WHERE session_id = $1 ORDER BY created_at`, [qa.sessionId]);
    expect(states).toEqual([
      { id: original.body.id, status: 'answered', answered: true },
      { id: duplicate.body.id, status: 'merged', answered: false },
      { id: third.body.id, status: 'answering', answered: false },
    ]);
    await request(api.url).post(`/api/v1/questions/${original.body.id}/reopen`).set(chair).expect(200);
    await request(api.url).post(`/api/v1/questions/${original.body.id}/approve`).set(chair).expect(409);

    const trail = await request(api.url).get(`/api/v1/sessions/${qa.sessionId}/qa/audit`).set(chair).expect(200);
    expect(trail.body.items.map((item: { action: string }) => item.action).reverse()).toEqual(['edit', 'merge', 'answering', 'answering', 'reopen']);
    expect(trail.body.items[0].actorPersonId).toEqual(expect.any(String));
    expect(trail.body.items.find((item: { action: string }) => item.action === 'edit').detail).toEqual({
      before: 'How is the retrofit programe funded?',
      after: 'How is the retrofit programme funded?',
    });
  });

  it('refuses bad questions with a clear error and stores nothing', async () => {
    const qa = await makeQaSession(api, {}, { anonymousAllowed: false });
    const who = await anonymous(api);
    const cases: Array<[unknown, string]> = [
      [askBody(''), 'body'],
      [askBody('   '), 'body'],
      [askBody('x'.repeat(10_000)), 'body'],
      [askBody('a\u0000b'), 'body'],
      [{ body: 'No name given' }, 'askerName'],
      [askBody('Anonymous please', { anonymous: true }), 'askerName'],
      [askBody('Extra', { status: 'approved' }), 'status'],
      [askBody('Bad name', { askerName: 'x'.repeat(500) }), 'askerName'],
    ];
    for (const [body, field] of cases) {
      const response = await ask(qa.sessionId, who, body).expect(400);
      expect(Object.keys(response.body.details ?? {})).toContain(field);
    }
    const [{ count }] = await api.app.get(DataSource).query(`SELECT count(*)::int AS count FROM qa_questions WHERE session_id = $1`, [qa.sessionId]);
    expect(count).toBe(0);
  });

  it('keeps markup as text', async () => {
    const qa = await makeQaSession(api);
    const who = await anonymous(api);
    const text = '<img src=x onerror=alert(1)> & <b>bold</b>?';
    await ask(qa.sessionId, who, askBody(text)).expect(201);
    expect((await list(qa.sessionId, who)).body.questions[0].body).toBe(text);
  });

  it('refuses questions when the Q&A is closed or not switched on for the session', async () => {
    const qa = await makeQaSession(api, {}, { open: false });
    const who = await anonymous(api);
    expect((await ask(qa.sessionId, who, askBody('Too late?')).expect(409)).body.code).toBe('qa_closed');
    await request(api.url).patch(`/api/v1/sessions/${qa.sessionId}`).set(bearer(qa.organiserToken)).send({ liveQa: false }).expect(200);
    expect((await ask(qa.sessionId, who, askBody('Still there?')).expect(404)).body.code).toBe('qa_not_enabled');
    await request(api.url).get(`/api/v1/sessions/${qa.sessionId}/questions`).set(who).expect(404);
  });

  it('limits each participant to 5 questions and 60 votes a minute', async () => {
    const qa = await makeQaSession(api);
    const who = await anonymous(api);
    await inOneMinuteWindow();
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await ask(qa.sessionId, who, askBody(`Question ${i}`))).status);
    expect(statuses).toEqual([201, 201, 201, 201, 201, 429]);
    // Someone else is not held back by it.
    await ask(qa.sessionId, await anonymous(api), askBody('Mine is different')).expect(201);

    const question = (await list(qa.sessionId, who)).body.questions[0].id as string;
    const voter = await anonymous(api);
    await inOneMinuteWindow();
    const votes: number[] = [];
    for (let i = 0; i < 61; i++) {
      votes.push((await request(api.url)[i % 2 ? 'delete' : 'post'](`/api/v1/questions/${question}/vote`).set(voter)).status);
    }
    expect(votes.slice(0, 60).every((status) => status === 200)).toBe(true);
    expect(votes[60]).toBe(429);
  });

  it('exports the questions as CSV and Markdown, answered ones in the order answered', async () => {
    const qa = await makeQaSession(api);
    const chair = bearer(qa.chairToken);
    const who = await anonymous(api);
    const first = await ask(qa.sessionId, who, askBody('=HYPERLINK("http://evil")')).expect(201);
    const second = await ask(qa.sessionId, who, askBody('What about rural areas?', { anonymous: true, askerName: undefined })).expect(201);
    await request(api.url).post(`/api/v1/questions/${second.body.id}/answered`).set(chair).expect(200);
    await request(api.url).post(`/api/v1/questions/${first.body.id}/answered`).set(chair).expect(200);

    const csv = await request(api.url).get(`/api/v1/sessions/${qa.sessionId}/questions.csv`).set(chair).expect(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.text).toContain(`'=HYPERLINK`);
    expect(csv.text.split('\r\n')[0]).toBe('asked_at,status,votes,asker,organisation,question,original_text,answered_at,hidden_reason');
    const markdown = await request(api.url).get(`/api/v1/sessions/${qa.sessionId}/questions.md`).set(chair).expect(200);
    expect(markdown.text).toContain('1. What about rural areas? (Anonymous; 0 votes)\n2. =HYPERLINK\\(');
  });

  it('keeps the columns the minutes read', async () => {
    const qa = await makeQaSession(api);
    const who = await anonymous(api);
    const question = await ask(qa.sessionId, who, askBody('For the minutes?')).expect(201);
    await request(api.url).post(`/api/v1/questions/${question.body.id}/answered`).set(bearer(qa.chairToken)).expect(200);
    const rows = await api.app
      .get(DataSource)
      .query(
        `SELECT id, body, asker_name, asker_organisation, anonymous, answered_at IS NOT NULL AS answered FROM qa_questions WHERE session_id = $1 AND status = 'answered' ORDER BY answered_at`,
        [qa.sessionId],
      );
    expect(rows).toEqual([{ id: question.body.id, body: 'For the minutes?', asker_name: 'Ada Delegate', asker_organisation: 'Oldham Council', anonymous: false, answered: true }]);
  });

  it('keeps the language a question is written in: as chosen, else the page\'s; refuses any other with 400 and saves nothing', async () => {
    const qa = await makeQaSession(api);
    const [welsh, fromCookie, fromHeader, plain, wrong] = await Promise.all([anonymous(api), anonymous(api), anonymous(api), anonymous(api), anonymous(api)]);
    const chosen = await ask(qa.sessionId, welsh, askBody('Beth am y gronfa dai?', { language: 'cy' })).expect(201);
    expect(chosen.body.language).toBe('cy');
    // Left out: the page's language (the header's switch, then Accept-Language), else English.
    expect((await ask(qa.sessionId, { ...fromCookie, Cookie: 'convene_lang=cy' }, askBody('Pa gynghorau sydd wedi ymuno?')).expect(201)).body.language).toBe('cy');
    expect((await ask(qa.sessionId, { ...fromHeader, 'Accept-Language': 'cy-GB,cy;q=0.9' }, askBody('A fydd cofnodion?')).expect(201)).body.language).toBe('cy');
    expect((await ask(qa.sessionId, plain, askBody('Will there be minutes?')).expect(201)).body.language).toBe('en');

    const room = await list(qa.sessionId, plain);
    expect(room.body.questions.find((q: { id: string }) => q.id === chosen.body.id)).toMatchObject({ language: 'cy', mine: false });
    const console = await request(api.url).get(`/api/v1/sessions/${qa.sessionId}/questions/console`).set(bearer(qa.chairToken)).expect(200);
    expect(console.body.questions.find((q: { id: string }) => q.id === chosen.body.id).language).toBe('cy');
    const changes = await request(api.url).get(`/api/v1/sessions/${qa.sessionId}/questions?since=0`).set(plain).expect(200);
    expect(changes.body.changes.find((change: { question?: { id: string } }) => change.question?.id === chosen.body.id).question.language).toBe('cy');

    for (const language of ['fr', 'CY', '', null, 1]) {
      const refused = await ask(qa.sessionId, wrong, askBody(`Refused in ${String(language)}?`, { language })).expect(400);
      expect(refused.body.code).toBe('invalid_fields');
    }
    const after = await request(api.url).get(`/api/v1/sessions/${qa.sessionId}/questions/console`).set(bearer(qa.chairToken)).expect(200);
    expect(after.body.questions).toHaveLength(4);
    expect(JSON.stringify(after.body)).not.toContain('Refused in');
  });
});
