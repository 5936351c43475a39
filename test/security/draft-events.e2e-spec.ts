import { NetworkRole } from '@convene/identity';
import { testConfig } from '@convene/testing';
import request from 'supertest';
import { bearer, makePerson, signIn, tokenFor, unique } from '../identity/identity-fixtures';
import { RunningApi, startApi } from '../support/api';

// Issue 16.6: a draft event was readable by its slug without signing in (status, description, venue).
describe('Draft events are for their organisers only', () => {
  let api: RunningApi;
  let draft: { id: string; slug: string };
  let organiserToken: string;

  beforeAll(async () => {
    api = await startApi(await testConfig());
    const organiser = await makePerson(api, { roles: [NetworkRole.Organiser] });
    organiserToken = await tokenFor(api, organiser);
    const made = await request(api.url)
      .post('/api/v1/events')
      .set(bearer(organiserToken))
      .send({ title: unique('Secret Plans Forum'), kind: 'network_forum', startsAt: '2027-03-01T10:00:00Z', endsAt: '2027-03-01T16:00:00Z', venueName: 'Secret Hall', description: 'Not yet announced' })
      .expect(201);
    draft = { id: made.body.id, slug: made.body.slug };
  });

  afterAll(async () => {
    await api?.close();
  });

  it.each(['', '/agenda', '/agenda/changes', '/attendees'])('answers 404 for /events/<slug>%s without signing in', async (suffix) => {
    const bySlug = await request(api.url).get(`/api/v1/events/${draft.slug}${suffix}`).expect(404);
    expect(bySlug.body).toMatchObject({ statusCode: 404, code: 'event_not_found' });
    expect(JSON.stringify(bySlug.body)).not.toContain('Secret Hall');
    await request(api.url).get(`/api/v1/events/${draft.id}${suffix}`).expect(404);
  });

  it('answers 404 to a signed-in person who does not organise it', async () => {
    const someone = await makePerson(api);
    const cookie = await signIn(api, someone.email!);
    await request(api.url).get(`/api/v1/events/${draft.slug}`).set('Cookie', cookie).expect(404);
  });

  it('shows the draft to its organiser', async () => {
    const seen = await request(api.url).get(`/api/v1/events/${draft.slug}`).set(bearer(organiserToken)).expect(200);
    expect(seen.body).toMatchObject({ id: draft.id, status: 'draft', venueName: 'Secret Hall' });
  });
});
