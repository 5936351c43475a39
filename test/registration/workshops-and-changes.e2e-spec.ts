import request from 'supertest';
import { workshopLineText, type WorkshopLine } from '@convene/notifications';
import { testConfig } from '@convene/testing';
import { DataSource } from 'typeorm';
import { bearer, unique } from '../identity/identity-fixtures';
import { RunningApi, startApi } from '../support/api';
import { makePublishedEvent, postRegistration, registrationBody } from '../support/events';

// Workshop lines, parallel sessions, and what a delegate changes on their private page.
describe('Workshop places and changes to a registration', () => {
  let api: RunningApi;
  let db: DataSource;

  beforeAll(async () => {
    api = await startApi(await testConfig());
    db = api.app.get(DataSource);
  });

  afterAll(async () => {
    await api?.close();
  });

  /** The private link's token, as the confirmation mail carries it. */
  const tokenOf = async (registrationId: string): Promise<string> => {
    const [row]: { link: string }[] = await db.query(
      `SELECT template_data->>'link' AS link FROM outbox_messages WHERE template_data->>'registrationId' = $1 AND template_data->>'link' IS NOT NULL ORDER BY created_at LIMIT 1`,
      [registrationId],
    );
    return new URL(row.link).searchParams.get('token') as string;
  };
  const seatsOf = (sessionId: string) =>
    db.query(`SELECT r.name, c.status FROM workshop_choices c JOIN registrations r ON r.id = c.registration_id WHERE c.session_id = $1 AND c.status <> 'cancelled' ORDER BY c.queue_seq`, [sessionId]);

  it('gives a freed workshop seat to the first in that workshop’s line, and puts someone promoted to the event in the line by arrival', async () => {
    const event = await makePublishedEvent(api, { capacity: 2 }, [{ title: 'Community energy', capacity: 1 }]);
    const [workshop] = event.workshopIds;
    const ann = (await postRegistration(api, event.id, registrationBody(1, { name: 'Ann', workshopIds: [workshop] })).expect(201)).body;
    const ben = (await postRegistration(api, event.id, registrationBody(2, { name: 'Ben', workshopIds: [workshop] })).expect(201)).body;
    const cat = (await postRegistration(api, event.id, registrationBody(3, { name: 'Cat', workshopIds: [workshop] })).expect(201)).body;
    expect([ann.status, ben.status, cat.status]).toEqual(['confirmed', 'confirmed', 'waitlisted']);
    expect(ben.workshops[0]).toMatchObject({ status: 'waitlisted', waitlistPosition: 1 });

    // Ann cancels: her event place goes to Cat, her workshop seat to Ben (first in the workshop's line).
    await request(api.url).delete(`/api/v1/registrations/${ann.id}`).set(bearer(event.organiserToken)).expect(200);
    expect(await seatsOf(workshop)).toEqual([
      { name: 'Ann', status: 'requested' },
      { name: 'Ben', status: 'confirmed' },
      { name: 'Cat', status: 'waitlisted' },
    ]);
    const promoted = await request(api.url).get(`/api/v1/registrations/${cat.id}`).set(bearer(event.organiserToken)).expect(200);
    expect(promoted.body).toMatchObject({ status: 'confirmed', workshops: [expect.objectContaining({ status: 'waitlisted', waitlistPosition: 1 })] });
    const mails: { kind: string; recipient: string; sessionTitle: string; link: string | null }[] = await db.query(
      `SELECT kind, recipient, template_data->>'sessionTitle' AS "sessionTitle", template_data->>'link' AS link FROM outbox_messages WHERE kind = 'workshop-place-given' AND template_data->>'registrationId' = $1`,
      [ben.id],
    );
    expect(mails).toEqual([{ kind: 'workshop-place-given', recipient: ben.email, sessionTitle: 'Community energy', link: expect.stringContaining(`/registrations/${ben.id}?token=`) }]);
  });

  it('puts someone confirmed late in the workshop line by when they chose it, ahead of those who chose later', async () => {
    const event = await makePublishedEvent(api, { capacity: 10, requiresApproval: true }, [{ title: 'Co-operative housing', capacity: 1 }]);
    const [workshop] = event.workshopIds;
    const approve = (id: string) => request(api.url).post(`/api/v1/registrations/${id}/approve`).set(bearer(event.organiserToken)).expect(200);
    const first = (await postRegistration(api, event.id, registrationBody(1, { name: 'First', workshopIds: [workshop] })).expect(201)).body;
    const early = (await postRegistration(api, event.id, registrationBody(2, { name: 'Early', workshopIds: [workshop] })).expect(201)).body;
    const late = (await postRegistration(api, event.id, registrationBody(3, { name: 'Late', workshopIds: [workshop] })).expect(201)).body;
    await approve(first.id);
    // Late is approved before Early, yet Early chose the workshop first: Early is ahead in its line.
    await approve(late.id);
    const earlyView = (await approve(early.id)).body;
    expect(earlyView.workshops[0]).toMatchObject({ status: 'waitlisted', waitlistPosition: 1 });
    await request(api.url).delete(`/api/v1/registrations/${first.id}`).set(bearer(event.organiserToken)).expect(200);
    expect(await seatsOf(workshop)).toEqual([
      { name: 'First', status: 'requested' },
      { name: 'Early', status: 'confirmed' },
      { name: 'Late', status: 'waitlisted' },
    ]);
  });

  it('refuses two workshops at the same time with 409, changing nothing, and takes workshops in different slots', async () => {
    const event = await makePublishedEvent(api, { capacity: 10 }, [
      { title: 'Workshop B', capacity: 5, startHour: 13 },
      { title: 'Workshop C', capacity: 5, startHour: 13 },
      { title: 'Workshop D', capacity: 5, startHour: 15 },
    ]);
    const [b, c, d] = event.workshopIds;
    const body = registrationBody(1, { workshopIds: [b, c] });
    const clash = await postRegistration(api, event.id, body);
    expect(clash.status).toBe(409);
    expect(clash.body).toMatchObject({ code: 'workshops_overlap', message: expect.stringMatching(/Workshop B.*Workshop C|Workshop C.*Workshop B/) });
    expect((await db.query('SELECT count(*)::int AS n FROM registrations WHERE event_id = $1', [event.id]))[0].n).toBe(0);

    const booked = (await postRegistration(api, event.id, { ...body, workshopIds: [b, d] }).expect(201)).body;
    expect(booked.workshops.map((w: { title: string; status: string }) => `${w.title} ${w.status}`)).toEqual(['Workshop B confirmed', 'Workshop D confirmed']);
    const token = await tokenOf(booked.id);
    const change = await request(api.url).patch(`/api/v1/registrations/${booked.id}?token=${encodeURIComponent(token)}`).send({ workshopIds: [b, c, d] });
    expect(change.status).toBe(409);
    expect(change.body.code).toBe('workshops_overlap');
    expect(await seatsOf(c)).toEqual([]);
  });

  it('lets the delegate see and change needs, job title, attendee-list choice and workshops through the private link, keeping their place in line', async () => {
    const event = await makePublishedEvent(api, { capacity: 10 }, [
      { title: 'Morning A', capacity: 1, startHour: 11 },
      { title: 'Morning B', capacity: 5, startHour: 11 },
      { title: 'Afternoon', capacity: 5, startHour: 14 },
    ]);
    const [morningA, morningB, afternoon] = event.workshopIds;
    await postRegistration(api, event.id, registrationBody(0, { name: 'Seated', workshopIds: [morningA] })).expect(201);
    const me = (await postRegistration(api, event.id, registrationBody(1, { name: 'Me', dietaryNeeds: 'Vegan', workshopIds: [morningA] })).expect(201)).body;
    await postRegistration(api, event.id, registrationBody(2, { name: 'After me', workshopIds: [morningA] })).expect(201);
    const token = encodeURIComponent(await tokenOf(me.id));

    const seen = await request(api.url).get(`/api/v1/registrations/${me.id}?token=${token}`).expect(200);
    expect(seen.body).toMatchObject({ dietaryNeeds: 'Vegan', accessNeeds: null, showOnAttendeeList: false, workshops: [expect.objectContaining({ title: 'Morning A', waitlistPosition: 1 })] });

    // Adding the afternoon keeps the morning place in line.
    const changed = await request(api.url)
      .patch(`/api/v1/registrations/${me.id}?token=${token}`)
      .send({ dietaryNeeds: 'Vegetarian', accessNeeds: 'Step-free access', jobTitle: 'Policy officer', showOnAttendeeList: true, workshopIds: [morningA, afternoon] })
      .expect(200);
    expect(changed.body).toMatchObject({ dietaryNeeds: 'Vegetarian', accessNeeds: 'Step-free access', jobTitle: 'Policy officer', showOnAttendeeList: true });
    expect(changed.body.workshops.map((w: { title: string; status: string; waitlistPosition: number | null }) => [w.title, w.status, w.waitlistPosition])).toEqual([
      ['Morning A', 'waitlisted', 1],
      ['Afternoon', 'confirmed', null],
    ]);

    // Swapping Morning A for Morning B: a seat at once, and the next in A's line moves up.
    const swapped = await request(api.url).patch(`/api/v1/registrations/${me.id}?token=${token}`).send({ workshopIds: [morningB, afternoon] }).expect(200);
    expect(swapped.body.workshops.map((w: { title: string; status: string }) => `${w.title} ${w.status}`)).toEqual(['Morning B confirmed', 'Afternoon confirmed']);
    expect(await seatsOf(morningA)).toEqual([
      { name: 'Seated', status: 'confirmed' },
      { name: 'After me', status: 'waitlisted' },
    ]);
    const [changedMail]: { workshops: WorkshopLine[]; link: string }[] = await db.query(
      `SELECT template_data->'workshops' AS workshops, template_data->>'link' AS link FROM outbox_messages WHERE kind = 'registration-changed' AND template_data->>'registrationId' = $1 ORDER BY created_at DESC LIMIT 1`,
      [me.id],
    );
    expect(changedMail.workshops.map((line) => workshopLineText(line, 'en'))).toEqual(['Morning B: place confirmed', 'Afternoon: place confirmed']);

    // Without the token, nothing is seen or changed.
    await request(api.url).patch(`/api/v1/registrations/${me.id}?token=wrong`).send({ dietaryNeeds: 'None' }).expect(404);
    expect((await db.query('SELECT dietary_needs FROM registrations WHERE id = $1', [me.id]))[0].dietary_needs).toBe('Vegetarian');
  });

  it('refuses changes once registration has closed', async () => {
    const event = await makePublishedEvent(api, { capacity: 10 });
    const me = (await postRegistration(api, event.id, registrationBody(1)).expect(201)).body;
    await db.query(`UPDATE events SET registration_closes_at = now() - interval '1 minute' WHERE id = $1`, [event.id]);
    const refused = await request(api.url).patch(`/api/v1/registrations/${me.id}?token=${encodeURIComponent(await tokenOf(me.id))}`).send({ dietaryNeeds: 'Halal' });
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('registration_closed');
    expect((await db.query('SELECT dietary_needs FROM registrations WHERE id = $1', [me.id]))[0].dietary_needs).toBeNull();
  });

  it('gives the place back when the holder sends apologies (the waiting list moves), and lists and counts them for organisers; Present wins', async () => {
    const event = await makePublishedEvent(api, { capacity: 1 });
    const holder = (await postRegistration(api, event.id, registrationBody(1, { name: 'Holder' })).expect(201)).body;
    const waiting = (await postRegistration(api, event.id, registrationBody(2, { name: 'Waiting' })).expect(201)).body;
    const token = encodeURIComponent(await tokenOf(holder.id));

    const sent = await request(api.url).post(`/api/v1/registrations/${holder.id}/apologies?token=${token}`).expect(200);
    expect(sent.body.status).toBe('cancelled');
    expect((await request(api.url).get(`/api/v1/registrations/${waiting.id}`).set(bearer(event.organiserToken)).expect(200)).body.status).toBe('confirmed');
    const acks: { recipient: string; gaveUpPlace: boolean }[] = await db.query(
      `SELECT recipient, (template_data->>'gaveUpPlace')::boolean AS "gaveUpPlace" FROM outbox_messages WHERE kind = 'apologies-received' AND template_data->>'registrationId' = $1`,
      [holder.id],
    );
    expect(acks).toEqual([{ recipient: holder.email, gaveUpPlace: true }]);

    // Someone else sends apologies by the public form; then the one promoted sends apologies too but comes after all.
    await request(api.url).post(`/api/v1/events/${event.id}/apologies`).send({ name: 'Absent Member', email: `${unique('absent')}@example.org` }).expect(202);
    await request(api.url).post(`/api/v1/registrations/${waiting.id}/apologies`).set(bearer(event.organiserToken)).expect(200);
    await db.query(`UPDATE registrations SET status = 'confirmed', checked_in_at = now() WHERE id = $1`, [waiting.id]);

    const list = await request(api.url).get(`/api/v1/events/${event.id}/apologies`).set(bearer(event.organiserToken)).expect(200);
    expect(list.body.items.map((item: { name: string; present: boolean }) => [item.name, item.present])).toEqual([
      ['Holder', false],
      ['Absent Member', false],
      ['Waiting', true],
    ]);
    expect(list.body.total).toBe(2);
    const summary = await request(api.url).get(`/api/v1/events/${event.id}/registrations/summary`).set(bearer(event.organiserToken)).expect(200);
    expect(summary.body.byStatus.apologies).toBe(2);
    await request(api.url).get(`/api/v1/events/${event.id}/apologies`).expect(401);
  });
});
