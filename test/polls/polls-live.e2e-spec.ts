import request from 'supertest';
import { bearer } from '../identity/identity-fixtures';
import { anonymous, makeQaSession } from '../qa/qa-fixtures';
import { collect, eventually, joinSession, liveSpec } from '../support/live';
import { makePoll, singleChoice } from './polls-fixtures';

type PollMessage = { seq: number; type: string; sessionId: string; poll: { id: string; status: string; resultsShown: boolean; responses: number; results: { counts: number[] } | null } };

describe('Polls on the live log: what the room sees, live and on catch-up', () => {
  const { api, connect } = liveSpec();

  it('never sends hidden results to the room, live or through ?since=N, and shows them once revealed', async () => {
    const qa = await makeQaSession(api);
    const watcherHeaders = await anonymous(api);
    const watcher = await connect({ identity: watcherHeaders['X-Live-Identity'] });
    const chair = await connect({ token: qa.chairToken });
    expect(await joinSession(watcher, qa.sessionId)).toMatchObject({ ok: true, moderator: false });
    expect(await joinSession(chair, qa.sessionId)).toMatchObject({ ok: true, moderator: true });
    const room = collect<PollMessage>(watcher, 'polls');
    const roomPrivate = collect<PollMessage>(watcher, 'polls:results');
    const chairPrivate = collect<PollMessage>(chair, 'polls:results');

    const draft = await makePoll(api, qa, singleChoice, false);
    const poll = await makePoll(api, qa, { ...singleChoice, question: 'Hidden until revealed?' });
    for (const choice of [0, 0, 1, 2, 0]) {
      await request(api.url).post(`/api/v1/polls/${poll.id}/answers`).set(await anonymous(api)).send({ choices: [choice] }).expect(201);
    }
    // The chair's console hears the running counts; the room hears only how many answered.
    await eventually(() => chairPrivate.some((message) => message.poll.results?.counts.join() === '3,1,1'), 'the chair’s running results');
    await eventually(() => room.some((message) => message.type === 'poll.results' && message.poll.responses === 5), 'the room’s response count');
    expect(roomPrivate).toEqual([]);
    expect(room.every((message) => message.poll.results === null)).toBe(true);
    expect(room.some((message) => message.poll.id === draft.id)).toBe(false);
    const list = await request(api.url).get(`/api/v1/sessions/${qa.sessionId}/polls`).set(watcherHeaders).expect(200);
    expect(list.body.polls.map((item: { id: string }) => item.id)).toEqual([poll.id]);
    expect(list.body.polls[0]).toMatchObject({ responses: 5, results: null, resultsShown: false });

    await request(api.url).post(`/api/v1/polls/${poll.id}/close`).set(bearer(qa.chairToken)).expect(200);
    const hiddenCatchUp = await request(api.url).get(`/api/v1/sessions/${qa.sessionId}/polls?since=0`).set(watcherHeaders).expect(200);
    expect(hiddenCatchUp.body.changes.length).toBeGreaterThanOrEqual(3);
    expect(JSON.stringify(hiddenCatchUp.body)).not.toContain('"counts"');

    await request(api.url).post(`/api/v1/polls/${poll.id}/reveal`).set(bearer(qa.chairToken)).expect(200);
    await eventually(() => room.some((message) => message.type === 'poll.revealed'), 'the reveal');
    expect(room.find((message) => message.type === 'poll.revealed')?.poll.results?.counts).toEqual([3, 1, 1]);
    const seqs = room.map((message) => message.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    const catchUp = await request(api.url).get(`/api/v1/sessions/${qa.sessionId}/polls?since=0`).set(watcherHeaders).expect(200);
    expect(catchUp.body.changes.map((change: { seq: number }) => change.seq)).toEqual(catchUp.body.changes.map((_c: unknown, index: number) => index + 1));
    const beforeReveal = catchUp.body.changes.filter((change: { type: string }) => change.type !== 'poll.revealed');
    expect(beforeReveal.every((change: PollMessage) => change.poll.results === null)).toBe(true);
    expect(catchUp.body.changes.at(-1)).toMatchObject({ type: 'poll.revealed', poll: { results: { counts: [3, 1, 1] } } });

    // Hidden again: the room's later changes carry no results.
    await request(api.url).post(`/api/v1/polls/${poll.id}/conceal`).set(bearer(qa.chairToken)).expect(200);
    const after = await request(api.url).get(`/api/v1/sessions/${qa.sessionId}/polls?since=${catchUp.body.lastSeq}`).set(watcherHeaders).expect(200);
    expect(after.body.changes).toEqual([expect.objectContaining({ type: 'poll.concealed', poll: expect.objectContaining({ results: null }) })]);
    const replayed = await request(api.url).get(`/api/v1/sessions/${qa.sessionId}/polls?since=0`).set(watcherHeaders).expect(200);
    expect(JSON.stringify(replayed.body)).not.toContain('"counts"');
  });

  it('shows live results to the room as answers come in when the chair chose so, and keeps the audit trail', async () => {
    const qa = await makeQaSession(api);
    const watcher = await connect();
    await joinSession(watcher, qa.sessionId);
    const room = collect<PollMessage>(watcher, 'polls');
    const poll = await makePoll(api, qa, { ...singleChoice, showResults: true });
    await request(api.url).post(`/api/v1/polls/${poll.id}/answers`).set(await anonymous(api)).send({ choices: [1] }).expect(201);
    await eventually(() => room.some((message) => message.poll.results?.counts.join() === '0,1,0'), 'the live results');
    await request(api.url).post(`/api/v1/polls/${poll.id}/close`).set(bearer(qa.chairToken)).expect(200);
    const audit = await request(api.url).get(`/api/v1/sessions/${qa.sessionId}/polls/audit`).set(bearer(qa.chairToken)).expect(200);
    expect(audit.body.items.map((item: { action: string }) => item.action)).toEqual(['close', 'open', 'create']);
    expect(audit.body.items[0].detail).toMatchObject({ respondents: 1, counts: [0, 1, 0] });
    await request(api.url).get(`/api/v1/sessions/${qa.sessionId}/polls/audit`).set(await anonymous(api)).expect(403);
    const csv = await request(api.url).get(`/api/v1/sessions/${qa.sessionId}/polls.csv`).set(bearer(qa.chairToken)).expect(200);
    expect(csv.text).toContain('Energy,1,100');
  });
});
