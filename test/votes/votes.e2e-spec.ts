import request from 'supertest';
import { DataSource } from 'typeorm';
import { bearer, makePerson, tokenFor } from '../identity/identity-fixtures';
import { anonymous } from '../qa/qa-fixtures';
import { collect, eventually, joinSession, liveSpec } from '../support/live';
import { Committee, Member, ballot, checkIn, makeCommittee, makeMember, makeMotion } from './votes-fixtures';

describe('Formal votes: eligibility, quorum, secret ballots and the decision', () => {
  const { api, connect } = liveSpec();

  async function committeeOfSix(): Promise<{ committee: Committee; members: Member[]; officer: Member; proxy: Member }> {
    const committee = await makeCommittee(api);
    await request(api.url).put(`/api/v1/events/${committee.eventId}/voting`).set(bearer(committee.organiserToken)).send({ quorum: 4 }).expect(200);
    const members: Member[] = [];
    for (const name of ['Cllr Ada', 'Cllr Ben', 'Cllr Cat', 'Cllr Dev', 'Cllr Eve', 'Cllr Fox']) members.push(await makeMember(api, committee, name));
    const officer = await makeMember(api, committee, 'Network Officer', false);
    const proxyPerson = await makePerson(api, { name: 'Deputy Gwen' });
    const proxy = { person: proxyPerson, token: await tokenFor(api, proxyPerson) };
    // Eve sends her deputy; Fox neither comes nor sends anyone.
    await request(api.url).put(`/api/v1/events/${committee.eventId}/voting/proxies/${members[4].person.id}`).set(bearer(committee.organiserToken)).send({ proxyPersonId: proxyPerson.id }).expect(200);
    return { committee, members, officer, proxy };
  }

  it('opens a vote only when quorate, and takes one ballot from each eligible member present or their proxy', async () => {
    const { committee, members, officer, proxy } = await committeeOfSix();
    const [ada, ben, cat, dev, eve, fox] = members;
    for (const member of [ada, ben, cat, officer, proxy]) await checkIn(api, committee, member.person);
    const motion = await makeMotion(api, committee);

    let console = await request(api.url).get(`/api/v1/sessions/${committee.sessionId}/motions/console`).set(bearer(committee.chairToken)).expect(200);
    expect(console.body.quorum).toMatchObject({ hasList: true, scope: 'series', members: 6, present: 3, quorum: 4, quorate: false });
    const refused = await request(api.url).post(`/api/v1/motions/${motion.id}/open`).set(bearer(committee.chairToken)).expect(409);
    expect(refused.body).toMatchObject({ code: 'not_quorate', message: expect.stringContaining('3 voting members present, 4 needed') });
    await ballot(api, motion.id, ada, { choice: 'for' }).expect(404);

    await checkIn(api, committee, dev.person);
    console = await request(api.url).get(`/api/v1/sessions/${committee.sessionId}/motions/console`).set(bearer(committee.chairToken)).expect(200);
    expect(console.body.quorum).toMatchObject({ present: 4, quorate: true });
    await request(api.url).post(`/api/v1/motions/${motion.id}/open`).set(await anonymous(api)).expect(403);
    const opened = await request(api.url).post(`/api/v1/motions/${motion.id}/open`).set(bearer(committee.chairToken)).expect(200);
    expect(opened.body).toMatchObject({ status: 'open', membersCount: 6, presentCount: 4, quorum: 4, result: null });

    await ballot(api, motion.id, ada, { choice: 'for' }).expect(201);
    const twice = await ballot(api, motion.id, ada, { choice: 'against' }).expect(409);
    expect(twice.body.code).toBe('already_voted');
    expect((await ballot(api, motion.id, officer, { choice: 'for' }).expect(403)).body.code).toBe('not_eligible');
    expect((await ballot(api, motion.id, fox, { choice: 'for' }).expect(403)).body.code).toBe('not_present');
    expect((await ballot(api, motion.id, proxy, { choice: 'for' }).expect(403)).body.code).toBe('not_eligible');
    expect((await ballot(api, motion.id, proxy, { choice: 'for', onBehalfOf: ben.person.id }).expect(403)).body.code).toBe('not_eligible');
    expect((await ballot(api, motion.id, ada, { choice: 'for', onBehalfOf: eve.person.id }).expect(403)).body.code).toBe('not_eligible');
    const stranger = { token: await tokenFor(api, await makePerson(api)) };
    await ballot(api, motion.id, stranger, { choice: 'for' }).expect(403);
    await request(api.url).post(`/api/v1/motions/${motion.id}/ballots`).set(await anonymous(api)).send({ choice: 'for' }).expect(401);
    await ballot(api, motion.id, ben, { choice: 'maybe' }).expect(400);
    await ballot(api, motion.id, ben, { choice: 'for', extra: 1 }).expect(400);

    // Eve's deputy votes for her, once; Ben, Cat and Dev at once.
    const list = await request(api.url).get(`/api/v1/sessions/${committee.sessionId}/motions`).set(bearer(proxy.token)).expect(200);
    expect(list.body.mine.rights).toEqual([{ memberPersonId: eve.person.id, name: 'Cllr Eve', asProxy: true }]);
    await ballot(api, motion.id, proxy, { choice: 'against', onBehalfOf: eve.person.id }).expect(201);
    await ballot(api, motion.id, proxy, { choice: 'for', onBehalfOf: eve.person.id }).expect(409);
    const together = await Promise.all([ballot(api, motion.id, ben, { choice: 'for' }), ballot(api, motion.id, cat, { choice: 'abstain' }), ballot(api, motion.id, dev, { choice: 'for' }), ballot(api, motion.id, dev, { choice: 'for' })]);
    expect(together.map((response) => response.status).sort()).toEqual([201, 201, 201, 409]);

    const closed = await request(api.url).post(`/api/v1/motions/${motion.id}/close`).set(bearer(committee.chairToken)).expect(200);
    expect(closed.body.result).toMatchObject({ for: 3, against: 1, abstentions: 1, carried: true });
    expect(closed.body.result.decision).toBe(
      'RESOLVED: that the network adopts the 2027 work programme. For 3, Against 1, Abstentions 1. For: Cllr Ada, Cllr Ben, Cllr Dev. Against: Cllr Eve. Abstained: Cllr Cat. The meeting was quorate (4 of 6 voting members present; quorum 4).',
    );
    await ballot(api, motion.id, fox, { choice: 'for' }).expect(409);
    await request(api.url).post(`/api/v1/motions/${motion.id}/close`).set(bearer(committee.chairToken)).expect(409);
    const audit = await request(api.url).get(`/api/v1/sessions/${committee.sessionId}/motions/audit`).set(bearer(committee.chairToken)).expect(200);
    expect(audit.body.items.map((item: { action: string }) => item.action)).toEqual(['close', 'open', 'create']);
    expect(audit.body.items[0].detail).toMatchObject({ for: 3, against: 1, abstentions: 1, ballotsCast: 5, carried: true });
  });

  it('keeps a secret ballot unlinkable: who voted is stored apart from how, with no time, order or id joining them', async () => {
    const { committee, members, proxy } = await committeeOfSix();
    for (const member of [...members.slice(0, 4), proxy]) await checkIn(api, committee, member.person);
    const watcher = await connect();
    await joinSession(watcher, committee.sessionId);
    const room = collect<{ type: string; motion: { result: unknown; ballotsCast: number } }>(watcher, 'votes');
    const motion = await makeMotion(api, committee, { text: 'that the honorarium is not increased', ballot: 'secret', majority: 'two_thirds_voting' });
    await request(api.url).post(`/api/v1/motions/${motion.id}/open`).set(bearer(committee.chairToken)).expect(200);
    // Cast in the reverse order of the members' ids: the order a reseal would keep on disk must not be the voting's.
    const choices = ['for', 'against', 'for', 'abstain', 'for'];
    const casts = members.slice(0, 5).map((member, index) => ({ member, choice: choices[index] }));
    casts.sort((a, b) => (a.member.person.id < b.member.person.id ? 1 : -1));
    for (const { member, choice } of casts) {
      if (member === members[4]) await ballot(api, motion.id, proxy, { choice, onBehalfOf: member.person.id }).expect(201);
      else await ballot(api, motion.id, member, { choice }).expect(201);
    }

    const db = api.app.get(DataSource);
    // While the vote is open, each voter's row carries its own transaction id, the one that raised the counts.
    const whileOpen: Array<{ xmin: string }> = await db.query(`SELECT xmin::text AS xmin FROM motion_voters WHERE motion_id = $1`, [motion.id]);
    expect(new Set(whileOpen.map((row) => row.xmin)).size).toBe(5);
    const columns: Array<{ column_name: string; data_type: string; column_default: string | null }> = await db.query(
      `SELECT column_name, data_type, column_default FROM information_schema.columns WHERE table_name = 'motion_voters' ORDER BY ordinal_position`,
    );
    expect(columns.map((column) => column.column_name)).toEqual(['motion_id', 'member_person_id', 'cast_by_person_id', 'choice']);
    expect(columns.some((column) => /time|date|serial|int/.test(column.data_type) || /nextval|now|random/.test(column.column_default ?? ''))).toBe(false);
    const voters: Array<{ choice: string | null }> = await db.query(`SELECT choice FROM motion_voters WHERE motion_id = $1`, [motion.id]);
    expect(voters).toHaveLength(5);
    expect(voters.every((voter) => voter.choice === null)).toBe(true);
    // Nothing else holds a ballot: no audit row per ballot, no choice in the live log.
    const audit: Array<{ action: string }> = await db.query(`SELECT action FROM motion_actions WHERE motion_id = $1`, [motion.id]);
    expect(audit.map((row) => row.action).sort()).toEqual(['create', 'open']);
    const logged: Array<{ data: string }> = await db.query(`SELECT data::text AS data FROM live_changes WHERE session_id = $1 AND stream = 'votes'`, [committee.sessionId]);
    for (const row of logged) {
      for (const member of members) expect(row.data).not.toContain(member.person.id);
      expect(row.data).not.toMatch(/"(for|against|abstain)"/);
    }
    await eventually(() => room.filter((message) => message.type === 'motion.ballot').length === 5, 'five ballots announced');
    expect(room.every((message) => message.motion.result === null)).toBe(true);

    await request(api.url).post(`/api/v1/motions/${motion.id}/close`).set(bearer(committee.chairToken)).expect(200);
    await eventually(() => room.some((message) => message.type === 'motion.closed'), 'the result announced');
    const announced = room.find((message) => message.type === 'motion.closed')!.motion as { result: { carried: boolean; decision: string } };
    expect(announced.result).toMatchObject({ carried: true });
    expect(announced.result.decision).toBe(
      'RESOLVED: that the honorarium is not increased (a two-thirds majority of those voting being required). For 3, Against 1, Abstentions 1. By secret ballot. The meeting was quorate (4 of 6 voting members present; quorum 4).',
    );
    for (const member of members) expect(announced.result.decision).not.toContain(member.person.name);
    const [row] = await db.query(`SELECT votes_for, votes_against, abstentions FROM motions WHERE id = $1`, [motion.id]);
    expect(row).toEqual({ votes_for: 3, votes_against: 1, abstentions: 1 });

    // At rest after the close: one transaction id for every voter and the counts, the ids' order on disk, no times.
    const [counted] = await db.query(`SELECT xmin::text AS xmin FROM motions WHERE id = $1`, [motion.id]);
    const resealed: Array<{ xmin: string; ctid: string; member: string; choice: string | null }> = await db.query(
      `SELECT xmin::text AS xmin, ctid::text AS ctid, member_person_id AS member, choice FROM motion_voters WHERE motion_id = $1 ORDER BY ctid`,
      [motion.id],
    );
    expect(resealed).toHaveLength(5);
    expect(resealed.every((voter) => voter.choice === null)).toBe(true);
    expect(new Set(resealed.map((voter) => voter.xmin))).toEqual(new Set([counted.xmin]));
    expect(whileOpen.some((row) => row.xmin === counted.xmin)).toBe(false);
    const byId = resealed.map((voter) => voter.member).sort();
    expect(resealed.map((voter) => voter.member)).toEqual(byId);
    expect(casts.map((cast) => cast.member.person.id)).toEqual([...byId].reverse());
    const timestamps: Array<{ table_name: string; column_name: string }> = await db.query(
      `SELECT table_name, column_name FROM information_schema.columns
        WHERE table_name IN ('motion_voters', 'motions') AND data_type LIKE 'timestamp%' ORDER BY table_name, column_name`,
    );
    expect(timestamps).toEqual([
      { table_name: 'motions', column_name: 'closed_at' },
      { table_name: 'motions', column_name: 'created_at' },
      { table_name: 'motions', column_name: 'opened_at' },
    ]);
  });

  it('refuses a proxy whose member came in person, and keeps lists to organisers', async () => {
    const { committee, members, proxy } = await committeeOfSix();
    for (const member of [...members.slice(0, 5), proxy]) await checkIn(api, committee, member.person);
    const motion = await makeMotion(api, committee);
    await request(api.url).post(`/api/v1/motions/${motion.id}/open`).set(bearer(committee.chairToken)).expect(200);
    expect((await ballot(api, motion.id, proxy, { choice: 'for', onBehalfOf: members[4].person.id }).expect(409)).body.code).toBe('member_present');
    await request(api.url).get(`/api/v1/events/${committee.eventId}/voting`).set(bearer(members[0].token)).expect(403);
    const list = await request(api.url).get(`/api/v1/events/${committee.eventId}/voting`).set(bearer(committee.organiserToken)).expect(200);
    expect(list.body.members.find((member: { name: string }) => member.name === 'Cllr Eve')).toMatchObject({ present: true, proxyName: 'Deputy Gwen', proxyPresent: true });
    await request(api.url).put(`/api/v1/events/${committee.eventId}/voting/proxies/${members[0].person.id}`).set(bearer(committee.organiserToken)).send({ proxyPersonId: members[0].person.id }).expect(400);
    await request(api.url).put(`/api/v1/events/${committee.eventId}/voting`).set(bearer(committee.organiserToken)).send({ quorum: 0 }).expect(400);
  });
});
