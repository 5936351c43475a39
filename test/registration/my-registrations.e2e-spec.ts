import request from 'supertest';
import type { Person } from '@convene/identity';
import { testConfig } from '@convene/testing';
import { makePerson, signIn } from '../identity/identity-fixtures';
import { RunningApi, startApi } from '../support/api';
import { makePublishedEvent, moveBackYears, registerDelegate, registrationBody } from '../support/events';

interface Listed {
  id: string;
  status: string;
  waitlistPosition: number | null;
  event: { id: string; slug: string; title: string; startsAt: string; venueName: string | null; status: string };
}

// A signed-in delegate's own registrations (GET /me/registrations), and their pages opened from
// that list without the mailed link: before, a registration was reachable only through its mail.
describe('My registrations: GET /api/v1/me/registrations', () => {
  let api: RunningApi;

  beforeAll(async () => {
    api = await startApi(await testConfig());
  });

  afterAll(async () => {
    await api?.close();
  });

  // Changes made with the session cookie come from this site's pages, as the browser says.
  const fromThisSite = { 'Sec-Fetch-Site': 'same-origin' };
  const listOf = async (cookie: string) => (await request(api.url).get('/api/v1/me/registrations').set('Cookie', cookie).expect(200)).body as { upcoming: Listed[]; past: Listed[] };
  const registerAs = async (person: Person, eventId: string, extra: Record<string, unknown> = {}) =>
    (await request(api.url).post(`/api/v1/events/${eventId}/registrations`).send(registrationBody(1, { email: person.email, name: person.name, ...extra })).expect(201)).body as { id: string; status: string };

  it("lists the person's own registrations, upcoming soonest first then past, with each status, and never another person's", async () => {
    const ana = await makePerson(api, { name: 'Ana Jones' });
    const ben = await makePerson(api, { name: 'Ben Price' });
    const anaCookie = await signIn(api, ana.email!);
    const benCookie = await signIn(api, ben.email!);

    // March: registered, then cancelled from her own page, signed in (no mailed link).
    const march = await makePublishedEvent(api, { capacity: 10, startsAt: '2027-03-11T10:00:00Z', endsAt: '2027-03-11T16:00:00Z', venueName: 'Guildhall' });
    const cancelled = await registerAs(ana, march.id);
    const cancelling = await request(api.url).delete(`/api/v1/registrations/${cancelled.id}`).set('Cookie', anaCookie).set(fromThisSite).expect(200);
    expect(cancelling.body.status).toBe('cancelled');
    // February, full: Ben holds the one place, Ana waits first in line.
    const february = await makePublishedEvent(api, { capacity: 1 });
    const bensPlace = await registerAs(ben, february.id);
    const waiting = await registerAs(ana, february.id);
    expect(waiting.status).toBe('waitlisted');
    // A meeting held last year, and one only Ben registered for.
    const held = await makePublishedEvent(api, { capacity: 10 });
    const attended = await registerAs(ana, held.id);
    await moveBackYears(api, held.id, 1);
    const bensOnly = await makePublishedEvent(api, { capacity: 10 });
    const bensOther = await registerDelegate(api, bensOnly.id, 2, { email: ben.email });

    const mine = await listOf(anaCookie);
    expect(mine.upcoming.map((item) => [item.id, item.status, item.waitlistPosition])).toEqual([
      [waiting.id, 'waitlisted', 1],
      [cancelled.id, 'cancelled', null],
    ]);
    expect(mine.past.map((item) => [item.id, item.status])).toEqual([[attended.id, 'confirmed']]);
    expect(mine.upcoming[1].event).toMatchObject({ id: march.id, slug: march.slug, startsAt: '2027-03-11T10:00:00.000Z', venueName: 'Guildhall', status: 'published' });

    const bens = await listOf(benCookie);
    // Both on the same day: their order between them is not the point here.
    expect(bens.upcoming.map((item) => item.id).sort()).toEqual([bensPlace.id, bensOther.id].sort());
    expect(JSON.stringify(bens)).not.toContain(waiting.id);
    expect(JSON.stringify(mine)).not.toContain(bensPlace.id);
  });

  it('lets the holder open their registration without the mailed link, needs and all; not another signed-in person', async () => {
    const ana = await makePerson(api, { name: 'Ana Jones' });
    const ben = await makePerson(api, { name: 'Ben Price' });
    const event = await makePublishedEvent(api, { capacity: 10 });
    const registration = await registerAs(ana, event.id, { accessNeeds: 'Step-free access' });

    const own = await request(api.url).get(`/api/v1/registrations/${registration.id}`).set('Cookie', await signIn(api, ana.email!)).expect(200);
    expect(own.body).toMatchObject({ id: registration.id, accessNeeds: 'Step-free access', status: 'confirmed' });
    const other = await request(api.url).get(`/api/v1/registrations/${registration.id}`).set('Cookie', await signIn(api, ben.email!)).expect(404);
    expect(JSON.stringify(other.body)).not.toContain('Step-free');
  });

  it('answers 401 to a caller who is not signed in, and tells caches not to keep the list', async () => {
    const refused = await request(api.url).get('/api/v1/me/registrations').expect(401);
    expect(refused.body.upcoming).toBeUndefined();
    const person = await makePerson(api);
    const answer = await request(api.url).get('/api/v1/me/registrations').set('Cookie', await signIn(api, person.email!)).expect(200);
    expect(answer.body).toEqual({ upcoming: [], past: [] });
    expect(answer.headers['cache-control']).toBe('no-store');
  });
});
