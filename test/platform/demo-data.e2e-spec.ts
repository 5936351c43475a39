import request from 'supertest';
import { testConfig } from '@convene/testing';
import { DataSource } from 'typeorm';
import { seedDemoData } from '../../apps/cli/src/seed/seed';
import { RunningApi, startApi } from '../support/api';

describe('The demo data', () => {
  let api: RunningApi;

  beforeAll(async () => {
    api = await startApi(await testConfig());
    if (!(await seedDemoData(api.app)).seeded) throw new Error('A fresh test database should take the demo data');
  });

  afterAll(async () => {
    await api?.close();
  });

  it('loads only into an empty database', async () => {
    expect(await seedDemoData(api.app)).toMatchObject({ seeded: false });
  });

  it('lists the upcoming published events, with the member-hosted forum first', async () => {
    const response = await request(api.url).get('/api/v1/events').expect(200);
    const titles = response.body.items.map((event: { title: string }) => event.title);
    expect(titles).toContain('Winter Network Forum: Co-operative Places');
    const forum = response.body.items.find((event: { slug: string }) => event.slug === 'winter-network-forum-2027-sunderland');
    expect(forum).toMatchObject({ hostOrganisation: { name: 'Sunderland City Council' }, startsAt: '2027-02-11T10:00:00.000Z', placesLeft: 110 });
    expect(response.body.items.every((event: { status: string }) => event.status === 'published')).toBe(true);
  });

  it('shows the forum agenda with parallel workshops in their rooms and confirmed speakers', async () => {
    const agenda = await request(api.url).get('/api/v1/events/winter-network-forum-2027-sunderland/agenda').expect(200);
    const sessions = agenda.body.days.flatMap((day: { sessions: unknown[] }) => day.sessions) as Array<{ kind: string; room: string; startsAt: string; speakers: unknown[] }>;
    const workshops = sessions.filter((session) => session.kind === 'workshop');
    expect(workshops.length).toBe(3);
    expect(new Set(workshops.map((session) => session.startsAt)).size).toBe(1);
    expect(new Set(workshops.map((session) => session.room)).size).toBe(3);
    expect(sessions.some((session) => session.speakers.length > 0)).toBe(true);
  });

  it('makes each of the network’s organisers an organiser of every event (so each hears when one fills)', async () => {
    const [counts] = await api.app.get(DataSource).query(
      `SELECT (SELECT count(*)::int FROM event_organisers) AS organisers,
              (SELECT count(*)::int FROM events) * (SELECT count(*)::int FROM people WHERE 'organiser' = ANY(roles)) AS expected`,
    );
    expect(counts.organisers).toBe(counts.expected);
    expect(counts.organisers).toBeGreaterThan(0);
  });

  it('keeps the members-only committee details from the public', async () => {
    const list = await request(api.url).get('/api/v1/events?kind=committee_meeting').expect(200);
    const [committee] = list.body.items;
    expect(committee.visibility).toBe('members');
    const page = await request(api.url).get(`/api/v1/events/${committee.slug}`).expect(200);
    expect(page.body).toMatchObject({ restricted: true, description: null, venueAddress: null });
    const agenda = await request(api.url).get(`/api/v1/events/${committee.slug}/agenda`).expect(200);
    expect(agenda.body.days).toEqual([]);
  });
});
