import request from 'supertest';
import { testConfig } from '@convene/testing';
import { DataSource } from 'typeorm';
import { bearer, makePerson } from '../identity/identity-fixtures';
import { RunningApi, startApi } from '../support/api';
import { makePublishedEvent } from '../support/events';

describe('Inviting speakers', () => {
  let api: RunningApi;

  beforeAll(async () => {
    api = await startApi(await testConfig());
  });

  afterAll(async () => {
    await api?.close();
  });

  const tokenFromMail = async (email: string) => {
    const [row] = await api.app
      .get(DataSource)
      .query(`SELECT template_data FROM outbox_messages WHERE kind = 'speaker-invitation' AND recipient = $1 ORDER BY created_at DESC LIMIT 1`, [email]);
    return decodeURIComponent(new URL(row.template_data.link).pathname.split('/').pop() as string);
  };

  const speakersOf = async (eventId: string, token: string) => {
    const agenda = await request(api.url).get(`/api/v1/events/${eventId}/agenda`).set(bearer(token)).expect(200);
    return agenda.body.days.flatMap((day: { sessions: { speakers: { name: string }[] }[] }) => day.sessions.flatMap((session) => session.speakers.map((speaker) => speaker.name)));
  };

  it('puts a speaker on the agenda only once they accept through the link', async () => {
    const event = await makePublishedEvent(api, {}, [{ title: 'Co-operative energy', capacity: 20 }]);
    const speaker = await makePerson(api, { name: 'Cllr Rhian Evans' });
    await request(api.url)
      .post(`/api/v1/sessions/${event.workshopIds[0]}/speakers`)
      .set(bearer(event.organiserToken))
      .send({ personId: speaker.id, role: 'facilitator' })
      .expect(202);
    expect(await speakersOf(event.id, event.organiserToken)).toEqual([]);

    const token = await tokenFromMail(speaker.email as string);
    const seen = await request(api.url).get(`/api/v1/speaker-invitations/${encodeURIComponent(token)}`).expect(200);
    expect(seen.body).toMatchObject({ sessionTitle: 'Co-operative energy', role: 'facilitator', status: 'invited' });
    const accepted = await request(api.url).post(`/api/v1/speaker-invitations/${encodeURIComponent(token)}/accept`).expect(200);
    expect(accepted.body.status).toBe('confirmed');
    expect(await speakersOf(event.id, event.organiserToken)).toEqual(['Cllr Rhian Evans']);
    await request(api.url).post(`/api/v1/speaker-invitations/${encodeURIComponent(token)}/decline`).expect(404);
  });

  it('keeps a declined speaker off the agenda, and refuses someone already speaking at the same time', async () => {
    const event = await makePublishedEvent(api, {}, [
      { title: 'Workshop A', capacity: null },
      { title: 'Workshop B', capacity: null },
    ]);
    const [a, b] = event.workshopIds;
    const decliner = await makePerson(api, { name: 'Declining Person' });
    await request(api.url).post(`/api/v1/sessions/${a}/speakers`).set(bearer(event.organiserToken)).send({ personId: decliner.id, role: 'speaker' }).expect(202);
    await request(api.url).post(`/api/v1/speaker-invitations/${encodeURIComponent(await tokenFromMail(decliner.email as string))}/decline`).expect(200);
    expect(await speakersOf(event.id, event.organiserToken)).toEqual([]);

    const busy = await makePerson(api, { name: 'Busy Person' });
    await request(api.url).post(`/api/v1/sessions/${a}/speakers`).set(bearer(event.organiserToken)).send({ personId: busy.id, role: 'chair' }).expect(202);
    const clash = await request(api.url).post(`/api/v1/sessions/${b}/speakers`).set(bearer(event.organiserToken)).send({ personId: busy.id, role: 'chair' });
    expect(clash.status).toBe(409);
    expect(clash.body.message).toMatch(/Workshop A/);
  });

  it('refuses a forged link and invitations from anyone but the organisers', async () => {
    await request(api.url).get('/api/v1/speaker-invitations/forged').expect(404);
    const event = await makePublishedEvent(api, {}, [{ title: 'Workshop', capacity: null }]);
    const stranger = await makePerson(api);
    await request(api.url).post(`/api/v1/sessions/${event.workshopIds[0]}/speakers`).send({ personId: stranger.id, role: 'chair' }).expect(401);
  });
});
