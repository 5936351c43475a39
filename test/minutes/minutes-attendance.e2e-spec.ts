import type { MinutesView } from '@convene/minutes';
import { testConfig } from '@convene/testing';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { bearer, makeOrganisation, makePerson, signIn, tokenFor, unique } from '../identity/identity-fixtures';
import { RunningApi, startApi } from '../support/api';
import { attend, draftMinutes, makeMeeting, sendApologies } from './minutes-fixtures';

// A meeting nobody checked in to: Present recorded by hand, the draft read and corrected by a
// delegate without an account through the circulation mail's link, honest counts of who was mailed.
describe('Minutes when nobody checked in', () => {
  let api: RunningApi;
  let day = 1;

  beforeAll(async () => {
    api = await startApi(await testConfig());
  });

  afterAll(async () => {
    await api?.close();
  });

  const db = () => api.app.get(DataSource);
  const keyMailedTo = async (minutesId: string, email: string) => {
    const [row] = await db().query(`SELECT template_data->>'link' AS link FROM outbox_messages WHERE kind = 'minutes-circulated' AND dedupe_key = $1`, [
      `minutes-circulated:${minutesId}:${email.toLowerCase()}`,
    ]);
    return new URL(row.link).searchParams.get('key') as string;
  };

  it('records Present by hand from the registrations, mails the draft with a private link, and takes a correction through it', async () => {
    const meeting = await makeMeeting(api, { day: day++ });
    const surname = unique('Okonkwo');
    const email = await attend(api, meeting, { name: `Ada ${surname}`, organisationName: 'Hackney Council', category: 'delegate', checkIn: false });
    const drafted: MinutesView = (await draftMinutes(api, meeting).expect(201)).body;
    expect(drafted.content.present).toEqual([]);

    // Nobody present yet: circulating mails nobody, and says so.
    const none = await request(api.url).post(`/api/v1/minutes/${drafted.id}/circulate`).set(bearer(meeting.organiserToken)).expect(200);
    expect(none.body).toMatchObject({ mailed: 0, recipients: 0 });

    const found = await request(api.url).get(`/api/v1/minutes/${drafted.id}/attendance-candidates?q=${surname}`).set(bearer(meeting.organiserToken)).expect(200);
    expect(found.body.items).toEqual([expect.objectContaining({ name: `Ada ${surname}`, organisation: 'Hackney Council', category: 'delegate', registrationId: expect.any(String) })]);
    // People of the network match too, by their name or their organisation's, after the registrations.
    const islington = await makeOrganisation(api, { name: unique('Islington Council') });
    const member = await makePerson(api, { name: `Bea ${surname}`, jobTitle: 'Clerk', organisationId: islington.id });
    const byName = await request(api.url).get(`/api/v1/minutes/${drafted.id}/attendance-candidates?q=${surname}`).set(bearer(meeting.organiserToken)).expect(200);
    expect(byName.body.items.map((item: { name: string }) => item.name)).toEqual([`Ada ${surname}`, `Bea ${surname}`]);
    expect(byName.body.items[1]).toEqual({ registrationId: null, personId: member.id, name: `Bea ${surname}`, jobTitle: 'Clerk', organisation: islington.name, category: null });
    const byOrganisation = await request(api.url).get(`/api/v1/minutes/${drafted.id}/attendance-candidates?q=${encodeURIComponent(islington.name)}`).set(bearer(meeting.organiserToken)).expect(200);
    expect(byOrganisation.body.items).toEqual([expect.objectContaining({ personId: member.id, registrationId: null })]);
    const content = structuredClone(drafted.content);
    content.present = [
      {
        category: 'delegate',
        label: 'Delegates',
        people: [
          { name: `Ada ${surname}`, affiliation: 'Hackney Council', registrationId: found.body.items[0].registrationId },
          { name: 'Typed Person', affiliation: 'Somewhere Council' },
        ],
      },
    ];
    const saved = await request(api.url).put(`/api/v1/minutes/${drafted.id}`).set(bearer(meeting.organiserToken)).send({ version: none.body.version, content }).expect(200);

    const circulated = await request(api.url).post(`/api/v1/minutes/${drafted.id}/circulate`).set(bearer(meeting.organiserToken)).expect(200);
    expect(circulated.body).toMatchObject({ mailed: 1, recipients: 1 });
    const again = await request(api.url).post(`/api/v1/minutes/${drafted.id}/circulate`).set(bearer(meeting.organiserToken)).expect(200);
    expect(again.body).toMatchObject({ mailed: 0, recipients: 1 });

    const key = await keyMailedTo(drafted.id, email);
    const read = await request(api.url).get(`/api/v1/minutes/${drafted.id}?key=${encodeURIComponent(key)}`).expect(200);
    expect(read.body).toMatchObject({ status: 'draft', canEdit: false, readerName: `Ada ${surname}` });
    expect(read.body.content.present[0].people).toEqual([
      { name: `Ada ${surname}`, affiliation: 'Hackney Council' },
      { name: 'Typed Person', affiliation: 'Somewhere Council' },
    ]);
    await request(api.url).get(`/api/v1/minutes/${drafted.id}?key=forged`).expect(404);
    await request(api.url).get(`/api/v1/minutes/${drafted.id}`).expect(404);

    const item = saved.body.content.items[0].key;
    await request(api.url).post(`/api/v1/minutes/${drafted.id}/comments`).send({ itemKey: item, body: 'No key' }).expect(401);
    await request(api.url).post(`/api/v1/minutes/${drafted.id}/comments?key=forged`).send({ itemKey: item, body: 'Forged' }).expect(404);
    const comment = await request(api.url)
      .post(`/api/v1/minutes/${drafted.id}/comments?key=${encodeURIComponent(key)}`)
      .send({ itemKey: item, body: 'I spoke too', replacement: 'Ada spoke on behalf of Hackney.' })
      .expect(201);
    expect(comment.body).toMatchObject({ authorId: null, authorName: `Ada ${surname}` });
    const mine = await request(api.url).get(`/api/v1/minutes/${drafted.id}/comments?key=${encodeURIComponent(key)}`).expect(200);
    expect(mine.body.map((c: { id: string }) => c.id)).toEqual([comment.body.id]);
    await request(api.url).post(`/api/v1/minutes/${drafted.id}/comments/${comment.body.id}/accept`).set(bearer(meeting.organiserToken)).expect(200);

    await sendApologies(api, meeting, { name: 'Away Person' });
    await request(api.url).post(`/api/v1/minutes/${drafted.id}/approve`).set(bearer(meeting.organiserToken)).expect(200);
    const published = await request(api.url).post(`/api/v1/minutes/${drafted.id}/publish`).set(bearer(meeting.organiserToken)).expect(200);
    expect(published.body).toMatchObject({ status: 'published', mailed: 2, recipients: 2 });

    // Publication ends the link's part: corrections close; the public reads the published minutes without refs.
    await request(api.url).post(`/api/v1/minutes/${drafted.id}/comments?key=${encodeURIComponent(key)}`).send({ itemKey: item, body: 'Late' }).expect(409);
    const open = await request(api.url).get(`/api/v1/minutes/${drafted.id}`).expect(200);
    expect(open.body.content.items[0].body).toBe('Ada spoke on behalf of Hackney.');
    expect(open.body.content.present[0].people[0]).toEqual({ name: `Ada ${surname}`, affiliation: 'Hackney Council' });
  });

  it('ends the link with publication when the minutes are for members only', async () => {
    const meeting = await makeMeeting(api, { day: day++, visibility: 'members' });
    const email = `${unique('member')}@example.org`;
    const person = await makePerson(api, { name: 'Member Person', email });
    const drafted: MinutesView = (await draftMinutes(api, meeting).expect(201)).body;
    const content = structuredClone(drafted.content);
    content.present = [{ category: 'delegate', label: 'Delegates', people: [{ name: 'Member Person', affiliation: null, personId: person.id }] }];
    await request(api.url).put(`/api/v1/minutes/${drafted.id}`).set(bearer(meeting.organiserToken)).send({ version: 1, content }).expect(200);
    await request(api.url).post(`/api/v1/minutes/${drafted.id}/circulate`).set(bearer(meeting.organiserToken)).expect(200);
    const key = await keyMailedTo(drafted.id, email);
    await request(api.url).get(`/api/v1/minutes/${drafted.id}?key=${encodeURIComponent(key)}`).expect(200);
    // The person recorded by hand, signed in, reads it too.
    await request(api.url).get(`/api/v1/minutes/${drafted.id}`).set(bearer(await tokenFor(api, person))).expect(200);
    await request(api.url).post(`/api/v1/minutes/${drafted.id}/approve`).set(bearer(meeting.organiserToken)).expect(200);
    const published = await request(api.url).post(`/api/v1/minutes/${drafted.id}/publish`).set(bearer(meeting.organiserToken)).expect(200);
    expect(published.body).toMatchObject({ mailed: 1, recipients: 1 });
    await request(api.url).get(`/api/v1/minutes/${drafted.id}?key=${encodeURIComponent(key)}`).expect(404);
    // The publication mail's link (no key) opens the minutes for the person it went to, signed in;
    // another member of the network, not at the meeting, still finds nothing.
    await request(api.url).get(`/api/v1/minutes/${drafted.id}`).set(bearer(await tokenFor(api, person))).expect(200);
    const stranger = await makePerson(api, { name: 'Not There', email: `${unique('stranger')}@example.org` });
    await request(api.url).get(`/api/v1/minutes/${drafted.id}`).set(bearer(await tokenFor(api, stranger))).expect(404);
  });

  it('gives an action to someone typed by name and address, who is mailed and sees it under My actions', async () => {
    const meeting = await makeMeeting(api, { day: day++ });
    const drafted: MinutesView = (await draftMinutes(api, meeting).expect(201)).body;
    const email = `${unique('owner')}@example.org`;
    const action = await request(api.url)
      .post(`/api/v1/minutes/${drafted.id}/actions`)
      .set(bearer(meeting.organiserToken))
      .send({ description: 'Circulate the housing report', owner: { name: 'Owen Owner', email }, dueDate: '2027-07-01' })
      .expect(201);
    // What was typed, never whose address it is (test/security/minutes-action-owner.e2e-spec.ts).
    expect(action.body).toMatchObject({ ownerName: 'Owen Owner', ownerPersonId: null });
    const [mail] = await db().query(`SELECT recipient, template_data FROM outbox_messages WHERE kind = 'action-assigned' AND recipient = $1`, [email]);
    expect(mail.template_data).toMatchObject({ description: 'Circulate the housing report', dueDate: '2027-07-01' });
    const cookie = await signIn(api, email);
    const mine = await request(api.url).get('/api/v1/me/actions').set('Cookie', cookie).expect(200);
    expect(mine.body.map((item: { id: string }) => item.id)).toEqual([action.body.id]);
    await request(api.url)
      .post(`/api/v1/minutes/${drafted.id}/actions`)
      .set(bearer(meeting.organiserToken))
      .send({ description: 'Bad owner', owner: { name: 'No Address', email: 'nope' } })
      .expect(400);
  });
});
