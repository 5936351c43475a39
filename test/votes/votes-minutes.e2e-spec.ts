import { testConfig } from '@convene/testing';
import request from 'supertest';
import { bearer, makePerson, tokenFor } from '../identity/identity-fixtures';
import { anonymous } from '../qa/qa-fixtures';
import { RunningApi, startApi } from '../support/api';
import { ballot, checkIn, makeCommittee, makeMember, makeMotion } from './votes-fixtures';

describe('Polls and votes in the record: the minutes draft, the CSV of results, the OParl export', () => {
  let api: RunningApi;

  beforeAll(async () => {
    api = await startApi(await testConfig());
  });

  afterAll(async () => {
    await api?.close();
  });

  it("drafts each vote's decision and each closed poll's results into the item; the CSV has the results and OParl the decision", async () => {
    const committee = await makeCommittee(api);
    await request(api.url).put(`/api/v1/events/${committee.eventId}/voting`).set(bearer(committee.organiserToken)).send({ quorum: 2 }).expect(200);
    const ada = await makeMember(api, committee, 'Cllr Ada');
    const ben = await makeMember(api, committee, 'Cllr Ben');
    const cat = await makeMember(api, committee, 'Cllr Cat');
    const deputy = await makePerson(api, { name: 'Deputy Dan' });
    await request(api.url).put(`/api/v1/events/${committee.eventId}/voting/proxies/${cat.person.id}`).set(bearer(committee.organiserToken)).send({ proxyPersonId: deputy.id }).expect(200);
    for (const person of [ada.person, ben.person, deputy]) await checkIn(api, committee, person);

    const motion = await makeMotion(api, committee, { text: 'that the network adopts the 2027 work programme' });
    await request(api.url).post(`/api/v1/motions/${motion.id}/open`).set(bearer(committee.chairToken)).expect(200);
    await ballot(api, motion.id, ada, { choice: 'for' }).expect(201);
    await ballot(api, motion.id, ben, { choice: 'against' }).expect(201);
    await ballot(api, motion.id, { token: await tokenFor(api, deputy) }, { choice: 'for', onBehalfOf: cat.person.id }).expect(201);
    await request(api.url).post(`/api/v1/motions/${motion.id}/close`).set(bearer(committee.chairToken)).expect(200);
    const unclosed = await makeMotion(api, committee, { text: 'that this stays a draft' });

    const poll = await request(api.url).post(`/api/v1/sessions/${committee.sessionId}/polls`).set(bearer(committee.chairToken)).send({ question: 'Meet online in summer?', kind: 'single', options: ['Yes', 'No'] }).expect(201);
    await request(api.url).post(`/api/v1/polls/${poll.body.id}/open`).set(bearer(committee.chairToken)).expect(200);
    for (const choice of [0, 0, 1]) await request(api.url).post(`/api/v1/polls/${poll.body.id}/answers`).set(await anonymous(api)).send({ choices: [choice] }).expect(201);
    await request(api.url).post(`/api/v1/polls/${poll.body.id}/close`).set(bearer(committee.chairToken)).expect(200);

    const minutes = await request(api.url).post(`/api/v1/events/${committee.eventId}/minutes`).set(bearer(committee.organiserToken)).send({}).expect(201);
    const item = minutes.body.content.items.find((entry: { sessionId: string }) => entry.sessionId === committee.sessionId);
    const decision =
      'RESOLVED: that the network adopts the 2027 work programme. For 2, Against 1, Abstentions 0. For: Cllr Ada, Cllr Cat. Against: Cllr Ben. Abstained: none. The meeting was quorate (2 of 3 voting members present; quorum 2).';
    expect(item.decisions).toEqual([decision]);
    expect(item.body).toContain('**Polls**\n\n- Meet online in summer? (3 answered)\n  Yes: 2 (67%); No: 1 (33%)');
    expect(JSON.stringify(minutes.body)).not.toContain('this stays a draft');
    expect(unclosed.id).toBeDefined();

    // The results as CSV for moderators: one row per motion put to the vote, never the draft.
    const csv = await request(api.url).get(`/api/v1/sessions/${committee.sessionId}/motions.csv`).set(bearer(committee.chairToken)).expect(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    const rows = csv.text.trim().split(/\r?\n/);
    expect(rows[0]).toBe('motion,majority,ballot,status,members,present,quorum,for,against,abstentions,carried,decision');
    expect(rows).toHaveLength(2);
    expect(rows[1]).toContain('that the network adopts the 2027 work programme,simple,named,closed,3,2,2,2,1,0,yes,');
    expect(rows[1]).toContain('RESOLVED: that the network adopts the 2027 work programme. For 2, Against 1, Abstentions 0.');
    await request(api.url).get(`/api/v1/sessions/${committee.sessionId}/motions.csv`).set(bearer(ada.token)).expect(403);

    const oparl = await request(api.url).get(`/api/v1/minutes/${minutes.body.id}/export/json`).set(bearer(committee.organiserToken)).expect(200);
    const agendaItem = oparl.body.agendaItem.find((entry: { name: string }) => entry.name === 'Work programme 2027');
    expect(agendaItem).toMatchObject({ result: 'decided', resolutionText: decision });
    const markdown = await request(api.url).get(`/api/v1/minutes/${minutes.body.id}/export/md`).set(bearer(committee.organiserToken)).expect(200);
    expect(markdown.text).toContain('RESOLVED: that the network adopts the 2027 work programme');
  });
});
