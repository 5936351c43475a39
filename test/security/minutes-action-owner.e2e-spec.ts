import type { MinutesView } from '@convene/minutes';
import { testConfig } from '@convene/testing';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { bearer, makeOrganisation, makePerson, signIn, unique } from '../identity/identity-fixtures';
import { draftMinutes, makeMeeting } from '../minutes/minutes-fixtures';
import { RunningApi, startApi } from '../support/api';
import { statementsDuring } from '../support/statements';

// Review 2026-12-03: a minute-taker who typed an address as an action's owner got back the
// holder's real name, organisation and person id when the address was known (and a new person
// with what they typed when it was not): typing addresses told them who holds each one. Now the
// answer shows what was typed, whoever holds the address, and both cases run the same statements;
// the action is still linked to the holder, who is mailed and sees it under My actions.
describe('Attack: learning who holds an address by typing it as an action’s owner', () => {
  let api: RunningApi;
  let db: DataSource;

  beforeAll(async () => {
    api = await startApi(await testConfig());
    db = api.app.get(DataSource);
  });

  afterAll(async () => {
    await api?.close();
  });

  it('answers a known address as it answers a new one, with what was typed, after the same work', async () => {
    const meeting = await makeMeeting(api, { day: 1 });
    const drafted: MinutesView = (await draftMinutes(api, meeting).expect(201)).body;
    const camden = await makeOrganisation(api, { name: unique('Camden Council') });
    const holder = await makePerson(api, { name: unique('Hilda Holder'), jobTitle: 'Head of Policy', organisationId: camden.id });
    const addAction = (email: string) =>
      request(api.url)
        .post(`/api/v1/minutes/${drafted.id}/actions`)
        .set(bearer(meeting.organiserToken))
        .send({ description: 'Report back on the pilot', owner: { name: 'Probe Name', email }, dueDate: '2027-07-01' })
        .expect(201);

    let known!: request.Response;
    let unknown!: request.Response;
    const knownWork = await statementsDuring(db, async () => (known = await addAction(holder.email!.toUpperCase())));
    const newAddress = `${unique('nobody')}@example.org`;
    const unknownWork = await statementsDuring(db, async () => (unknown = await addAction(newAddress)));

    const comparable = (body: Record<string, unknown>) => ({ ...body, id: 'id', createdAt: 'at', updatedAt: 'at' });
    expect(comparable(known.body)).toEqual(comparable(unknown.body));
    expect(known.body).toMatchObject({ ownerName: 'Probe Name', ownerPersonId: null, ownerOrganisationId: null });
    expect(Object.keys(known.headers).sort()).toEqual(Object.keys(unknown.headers).sort());
    expect(knownWork.length).toBeGreaterThan(3);
    expect(knownWork).toEqual(unknownWork);

    // Reading the minutes back tells nothing more.
    const read = JSON.stringify((await request(api.url).get(`/api/v1/minutes/${drafted.id}`).set(bearer(meeting.organiserToken)).expect(200)).body);
    for (const secret of [holder.id, holder.name, camden.name, 'Head of Policy']) expect(read).not.toContain(secret);

    // The holder's record is as it was, and the action is theirs: mailed once, under My actions.
    const [row] = await db.query(`SELECT name, organisation_id FROM people WHERE id = $1`, [holder.id]);
    expect(row).toEqual({ name: holder.name, organisation_id: camden.id });
    const mailed = await db.query(`SELECT recipient FROM outbox_messages WHERE kind = 'action-assigned' AND recipient = ANY($1::text[]) ORDER BY recipient`, [
      [holder.email, newAddress],
    ]);
    expect(mailed.map((mail: { recipient: string }) => mail.recipient).sort()).toEqual([holder.email, newAddress].sort());
    const mine = await request(api.url).get('/api/v1/me/actions').set('Cookie', await signIn(api, holder.email!)).expect(200);
    expect(mine.body.map((action: { id: string }) => action.id)).toEqual([known.body.id]);
    const theirs = await request(api.url).get('/api/v1/me/actions').set('Cookie', await signIn(api, newAddress)).expect(200);
    expect(theirs.body.map((action: { id: string }) => action.id)).toEqual([unknown.body.id]);
  });
});
