import request from 'supertest';
import { SpeakerInvitations, SpeakerRole } from '@convene/events';
import { testConfig } from '@convene/testing';
import { DataSource } from 'typeorm';
import { bearer, makeOrganisation, makePerson, tokenFor, unique } from '../identity/identity-fixtures';
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

  /** A published event whose two workshops run at the same time. */
  const twoWorkshopsAtOnce = () =>
    makePublishedEvent(api, {}, [
      { title: 'Workshop A', capacity: null },
      { title: 'Workshop B', capacity: null },
    ]);

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

  it('invites a speaker who chose Welsh in Welsh, naming the session and event as the organisers gave them in Welsh', async () => {
    const event = await makePublishedEvent(api, { titleCy: 'Fforwm yr Hydref' }, [{ title: 'Co-operative energy', capacity: 20 }]);
    await request(api.url).patch(`/api/v1/sessions/${event.workshopIds[0]}`).set(bearer(event.organiserToken)).send({ titleCy: 'Ynni cydweithredol' }).expect(200);
    const speaker = await makePerson(api, { name: 'Cllr Rhian Evans' });
    await request(api.url).put('/api/v1/me/language').set(bearer(await tokenFor(api, speaker))).send({ language: 'cy' }).expect(200);
    await request(api.url).post(`/api/v1/sessions/${event.workshopIds[0]}/speakers`).set(bearer(event.organiserToken)).send({ personId: speaker.id, role: 'speaker' }).expect(202);

    const [row] = await api.app
      .get(DataSource)
      .query(`SELECT template_data FROM outbox_messages WHERE kind = 'speaker-invitation' AND recipient = $1`, [speaker.email]);
    expect(row.template_data).toMatchObject({ language: 'cy', sessionTitle: 'Ynni cydweithredol', eventTitle: 'Fforwm yr Hydref', when: expect.stringMatching(/^Dydd /) });

    // Its page: both titles, for the page to show the reader's; the time in the page's language.
    const token = decodeURIComponent(new URL(row.template_data.link).pathname.split('/').pop() as string);
    const page = await request(api.url).get(`/api/v1/speaker-invitations/${encodeURIComponent(token)}`).set('Accept-Language', 'cy').expect(200);
    expect(page.body).toMatchObject({ sessionTitle: 'Co-operative energy', sessionTitleCy: 'Ynni cydweithredol', eventTitleCy: 'Fforwm yr Hydref', when: expect.stringMatching(/^Dydd /) });
  });

  it('keeps a declined speaker off the agenda, and refuses someone already speaking at the same time', async () => {
    const event = await twoWorkshopsAtOnce();
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

  it('puts someone who agreed outside Convene straight on the agenda, confirmed and not mailed, and refuses a clash as an invitation does', async () => {
    const event = await twoWorkshopsAtOnce();
    const [a, b] = event.workshopIds;
    const speaker = await makePerson(api, { name: 'Agreed Person' });
    const invitations = api.app.get(SpeakerInvitations);
    await invitations.addConfirmed(a, { personId: speaker.id, role: SpeakerRole.Chair });
    expect(await speakersOf(event.id, event.organiserToken)).toEqual(['Agreed Person']);
    const mails = await api.app.get(DataSource).query(`SELECT 1 FROM outbox_messages WHERE recipient = $1`, [speaker.email]);
    expect(mails).toEqual([]);

    await expect(invitations.addConfirmed(b, { personId: speaker.id, role: SpeakerRole.Chair })).rejects.toThrow(/Workshop A/);
    expect(await speakersOf(event.id, event.organiserToken)).toEqual(['Agreed Person']);
  });

  it('refuses a forged link and invitations from anyone but the organisers', async () => {
    await request(api.url).get('/api/v1/speaker-invitations/forged').expect(404);
    const event = await makePublishedEvent(api, {}, [{ title: 'Workshop', capacity: null }]);
    const stranger = await makePerson(api);
    await request(api.url).post(`/api/v1/sessions/${event.workshopIds[0]}/speakers`).send({ personId: stranger.id, role: 'chair' }).expect(401);
  });

  it('lets organisers find people by name or organisation, seeing a masked address only', async () => {
    const event = await makePublishedEvent(api);
    const council = await makeOrganisation(api, { name: unique('Rhondda Council') });
    const surname = unique('Pritchard');
    const person = await makePerson(api, { name: `Megan ${surname}`, organisationId: council.id, phone: '01234 567890' });
    const byName = await request(api.url).get(`/api/v1/people?q=${encodeURIComponent(surname)}`).set(bearer(event.organiserToken)).expect(200);
    expect(byName.body.items).toEqual([
      { id: person.id, name: `Megan ${surname}`, jobTitle: null, organisation: council.name, emailHint: `p•••@example.org` },
    ]);
    const byOrganisation = await request(api.url).get(`/api/v1/people?q=${encodeURIComponent(council.name)}`).set(bearer(event.organiserToken)).expect(200);
    expect(byOrganisation.body.items.map((item: { id: string }) => item.id)).toEqual([person.id]);

    const delegate = await makePerson(api);
    await request(api.url).get(`/api/v1/people?q=${surname}`).set(bearer(await tokenFor(api, delegate))).expect(403);
    await request(api.url).get(`/api/v1/people?q=a`).set(bearer(event.organiserToken)).expect(400);
  });

  it('invites someone not yet known by name, address and organisation, lists the answer, resends and withdraws', async () => {
    const event = await makePublishedEvent(api, {}, [{ title: 'Community energy', capacity: null }]);
    const session = event.workshopIds[0];
    const organiser = bearer(event.organiserToken);
    const email = `${unique('new-speaker')}@example.org`;
    const organisation = unique('Ynys Môn Energy Co-op');
    const invited = await request(api.url)
      .post(`/api/v1/sessions/${session}/speakers`)
      .set(organiser)
      .send({ person: { name: 'Dafydd Hughes', email, organisation }, role: 'panellist' })
      .expect(202);
    expect(invited.body).toMatchObject({ status: 'invited', mailed: true });
    const again = await request(api.url).get(`/api/v1/people?q=Dafydd`).set(organiser).expect(200);
    expect(again.body.items).toEqual(expect.arrayContaining([expect.objectContaining({ id: invited.body.personId, organisation })]));

    const listed = await request(api.url).get(`/api/v1/sessions/${session}/speakers`).set(organiser).expect(200);
    expect(listed.body.items).toEqual([expect.objectContaining({ personId: invited.body.personId, name: 'Dafydd Hughes', role: 'panellist', status: 'invited' })]);

    const firstLink = await tokenFromMail(email);
    await request(api.url).post(`/api/v1/sessions/${session}/speakers/${invited.body.personId}/resend`).set(organiser).expect(202);
    const secondLink = await tokenFromMail(email);
    expect(secondLink).not.toBe(firstLink);
    await request(api.url).get(`/api/v1/speaker-invitations/${encodeURIComponent(firstLink)}`).expect(404);
    await request(api.url).post(`/api/v1/speaker-invitations/${encodeURIComponent(secondLink)}/accept`).expect(200);
    await request(api.url).post(`/api/v1/sessions/${session}/speakers/${invited.body.personId}/resend`).set(organiser).expect(409);
    expect(await speakersOf(event.id, event.organiserToken)).toEqual(['Dafydd Hughes']);

    await request(api.url).delete(`/api/v1/sessions/${session}/speakers/${invited.body.personId}`).set(organiser).expect(204);
    expect(await speakersOf(event.id, event.organiserToken)).toEqual([]);
    await request(api.url).delete(`/api/v1/sessions/${session}/speakers/${invited.body.personId}`).set(organiser).expect(404);
    const unpublished = await request(api.url).get(`/api/v1/events/${event.id}/agenda/unpublished`).set(organiser).expect(200);
    expect(unpublished.body.changes).toEqual([]);
  });

  it('refuses an invitation with neither a person nor a new person’s address, changing nothing', async () => {
    const event = await makePublishedEvent(api, {}, [{ title: 'Workshop', capacity: null }]);
    const organiser = bearer(event.organiserToken);
    const response = await request(api.url).post(`/api/v1/sessions/${event.workshopIds[0]}/speakers`).set(organiser).send({ role: 'chair' }).expect(400);
    expect(response.body.message).toBeTruthy();
    await request(api.url).post(`/api/v1/sessions/${event.workshopIds[0]}/speakers`).set(organiser).send({ person: { name: 'No Address', email: 'not-an-address' }, role: 'chair' }).expect(400);
    const listed = await request(api.url).get(`/api/v1/sessions/${event.workshopIds[0]}/speakers`).set(organiser).expect(200);
    expect(listed.body.items).toEqual([]);
  });
});
