import request from 'supertest';
import { testConfig } from '@convene/testing';
import { DataSource } from 'typeorm';
import { RunningApi, startApi } from '../support/api';
import { makePublishedEvent, moveBackYears, registrationBody } from '../support/events';
import { bearer, makePerson, tokenFor } from '../identity/identity-fixtures';
import { NetworkRole } from '@convene/identity';

interface Listed {
  id: string;
  startsAt: string;
  visibility: string;
}

// Issue 14.8: the home page listed upcoming events only. GET /api/v1/events?when=past lists
// published events that have ended, newest first, by year, a page at a time.
describe('Past meetings: GET /api/v1/events?when=past', () => {
  let api: RunningApi;
  // A year of its own (the database is shared by every spec and kept between runs).
  const year = 1901 + Math.floor(Math.random() * 98);
  const made: Record<string, string> = {};

  beforeAll(async () => {
    api = await startApi(await testConfig());
    // Each made on 11 February 2027, 10:00 to 16:00, then moved back: two in `year` a week
    // apart, one the year after, and one members-only in `year`.
    const held = async (name: string, yearsBack: number, fields: Record<string, unknown> = {}) => {
      const event = await makePublishedEvent(api, fields);
      await moveBackYears(api, event.id, yearsBack);
      made[name] = event.id;
    };
    await held('early', 2027 - year);
    await held('later', 2027 - year, { startsAt: '2027-02-18T10:00:00Z', endsAt: '2027-02-18T16:00:00Z' });
    await held('nextYear', 2027 - year - 1);
    await held('members', 2027 - year, { visibility: 'members', startsAt: '2027-03-04T10:00:00Z', endsAt: '2027-03-04T16:00:00Z' });
    made.upcoming = (await makePublishedEvent(api)).id;
  }, 120_000);

  afterAll(async () => {
    await api?.close();
  });

  const past = (query: string) => request(api.url).get(`/api/v1/events?when=past&${query}`).expect(200);

  it("lists a year's past events newest first, members-only ones listed as the upcoming list lists them", async () => {
    const { body } = await past(`year=${year}&limit=100`);
    const ids = (body.items as Listed[]).map((event) => event.id);
    const ours = ids.filter((id) => [made.early, made.later, made.members].includes(id));
    expect(ours).toEqual([made.members, made.later, made.early]);
    expect(ids).not.toContain(made.nextYear);
    expect(ids).not.toContain(made.upcoming);
    expect((body.items as Listed[]).find((event) => event.id === made.members)?.visibility).toBe('members');
    for (const event of body.items as Listed[]) expect(new Date(event.startsAt).getUTCFullYear()).toBe(year);
    const starts = (body.items as Listed[]).map((event) => event.startsAt);
    expect(starts).toEqual([...starts].sort().reverse());
    expect(body.total).toBe(ids.length);
  });

  it('offers every year with past events, newest first, and leaves out upcoming events', async () => {
    const { body } = await past('limit=100');
    expect(body.years).toEqual(expect.arrayContaining([year, year + 1]));
    expect(body.years).toEqual([...body.years].sort((a: number, b: number) => b - a));
    expect(body.years.indexOf(year + 1)).toBeLessThan(body.years.indexOf(year));
    expect((body.items as Listed[]).map((event) => event.id)).not.toContain(made.upcoming);
  });

  it('pages through a year without repeating or skipping an event', async () => {
    const whole = (await past(`year=${year}&limit=100`)).body;
    const paged: string[] = [];
    for (let offset = 0; offset < whole.total; offset += 2) {
      const { body } = await past(`year=${year}&limit=2&offset=${offset}`);
      expect(body).toMatchObject({ total: whole.total, limit: 2, offset });
      paged.push(...(body.items as Listed[]).map((event) => event.id));
    }
    expect(paged).toEqual((whole.items as Listed[]).map((event) => event.id));
  });

  it('leaves out drafts that have ended', async () => {
    const organiser = await makePerson(api, { roles: [NetworkRole.Organiser] });
    const draft = await request(api.url)
      .post('/api/v1/events')
      .set(bearer(await tokenFor(api, organiser)))
      .send({ title: 'A draft never published', kind: 'network_forum', startsAt: '2027-02-11T10:00:00Z', endsAt: '2027-02-11T16:00:00Z' })
      .expect(201);
    await moveBackYears(api, draft.body.id, 2027 - year);
    const { body } = await past(`year=${year}&limit=100`);
    expect((body.items as Listed[]).map((event) => event.id)).not.toContain(draft.body.id);
  });

  it.each(['when=later', 'when=past&year=16', 'when=past&limit=0', 'when=past&limit=101', 'when=past&offset=-1', 'when=past&year=abcd'])(
    'refuses ?%s with 400',
    async (query) => {
      const response = await request(api.url).get(`/api/v1/events?${query}`);
      expect(response.status).toBe(400);
    },
  );

  it("refuses apologies and a delegate's cancellation once the meeting has taken place; its organisers may still record them", async () => {
    const event = await makePublishedEvent(api, { capacity: 10 });
    const delegate = registrationBody(1);
    const registered = await request(api.url).post(`/api/v1/events/${event.id}/registrations`).send(delegate).expect(201);
    const mailed: Array<{ link: string }> = await api.app
      .get(DataSource)
      .query(`SELECT template_data->>'link' AS link FROM outbox_messages WHERE recipient = $1 AND template_data ? 'link'`, [delegate.email]);
    const token = new URL(mailed[0].link).searchParams.get('token');
    await moveBackYears(api, event.id, 2027 - year);

    const apologies = await request(api.url).post(`/api/v1/events/${event.id}/apologies`).send({ name: 'Late Apologiser', email: 'late@example.org' }).expect(409);
    expect(apologies.body).toMatchObject({ code: 'event_over', message: 'This meeting has taken place: apologies can no longer be sent' });
    const instead = await request(api.url).post(`/api/v1/registrations/${registered.body.id}/apologies?token=${token}`).expect(409);
    expect(instead.body.code).toBe('event_over');
    const cancel = await request(api.url).delete(`/api/v1/registrations/${registered.body.id}?token=${token}`).expect(409);
    expect(cancel.body.code).toBe('event_over');
    expect((await request(api.url).get(`/api/v1/registrations/${registered.body.id}?token=${token}`).expect(200)).body.status).toBe('confirmed');

    await request(api.url).post(`/api/v1/registrations/${registered.body.id}/apologies`).set(bearer(event.organiserToken)).expect(200);
  });

  it('still answers the upcoming list as before, soonest first', async () => {
    const { body } = await request(api.url).get('/api/v1/events').expect(200);
    const ids = (body.items as Listed[]).map((event) => event.id);
    expect(ids).toContain(made.upcoming);
    expect(ids).not.toContain(made.early);
    expect(body.total).toBeUndefined();
  });
});
