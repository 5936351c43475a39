import { NetworkRole } from '@convene/identity';
import type { MinutesView } from '@convene/minutes';
import { testConfig } from '@convene/testing';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { bearer, makeOrganisation, makePerson, tokenFor, unique } from '../identity/identity-fixtures';
import { RunningApi, startApi } from '../support/api';
import { attend, draftMinutes, makeMeeting } from './minutes-fixtures';

// Editing, approval and publication: who may do what, and nothing typed is lost.
describe('Minutes from draft to publication', () => {
  let api: RunningApi;
  let day = 1;

  beforeAll(async () => {
    api = await startApi(await testConfig());
  });

  afterAll(async () => {
    await api?.close();
  });

  const nextMeeting = (options: { series?: string; visibility?: string } = {}) => makeMeeting(api, { day: day++, ...options });
  const save = (minutes: MinutesView, token: string, change: (content: MinutesView['content']) => void, version = minutes.version, autosave = false) => {
    const content = structuredClone(minutes.content);
    change(content);
    return request(api.url).put(`/api/v1/minutes/${minutes.id}`).set(bearer(token)).send({ version, content, autosave });
  };

  it('refuses a save from a stale version with 409 and the current version, and keeps every save as a revision', async () => {
    const meeting = await nextMeeting();
    const drafted: MinutesView = (await draftMinutes(api, meeting).expect(201)).body;
    const first = await save(drafted, meeting.organiserToken, (content) => (content.items[0].body = 'Edited by the minute-taker')).expect(200);
    expect(first.body.version).toBe(2);

    // A second editor still on version 1 saves: refused, told the current version, and nothing overwritten.
    const stale = await save(drafted, meeting.organiserToken, (content) => (content.items[0].body = 'Edited from an old copy')).expect(409);
    expect(stale.body.code).toBe('minutes_version_conflict');
    expect(stale.body.currentVersion).toBe(2);
    expect(stale.body.current.items[0].body).toBe('Edited by the minute-taker');
    expect(stale.body.message).toMatch(/Someone else saved/);
    const current = await request(api.url).get(`/api/v1/minutes/${drafted.id}`).set(bearer(meeting.organiserToken)).expect(200);
    expect(current.body.version).toBe(2);
    expect(current.body.content.items[0].body).toBe('Edited by the minute-taker');

    const autosaved = await save(current.body, meeting.organiserToken, (content) => (content.items[1].decisions = ['Agreed to pilot two services']), 2, true).expect(200);
    expect(autosaved.body.version).toBe(3);

    // Bad input changes nothing.
    await request(api.url).put(`/api/v1/minutes/${drafted.id}`).set(bearer(meeting.organiserToken)).send({ version: 3, content: { title: '' } }).expect(400);
    const tooLong = await save(autosaved.body, meeting.organiserToken, (content) => (content.items[0].body = 'x'.repeat(50_001))).expect(400);
    expect(Object.keys(tooLong.body.details)).toContain('content.items.0.body');

    const revisions = await request(api.url).get(`/api/v1/minutes/${drafted.id}/revisions`).set(bearer(meeting.organiserToken)).expect(200);
    expect(revisions.body.map((revision: { version: number; reason: string; savedByName: string | null }) => [revision.version, revision.reason, revision.savedByName])).toEqual([
      [3, 'autosaved', 'Anne Nunn'],
      [2, 'saved', 'Anne Nunn'],
      [1, 'drafted', 'Anne Nunn'],
    ]);
    const diff = await request(api.url).get(`/api/v1/minutes/${drafted.id}/diff?from=1&to=3`).set(bearer(meeting.organiserToken)).expect(200);
    expect(diff.body.patch).toContain('+Edited by the minute-taker');
    expect(diff.body.patch).toContain(`-Chair: Councillor Steve Reed (${meeting.chairOrganisation})`);
    expect(diff.body.patch).toContain('+- Agreed to pilot two services');
    await request(api.url).get(`/api/v1/minutes/${drafted.id}/diff?from=1&to=99`).set(bearer(meeting.organiserToken)).expect(400);

    const restored = await request(api.url)
      .post(`/api/v1/minutes/${drafted.id}/revisions/1/restore`)
      .set(bearer(meeting.organiserToken))
      .send({ version: 3 })
      .expect(200);
    expect(restored.body.version).toBe(4);
    expect(restored.body.content).toEqual(drafted.content);
    await request(api.url).post(`/api/v1/minutes/${drafted.id}/revisions/2/restore`).set(bearer(meeting.organiserToken)).send({ version: 3 }).expect(409);
  });

  it('takes exactly one of several saves made at once from the same version', async () => {
    const meeting = await nextMeeting();
    const drafted: MinutesView = (await draftMinutes(api, meeting).expect(201)).body;
    const responses = await Promise.all(
      Array.from({ length: 6 }, (_, index) => save(drafted, meeting.organiserToken, (content) => (content.items[0].body = `Editor ${index}`))),
    );
    expect(responses.map((response) => response.status).sort()).toEqual([200, 409, 409, 409, 409, 409]);
    const winner = responses.find((response) => response.status === 200)!;
    const current = await request(api.url).get(`/api/v1/minutes/${drafted.id}`).set(bearer(meeting.organiserToken)).expect(200);
    expect(current.body.version).toBe(2);
    expect(current.body.content.items[0].body).toBe(winner.body.content.items[0].body);
    for (const refused of responses.filter((response) => response.status === 409)) expect(refused.body.currentVersion).toBe(2);
  });

  it('lets only the chair or an organiser approve, freezes approved minutes, and publishes only approved ones', async () => {
    const meeting = await nextMeeting();
    const drafted: MinutesView = (await draftMinutes(api, meeting).expect(201)).body;
    const delegate = await tokenFor(api, await makePerson(api, { name: 'A Delegate' }));

    const refused = await request(api.url).post(`/api/v1/minutes/${drafted.id}/approve`).set(bearer(delegate)).expect(403);
    expect(refused.body.message).toMatch(/chair or an organiser/);
    await save(drafted, delegate, (content) => (content.title = 'Hijacked')).expect(403);
    await request(api.url).get(`/api/v1/minutes/${drafted.id}`).expect(404);
    await request(api.url).get(`/api/v1/minutes/${drafted.id}`).set(bearer(delegate)).expect(404);

    const early = await request(api.url).post(`/api/v1/minutes/${drafted.id}/publish`).set(bearer(meeting.organiserToken)).expect(409);
    expect(early.body.message).toBe('Minutes must be approved before they are published');

    const approved = await request(api.url).post(`/api/v1/minutes/${drafted.id}/approve`).set(bearer(meeting.chairToken)).expect(200);
    expect(approved.body).toMatchObject({ status: 'approved', approvedBy: meeting.chair.id, approvedByName: 'Councillor Steve Reed', canEdit: false });
    expect(new Date(approved.body.approvedAt).getTime()).toBeGreaterThan(Date.now() - 60_000);

    const frozen = await save(approved.body, meeting.organiserToken, (content) => (content.title = 'Changed after approval')).expect(409);
    expect(frozen.body.message).toMatch(/approved and are frozen/);
    await request(api.url).post(`/api/v1/minutes/${drafted.id}/actions`).set(bearer(meeting.organiserToken)).send({ description: 'Late action' }).expect(409);
    await request(api.url).post(`/api/v1/minutes/${drafted.id}/approve`).set(bearer(meeting.organiserToken)).expect(409);
    await request(api.url).post(`/api/v1/minutes/${drafted.id}/publish`).set(bearer(delegate)).expect(403);

    const published = await request(api.url).post(`/api/v1/minutes/${drafted.id}/publish`).set(bearer(meeting.organiserToken)).expect(200);
    expect(published.body.status).toBe('published');
    expect(published.body.content.title).toBe(drafted.content.title);
    const anyone = await request(api.url).get(`/api/v1/minutes/${drafted.id}`).expect(200);
    expect(anyone.body.canEdit).toBe(false);
    const list = await request(api.url).get(`/api/v1/events/${meeting.id}/minutes`).expect(200);
    expect(list.body.map((minutes: MinutesView) => minutes.id)).toEqual([drafted.id]);
  });

  it("shows published minutes of a members-only event to members only, as the event's visibility", async () => {
    const meeting = await nextMeeting({ visibility: 'members' });
    const drafted: MinutesView = (await draftMinutes(api, meeting).expect(201)).body;
    await request(api.url).post(`/api/v1/minutes/${drafted.id}/approve`).set(bearer(meeting.organiserToken)).expect(200);
    await request(api.url).post(`/api/v1/minutes/${drafted.id}/publish`).set(bearer(meeting.organiserToken)).expect(200);

    await request(api.url).get(`/api/v1/minutes/${drafted.id}`).expect(404);
    await request(api.url).get(`/api/v1/minutes/${drafted.id}/export/pdf`).expect(404);
    const outsider = await tokenFor(api, await makePerson(api, { name: 'Not A Member' }));
    await request(api.url).get(`/api/v1/minutes/${drafted.id}`).set(bearer(outsider)).expect(404);
    const member = await tokenFor(api, await makePerson(api, { name: 'A Member', organisationId: (await makeOrganisation(api)).id }));
    await request(api.url).get(`/api/v1/minutes/${drafted.id}`).set(bearer(member)).expect(200);
    await request(api.url).get(`/api/v1/minutes/${drafted.id}/export/html`).set(bearer(member)).expect(200);
    const networkOrganiser = await tokenFor(api, await makePerson(api, { name: 'Network Organiser', roles: [NetworkRole.Organiser] }));
    await request(api.url).get(`/api/v1/minutes/${drafted.id}`).set(bearer(networkOrganiser)).expect(200);
  });

  it('records actions with owners and due dates, shows owners their open actions, and carries open ones to the next meeting of the series', async () => {
    const series = unique('executive-oversight-committee');
    const first = await nextMeeting({ series });
    const second = await nextMeeting({ series });
    const third = await nextMeeting({ series });
    const elsewhere = await nextMeeting();
    const owner = await makePerson(api, { name: 'Sophia Looney' });
    const ownerToken = await tokenFor(api, owner);

    const minutes: MinutesView = (await draftMinutes(api, first).expect(201)).body;
    const item = minutes.content.items[1].key;
    const add = (body: Record<string, unknown>) => request(api.url).post(`/api/v1/minutes/${minutes.id}/actions`).set(bearer(first.organiserToken)).send(body);
    const overdue = (await add({ itemKey: item, description: 'Report on the Adventure Playgrounds pilot', ownerPersonId: owner.id, dueDate: '2020-01-31' }).expect(201)).body;
    expect(overdue).toMatchObject({ status: 'open', overdue: true, ownerName: 'Sophia Looney', dueDate: '2020-01-31' });
    const open = (await add({ description: 'Circulate the White Paper', ownerName: 'Lambeth officers', dueDate: '2099-01-01' }).expect(201)).body;
    expect(open.overdue).toBe(false);
    const closed = (await add({ description: 'Book the next venue', ownerName: 'Secretariat' }).expect(201)).body;
    await request(api.url).post(`/api/v1/actions/${closed.id}/done`).set(bearer(first.organiserToken)).send({ note: 'Booked' }).expect(200);
    await add({ description: 'Bad date', dueDate: '31/01/2020' }).expect(400);
    await add({ description: 'Bad item', itemKey: 'nope' }).expect(400);

    const mine = await request(api.url).get('/api/v1/me/actions').set(bearer(ownerToken)).expect(200);
    expect(mine.body.map((action: { id: string; overdue: boolean; minutesTitle: string }) => [action.id, action.overdue, action.minutesTitle])).toEqual([
      [overdue.id, true, minutes.content.title],
    ]);
    const exported = await request(api.url).get(`/api/v1/minutes/${minutes.id}/export/md`).set(bearer(first.organiserToken)).expect(200);
    expect(exported.text).toContain('- Report on the Adventure Playgrounds pilot · Owner: Sophia Looney · Due: 31 January 2020 (overdue) · Open');

    const next: MinutesView = (await draftMinutes(api, second).expect(201)).body;
    expect(next.content.mattersArising.map((matter) => [matter.actionId, matter.description, matter.owner])).toEqual([
      [overdue.id, 'Report on the Adventure Playgrounds pilot', 'Sophia Looney'],
      [open.id, 'Circulate the White Paper', 'Lambeth officers'],
    ]);
    expect(next.content.mattersArising[0].fromMeeting).toContain(minutes.content.title);
    expect((await draftMinutes(api, elsewhere).expect(201)).body.content.mattersArising).toEqual([]);

    // The owner marks theirs done; someone else may not mark another's.
    const stranger = await tokenFor(api, await makePerson(api, { name: 'Stranger' }));
    await request(api.url).post(`/api/v1/actions/${open.id}/done`).set(bearer(stranger)).send({ note: 'Not mine' }).expect(403);
    const done = await request(api.url).post(`/api/v1/actions/${overdue.id}/done`).set(bearer(ownerToken)).send({ note: 'Reported in May' }).expect(200);
    expect(done.body).toMatchObject({ status: 'done', doneNote: 'Reported in May', overdue: false });
    expect((await request(api.url).get('/api/v1/me/actions').set(bearer(ownerToken)).expect(200)).body).toEqual([]);

    const after: MinutesView = (await draftMinutes(api, third).expect(201)).body;
    expect(after.content.mattersArising.map((matter) => matter.actionId)).toEqual([open.id]);
  });

  it("names an owner by their organisation, and lets a member of an owning organisation mark its action done", async () => {
    const meeting = await nextMeeting();
    const council = await makeOrganisation(api, { name: unique('Southwark Council') });
    const officer = await makePerson(api, { name: 'Priya Shah', organisationId: council.id });
    const colleague = await tokenFor(api, await makePerson(api, { name: 'Sam Okoro', organisationId: council.id }));
    const outsider = await tokenFor(api, await makePerson(api, { name: 'Elsewhere', organisationId: (await makeOrganisation(api)).id }));
    const minutes: MinutesView = (await draftMinutes(api, meeting).expect(201)).body;
    const add = (body: Record<string, unknown>) => request(api.url).post(`/api/v1/minutes/${minutes.id}/actions`).set(bearer(meeting.organiserToken)).send(body);

    const personal = (await add({ description: 'Draft the consultation', ownerPersonId: officer.id }).expect(201)).body;
    expect(personal.ownerName).toBe(`Priya Shah (${council.name})`);
    const shared = (await add({ description: 'Host the next meeting', ownerOrganisationId: council.id }).expect(201)).body;
    expect(shared.ownerName).toBe(council.name);
    await add({ description: 'Nobody', ownerPersonId: '00000000-0000-4000-8000-000000000000' }).expect(400);
    await add({ description: 'No council', ownerOrganisationId: '00000000-0000-4000-8000-000000000000' }).expect(400);

    // Open actions are listed for their owner and for every member of an owning organisation, not for another organisation's.
    const openFor = async (token: string) => (await request(api.url).get('/api/v1/me/actions').set(bearer(token)).expect(200)).body.map((action: { id: string }) => action.id);
    expect(await openFor(await tokenFor(api, officer))).toEqual([personal.id, shared.id]);
    expect(await openFor(colleague)).toEqual([shared.id]);
    expect(await openFor(outsider)).toEqual([]);

    await request(api.url).post(`/api/v1/actions/${shared.id}/done`).set(bearer(outsider)).send({ note: 'Not ours' }).expect(403);
    const done = await request(api.url).post(`/api/v1/actions/${shared.id}/done`).set(bearer(colleague)).send({ note: 'Booked the hall' }).expect(200);
    expect(done.body).toMatchObject({ status: 'done', doneNote: 'Booked the hall' });
    expect(await openFor(colleague)).toEqual([]);
  });

  it('circulates the draft to those present, who suggest corrections the minute-taker accepts or declines', async () => {
    const meeting = await nextMeeting();
    const present = await makePerson(api, { name: 'Julian Ellerby' });
    await attend(api, meeting, { name: 'Julian Ellerby', email: present.email as string, organisationName: 'Lambeth Council', category: 'delegate', checkIn: true });
    const presentToken = await tokenFor(api, present);
    const absentToken = await tokenFor(api, await makePerson(api, { name: 'Not There' }));
    const drafted: MinutesView = (await draftMinutes(api, meeting).expect(201)).body;
    const item = drafted.content.items[0].key;

    await request(api.url).get(`/api/v1/minutes/${drafted.id}`).set(bearer(presentToken)).expect(404);
    const circulated = await request(api.url).post(`/api/v1/minutes/${drafted.id}/circulate`).set(bearer(meeting.organiserToken)).expect(200);
    expect(circulated.body.circulatedAt).not.toBeNull();
    await request(api.url).post(`/api/v1/minutes/${drafted.id}/circulate`).set(bearer(meeting.organiserToken)).expect(200);
    const mails: Array<{ recipient: string }> = await api.app
      .get(DataSource)
      .query(`SELECT recipient FROM outbox_messages WHERE kind = 'minutes-circulated' AND dedupe_key LIKE $1`, [`minutes-circulated:${drafted.id}:%`]);
    expect(mails).toEqual([{ recipient: (present.email as string).toLowerCase() }]);
    await request(api.url).get(`/api/v1/minutes/${drafted.id}`).set(bearer(presentToken)).expect(200);
    await request(api.url).get(`/api/v1/minutes/${drafted.id}`).set(bearer(absentToken)).expect(404);

    const suggest = (token: string, body: Record<string, unknown>) => request(api.url).post(`/api/v1/minutes/${drafted.id}/comments`).set(bearer(token)).send(body);
    const correction = (await suggest(presentToken, { itemKey: item, body: 'The Chair also thanked the hosts', replacement: 'The Chair welcomed everyone and thanked the hosts.' }).expect(201)).body;
    const other = (await suggest(presentToken, { itemKey: item, body: 'I think I was there first' }).expect(201)).body;
    await suggest(absentToken, { itemKey: item, body: 'Me too' }).expect(404);
    await suggest(presentToken, { itemKey: 'no-such-item', body: 'Where?' }).expect(400);
    await request(api.url).post(`/api/v1/minutes/${drafted.id}/comments/${correction.id}/accept`).set(bearer(presentToken)).expect(403);

    const listed = await request(api.url).get(`/api/v1/minutes/${drafted.id}/comments`).set(bearer(meeting.organiserToken)).expect(200);
    expect(listed.body.map((comment: { id: string; status: string; authorName: string }) => [comment.id, comment.status, comment.authorName])).toEqual([
      [correction.id, 'pending', 'Julian Ellerby'],
      [other.id, 'pending', 'Julian Ellerby'],
    ]);
    const accepted = await request(api.url).post(`/api/v1/minutes/${drafted.id}/comments/${correction.id}/accept`).set(bearer(meeting.organiserToken)).expect(200);
    expect(accepted.body.comment.status).toBe('accepted');
    expect(accepted.body.minutes.version).toBe(2);
    expect(accepted.body.minutes.content.items[0].body).toBe('The Chair welcomed everyone and thanked the hosts.');
    const declined = await request(api.url).post(`/api/v1/minutes/${drafted.id}/comments/${other.id}/decline`).set(bearer(meeting.organiserToken)).expect(200);
    expect(declined.body.comment.status).toBe('declined');
    expect(declined.body.minutes.version).toBe(2);
    await request(api.url).post(`/api/v1/minutes/${drafted.id}/comments/${other.id}/accept`).set(bearer(meeting.organiserToken)).expect(409);
    const revisions = await request(api.url).get(`/api/v1/minutes/${drafted.id}/revisions`).set(bearer(meeting.organiserToken)).expect(200);
    expect(revisions.body[0].reason).toBe('correction accepted');
  });
});
