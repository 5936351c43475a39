import { testConfig } from '@convene/testing';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { bearer, makeAdmin, tokenFor, unique } from '../identity/identity-fixtures';
import { RunningApi, startApi } from '../support/api';
import { ballot, checkIn, makeCommittee, makeMember, makeMotion } from './votes-fixtures';

describe("Votes in a person's export and erasure", () => {
  let api: RunningApi;
  let db: DataSource;

  beforeAll(async () => {
    api = await startApi(await testConfig());
    db = api.app.get(DataSource);
  });

  afterAll(async () => {
    await api?.close();
  });

  it('exports their named votes (and only that they voted in secret); erasure keeps every count but not the link to them', async () => {
    const surname = unique('Quill');
    const committee = await makeCommittee(api);
    await request(api.url).put(`/api/v1/events/${committee.eventId}/voting`).set(bearer(committee.organiserToken)).send({ quorum: 2 }).expect(200);
    const erin = await makeMember(api, committee, `Cllr Erin ${surname}`);
    const ben = await makeMember(api, committee, 'Cllr Ben');
    for (const member of [erin, ben]) await checkIn(api, committee, member.person);

    const named = await makeMotion(api, committee, { text: 'that the network adopts the 2027 work programme' });
    const secret = await makeMotion(api, committee, { text: 'that the honorarium is not increased', ballot: 'secret' });
    for (const motion of [named, secret]) await request(api.url).post(`/api/v1/motions/${motion.id}/open`).set(bearer(committee.chairToken)).expect(200);
    await ballot(api, named.id, erin, { choice: 'for' }).expect(201);
    await ballot(api, named.id, ben, { choice: 'for' }).expect(201);
    await ballot(api, secret.id, erin, { choice: 'against' }).expect(201);
    await ballot(api, secret.id, ben, { choice: 'for' }).expect(201);
    for (const motion of [named, secret]) await request(api.url).post(`/api/v1/motions/${motion.id}/close`).set(bearer(committee.chairToken)).expect(200);
    const [decided] = await db.query(`SELECT decision FROM motions WHERE id = $1`, [named.id]);
    expect(decided.decision).toContain(`For: Cllr Ben, Cllr Erin ${surname}.`);

    const exported = (await request(api.url).get('/api/v1/me/export').set(bearer(erin.token)).expect(200)).body;
    expect(exported.votes.ballots).toEqual([
      expect.objectContaining({ motionId: named.id, sessionId: committee.sessionId, sessionTitle: '4. Work programme 2027', motion: 'that the network adopts the 2027 work programme', ballot: 'named', choice: 'for', ownVote: true, asProxyFor: null, carried: true }),
      expect.objectContaining({ motionId: secret.id, sessionId: committee.sessionId, sessionTitle: '4. Work programme 2027', ballot: 'secret', choice: null, ownVote: true }),
    ]);
    expect(exported.votes.memberships).toEqual([expect.objectContaining({ series: committee.series, voting: true })]);

    const counts = `SELECT id, votes_for, votes_against, abstentions, (SELECT count(*)::int FROM motion_voters v WHERE v.motion_id = m.id) AS ballots FROM motions m WHERE id = ANY($1::uuid[]) ORDER BY id`;
    const before = await db.query(counts, [[named.id, secret.id]]);
    const replay = async () => (await request(api.url).get(`/api/v1/sessions/${committee.sessionId}/motions?since=0`).set(bearer(committee.chairToken)).expect(200)).body;
    const replayedBefore = await replay();
    const admin = bearer(await tokenFor(api, await makeAdmin(api)));
    await request(api.url).delete(`/api/v1/admin/people/${erin.person.id}`).set(admin).expect(204);

    expect(await db.query(counts, [[named.id, secret.id]])).toEqual(before);
    const linked = await db.query(`SELECT motion_id FROM motion_voters WHERE member_person_id = $1 OR cast_by_person_id = $1`, [erin.person.id]);
    expect(linked).toEqual([]);
    const [still] = await db.query(`SELECT choice FROM motion_voters WHERE motion_id = $1 AND member_person_id = $2`, [named.id, ben.person.id]);
    expect(still.choice).toBe('for');
    const [after] = await db.query(`SELECT decision FROM motions WHERE id = $1`, [named.id]);
    expect(after.decision).toContain('For: Cllr Ben, Former participant.');
    expect(after.decision).toContain('For 2, Against 0, Abstentions 0.');
    const announced: Array<{ data: string }> = await db.query(`SELECT data::text AS data FROM live_changes WHERE session_id = $1 AND stream = 'votes'`, [committee.sessionId]);
    expect(announced.some((row) => row.data.includes('Former participant'))).toBe(true);
    expect(announced.some((row) => row.data.includes(surname))).toBe(false);
    // The replay is the same change for change, but for their name in the decisions announced.
    const erasedName = (motion: { result: { decision: string } | null }) =>
      motion.result ? { ...motion, result: { ...motion.result, decision: motion.result.decision.replaceAll(`Cllr Erin ${surname}`, 'Former participant') } } : motion;
    expect(replayedBefore.changes.filter((change: { motion: { result: unknown } }) => change.motion.result !== null)).toHaveLength(2);
    expect(await replay()).toEqual({ ...replayedBefore, changes: replayedBefore.changes.map((change: { motion: { result: { decision: string } | null } }) => ({ ...change, motion: erasedName(change.motion) })) });
    const [lists] = await db.query(`SELECT count(*)::int AS n FROM voting_members WHERE person_id = $1`, [erin.person.id]);
    expect(lists.n).toBe(0);
  });
});
