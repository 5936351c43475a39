import request from 'supertest';
import { testConfig } from '@convene/testing';
import { bearer } from '../identity/identity-fixtures';
import { RunningApi, startApi } from '../support/api';
import { makePublishedEvent } from '../support/events';

describe('Publishing the agenda', () => {
  let api: RunningApi;

  beforeAll(async () => {
    api = await startApi(await testConfig());
  });

  afterAll(async () => {
    await api?.close();
  });

  const sessionsOf = (body: { days: { sessions: { id: string; title: string; room: string | null }[] }[] }) =>
    body.days.flatMap((day) => day.sessions);

  it('shows delegates the published agenda while organisers edit, then publishes the changes with a changelog', async () => {
    const event = await makePublishedEvent(api, {}, [{ title: 'Community wealth building', capacity: 20 }]);
    const [workshopId] = event.workshopIds;
    const organiser = bearer(event.organiserToken);

    await request(api.url).patch(`/api/v1/sessions/${workshopId}`).set(organiser).send({ room: 'Atrium' }).expect(200);
    await request(api.url)
      .post(`/api/v1/events/${event.id}/sessions`)
      .set(organiser)
      .send({ title: 'Closing plenary', kind: 'plenary', startsAt: '2027-02-11T15:00:00Z', endsAt: '2027-02-11T16:00:00Z', room: 'Main Hall' })
      .expect(201);

    const seenByDelegates = await request(api.url).get(`/api/v1/events/${event.id}/agenda`).expect(200);
    expect(seenByDelegates.body.version).toBe(1);
    expect(sessionsOf(seenByDelegates.body).map((session) => [session.title, session.room])).toEqual([['Community wealth building', 'Workshop Room 1']]);
    const seenByOrganiser = await request(api.url).get(`/api/v1/events/${event.id}/agenda`).set(organiser).expect(200);
    expect(seenByOrganiser.body.version).toBe('draft');
    expect(sessionsOf(seenByOrganiser.body)).toHaveLength(2);

    const waiting = await request(api.url).get(`/api/v1/events/${event.id}/agenda/unpublished`).set(organiser).expect(200);
    expect(waiting.body).toMatchObject({
      version: 1,
      changes: ['Moved "Community wealth building" from Workshop Room 1 to Atrium', 'Added "Closing plenary" (Thu 11 Feb, 15:00, Main Hall)'],
    });

    const published = await request(api.url).post(`/api/v1/events/${event.id}/agenda/publish`).set(organiser).expect(200);
    expect(published.body.version).toBe(2);
    const nothingWaits = await request(api.url).get(`/api/v1/events/${event.id}/agenda/unpublished`).set(organiser).expect(200);
    expect(nothingWaits.body).toMatchObject({ version: 2, changes: [] });
    expect(published.body.changes).toEqual([
      'Moved "Community wealth building" from Workshop Room 1 to Atrium',
      'Added "Closing plenary" (Thu 11 Feb, 15:00, Main Hall)',
    ]);
    const after = await request(api.url).get(`/api/v1/events/${event.id}/agenda`).expect(200);
    expect(sessionsOf(after.body).map((session) => session.room)).toEqual(['Atrium', 'Main Hall']);

    const again = await request(api.url).post(`/api/v1/events/${event.id}/agenda/publish`).set(organiser).expect(200);
    expect(again.body).toEqual({ changes: [] });
    const history = await request(api.url).get(`/api/v1/events/${event.slug}/agenda/changes`).expect(200);
    expect(history.body.items.map((item: { version: number }) => item.version)).toEqual([2, 1]);
  });

  it('lets only the event organisers publish', async () => {
    const event = await makePublishedEvent(api);
    await request(api.url).post(`/api/v1/events/${event.id}/agenda/publish`).expect(401);
    await request(api.url).get(`/api/v1/events/${event.id}/agenda/unpublished`).expect(401);
  });

  it("keeps a session's Welsh title, description and room beside the English, publishes a change to them, and refuses a bad one without changing anything", async () => {
    const event = await makePublishedEvent(api, {}, [{ title: 'Community wealth building', capacity: 20 }]);
    const [workshopId] = event.workshopIds;
    const organiser = bearer(event.organiserToken);

    const welsh = { titleCy: 'Adeiladu cyfoeth cymunedol', descriptionCy: 'Dewch â gliniadur.', roomCy: 'Ystafell Weithdy 1' };
    const saved = await request(api.url).patch(`/api/v1/sessions/${workshopId}`).set(organiser).send(welsh).expect(200);
    expect(saved.body).toMatchObject(welsh);

    // Before publishing, delegates read the first publication: no Welsh yet, said as null.
    const before = sessionsOf((await request(api.url).get(`/api/v1/events/${event.id}/agenda`).expect(200)).body);
    expect(before[0]).toMatchObject({ titleCy: null, descriptionCy: null, roomCy: null });
    const published = await request(api.url).post(`/api/v1/events/${event.id}/agenda/publish`).set(organiser).expect(200);
    expect(published.body.changes).toEqual(['Changed the Welsh text of "Community wealth building"']);
    const after = sessionsOf((await request(api.url).get(`/api/v1/events/${event.id}/agenda`).expect(200)).body);
    expect(after[0]).toMatchObject({ title: 'Community wealth building', room: 'Workshop Room 1', ...welsh });

    for (const bad of [{ titleCy: 'Dwy\nlinell' }, { titleCy: 'x'.repeat(201) }, { roomCy: 42 }, { descriptionCy: 'x'.repeat(5001) }]) {
      const refused = await request(api.url).patch(`/api/v1/sessions/${workshopId}`).set(organiser).send(bad).expect(400);
      expect(refused.body.code).toBe('invalid_fields');
      expect(Object.keys(refused.body.details)).toEqual(Object.keys(bad));
    }
    const draft = sessionsOf((await request(api.url).get(`/api/v1/events/${event.id}/agenda`).set(organiser).expect(200)).body);
    expect(draft[0]).toMatchObject(welsh);
  });

  it("says what changed in the reader's language: the banner, the publish answer and the history", async () => {
    const event = await makePublishedEvent(api, {}, [{ title: 'Community wealth building', capacity: 20 }]);
    const organiser = bearer(event.organiserToken);
    await request(api.url).patch(`/api/v1/sessions/${event.workshopIds[0]}`).set(organiser).send({ capacity: 2 }).expect(200);

    const banner = await request(api.url).get(`/api/v1/events/${event.id}/agenda/unpublished`).set(organiser).set('Accept-Language', 'cy').expect(200);
    expect(banner.body.changes).toEqual(['"Community wealth building" bellach â 2 le']);
    const published = await request(api.url).post(`/api/v1/events/${event.id}/agenda/publish`).set(organiser).set('Accept-Language', 'cy').expect(200);
    expect(published.body.changes).toEqual(['"Community wealth building" bellach â 2 le']);

    const inWelsh = await request(api.url).get(`/api/v1/events/${event.slug}/agenda/changes`).set('Accept-Language', 'cy').expect(200);
    expect(inWelsh.body.items.map((item: { changes: string[] }) => item.changes)).toEqual([['"Community wealth building" bellach â 2 le'], ["Cyhoeddi'r agenda am y tro cyntaf"]]);
    const inEnglish = await request(api.url).get(`/api/v1/events/${event.slug}/agenda/changes`).set('Accept-Language', 'en-GB').expect(200);
    expect(inEnglish.body.items.map((item: { changes: string[] }) => item.changes)).toEqual([['"Community wealth building" now has 2 places'], ['First publication of the agenda']]);
  });
});
