import request from 'supertest';
import { Membership } from '@convene/identity';
import { RegistrationService } from '@convene/registration';
import { testConfig } from '@convene/testing';
import { DataSource } from 'typeorm';
import { bearer, makeOrganisation, makePerson, tokenFor, unique } from '../identity/identity-fixtures';
import { RunningApi, startApi } from '../support/api';
import { makePublishedEvent, postRegistration, registerDelegate, registrationBody } from '../support/events';

describe('Who may register, and what is refused', () => {
  let api: RunningApi;
  let db: DataSource;

  beforeAll(async () => {
    api = await startApi(await testConfig());
    db = api.app.get(DataSource);
  });

  afterAll(async () => {
    await api?.close();
  });


  it('lets only signed-in people of member organisations register for a members-only event', async () => {
    const event = await makePublishedEvent(api, { visibility: 'members', capacity: 10 });
    const member = await makePerson(api, { organisationId: (await makeOrganisation(api, { membership: Membership.Full })).id });
    const outsider = await makePerson(api, { organisationId: (await makeOrganisation(api, { membership: Membership.None })).id });

    expect((await postRegistration(api, event.id, registrationBody(1))).status).toBe(403);
    const refused = await postRegistration(api, event.id, registrationBody(2, { email: outsider.email }), await tokenFor(api, outsider));
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('members_only');
    const accepted = await postRegistration(api, event.id, registrationBody(3, { email: member.email }), await tokenFor(api, member));
    expect(accepted.status).toBe(201);
    expect(Number((await db.query('SELECT count(*) AS n FROM registrations WHERE event_id = $1', [event.id]))[0].n)).toBe(1);
  });

  it('accepts an invitation once, and only from its invitee', async () => {
    const event = await makePublishedEvent(api, { visibility: 'invitation', capacity: 10 });
    const invitee = `${unique('invitee')}@example.org`;
    await request(api.url).post(`/api/v1/events/${event.id}/invitations`).set(bearer(event.organiserToken)).send({ email: invitee, name: 'Invited Person' }).expect(201);
    const [row] = await db.query(`SELECT template_data FROM outbox_messages WHERE kind = 'invitation' AND recipient = $1`, [invitee]);
    const token = new URL(row.template_data.link).searchParams.get('invitation') as string;

    expect((await postRegistration(api, event.id, registrationBody(1))).status).toBe(403);
    expect((await postRegistration(api, event.id, registrationBody(2, { invitationToken: 'forged-token' }))).status).toBe(403);
    const someoneElse = await postRegistration(api, event.id, registrationBody(3, { invitationToken: token }));
    expect(someoneElse.status).toBe(403);
    expect(someoneElse.body.message).toMatch(/someone else/);
    expect((await postRegistration(api, event.id, registrationBody(4, { email: invitee, invitationToken: token }))).status).toBe(201);
    const second = await postRegistration(api, event.id, registrationBody(5, { email: `${unique('friend')}@example.org`, invitationToken: token }));
    expect(second.status).toBe(403);
    expect(Number((await db.query('SELECT count(*) AS n FROM registrations WHERE event_id = $1', [event.id]))[0].n)).toBe(1);
  });

  it('refuses registration for a draft or cancelled event', async () => {
    const organiser = await makePerson(api, { roles: ['organiser' as never] });
    const token = await tokenFor(api, organiser);
    const draft = await request(api.url)
      .post('/api/v1/events')
      .set(bearer(token))
      .send({ title: unique('Draft forum'), kind: 'network_forum', startsAt: '2027-03-01T10:00:00Z', endsAt: '2027-03-01T16:00:00Z' })
      .expect(201);
    const response = await postRegistration(api, draft.body.id, registrationBody(1));
    expect(response.status).toBe(409);
    expect(response.body.message).toMatch(/not published/);

    const event = await makePublishedEvent(api);
    await request(api.url).post(`/api/v1/events/${event.id}/cancel`).set(bearer(event.organiserToken)).expect(200);
    expect((await postRegistration(api, event.id, registrationBody(2))).status).toBe(409);
  });

  it('refuses impossible events and sessions with a 400 naming the field, and writes nothing', async () => {
    const organiser = await makePerson(api, { roles: ['organiser' as never] });
    const token = await tokenFor(api, organiser);
    const before = Number((await db.query('SELECT count(*) AS n FROM events'))[0].n);
    const endsFirst = await request(api.url)
      .post('/api/v1/events')
      .set(bearer(token))
      .send({ title: 'Backwards', kind: 'other', startsAt: '2027-03-01T16:00:00Z', endsAt: '2027-03-01T10:00:00Z' });
    expect(endsFirst.status).toBe(400);
    expect(endsFirst.body.details).toHaveProperty('endsAt');
    const negative = await request(api.url)
      .post('/api/v1/events')
      .set(bearer(token))
      .send({ title: 'Negative', kind: 'other', startsAt: '2027-03-01T10:00:00Z', endsAt: '2027-03-01T16:00:00Z', capacity: -5 });
    expect(negative.status).toBe(400);
    expect(negative.body.details).toHaveProperty('capacity');
    expect(Number((await db.query('SELECT count(*) AS n FROM events'))[0].n)).toBe(before);

    const event = await makePublishedEvent(api);
    const outside = await request(api.url)
      .post(`/api/v1/events/${event.id}/sessions`)
      .set(bearer(event.organiserToken))
      .send({ title: 'Too late', kind: 'plenary', startsAt: '2027-02-11T17:00:00Z', endsAt: '2027-02-11T18:00:00Z' });
    expect(outside.status).toBe(400);
    const first = { title: 'Plenary', kind: 'plenary', startsAt: '2027-02-11T10:00:00Z', endsAt: '2027-02-11T11:00:00Z', room: 'Main Hall' };
    await request(api.url).post(`/api/v1/events/${event.id}/sessions`).set(bearer(event.organiserToken)).send(first).expect(201);
    const clash = await request(api.url)
      .post(`/api/v1/events/${event.id}/sessions`)
      .set(bearer(event.organiserToken))
      .send({ ...first, title: 'Clash', startsAt: '2027-02-11T10:30:00Z', endsAt: '2027-02-11T11:30:00Z' });
    expect(clash.status).toBe(409);
    expect(clash.body.message).toMatch(/Main Hall/);
  });

  it('keeps a registration private: its link works for its holder, not for a guessed id or someone else', async () => {
    const event = await makePublishedEvent(api, { capacity: 10 });
    const mine = await postRegistration(api, event.id, registrationBody(1)).expect(201);
    const [row] = await db.query(`SELECT template_data FROM outbox_messages WHERE kind = 'registration-confirmed' AND recipient = $1`, [mine.body.email]);
    const token = new URL(row.template_data.link).searchParams.get('token') as string;
    await request(api.url).get(`/api/v1/registrations/${mine.body.id}`).query({ token }).expect(200);

    const theirs = await postRegistration(api, event.id, registrationBody(2)).expect(201);
    await request(api.url).get(`/api/v1/registrations/${theirs.body.id}`).query({ token }).expect(404);
    await request(api.url).delete(`/api/v1/registrations/${theirs.body.id}`).query({ token }).expect(404);
    const stranger = await tokenFor(api, await makePerson(api));
    await request(api.url).delete(`/api/v1/registrations/${theirs.body.id}`).set(bearer(stranger)).expect(404);
    const [status] = await db.query('SELECT status FROM registrations WHERE id = $1', [theirs.body.id]);
    expect(status.status).toBe('confirmed');

    const cancelled = await request(api.url).delete(`/api/v1/registrations/${mine.body.id}`).query({ token }).expect(200);
    expect(cancelled.body.status).toBe('cancelled');
  });

  it('exports the registrations as CSV for organisers only, with formulas neutralised', async () => {
    const event = await makePublishedEvent(api, { capacity: 10 });
    await postRegistration(api, event.id, registrationBody(1, { name: '=HYPERLINK("http://evil.example")', dietaryNeeds: 'Vegan' })).expect(201);
    await postRegistration(api, event.id, registrationBody(2)).expect(201);
    const csv = await request(api.url).get(`/api/v1/events/${event.id}/registrations.csv`).set(bearer(event.organiserToken)).expect(200);
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    const lines = csv.text.trim().split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^Name,Email,Organisation/);
    expect(csv.text).toContain(`"'=HYPERLINK(""http://evil.example"")"`);
    expect(csv.text).toContain('Vegan');
    // Readable labels and local times a spreadsheet reads, not codes and ISO instants.
    expect(lines[0]).toContain('Registered (Europe/London)');
    const first = lines.find((line) => line.includes('Vegan'))!;
    expect(first).toMatch(/,Delegate,Confirmed,/);
    expect(first).toMatch(/,\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    expect(csv.text).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:/);
    // In the organiser's language: a browser in Welsh gets Welsh headings and labels.
    const welsh = await request(api.url).get(`/api/v1/events/${event.id}/registrations.csv`).set(bearer(event.organiserToken)).set('Accept-Language', 'cy').expect(200);
    expect(welsh.text.split('\r\n')[0]).toMatch(/^Enw,E-bost,Sefydliad,.*,Wedi cofrestru \(Europe\/London\)$/);
    expect(welsh.text).toContain(",Cynrychiolydd,Wedi'i gadarnhau,");
    await request(api.url).get(`/api/v1/events/${event.id}/registrations.csv`).set(bearer(await tokenFor(api, await makePerson(api)))).expect(403);
  });

  it('lists only confirmed delegates who chose to appear, by name and organisation', async () => {
    const event = await makePublishedEvent(api, { capacity: 1 });
    await postRegistration(api, event.id, registrationBody(1, { name: 'Ada Shown', organisationName: 'Oldham Council', showOnAttendeeList: true })).expect(201);
    await postRegistration(api, event.id, registrationBody(2, { name: 'Bo Waiting', showOnAttendeeList: true })).expect(201);
    const hidden = await makePublishedEvent(api, { capacity: 5 });
    await postRegistration(api, hidden.id, registrationBody(3, { name: 'Cy Private' })).expect(201);
    const shown = await request(api.url).get(`/api/v1/events/${event.slug}/attendees`).expect(200);
    expect(shown.body.items).toEqual([{ name: 'Ada Shown', organisationName: 'Oldham Council' }]);
    expect((await request(api.url).get(`/api/v1/events/${hidden.id}/attendees`).expect(200)).body.items).toEqual([]);
  });

  it('erases dietary and access needs once the event is past the retention time, and only then', async () => {
    const past = await makePublishedEvent(api, { capacity: 5 });
    const recent = await makePublishedEvent(api, { capacity: 5 });
    const a = await postRegistration(api, past.id, registrationBody(1, { dietaryNeeds: 'Halal', accessNeeds: 'Step-free' })).expect(201);
    const b = await postRegistration(api, recent.id, registrationBody(2, { dietaryNeeds: 'Vegan' })).expect(201);
    await db.query(`UPDATE events SET starts_at = now() - interval '41 days', ends_at = now() - interval '40 days' WHERE id = $1`, [past.id]);
    await db.query(`UPDATE events SET starts_at = now() - interval '11 days', ends_at = now() - interval '10 days' WHERE id = $1`, [recent.id]);
    expect(await api.app.get(RegistrationService).eraseExpiredNeeds()).toBeGreaterThanOrEqual(1);
    const [erased] = await db.query('SELECT dietary_needs, access_needs, name FROM registrations WHERE id = $1', [a.body.id]);
    expect(erased).toEqual({ dietary_needs: null, access_needs: null, name: 'Delegate 1' });
    const [kept] = await db.query('SELECT dietary_needs FROM registrations WHERE id = $1', [b.body.id]);
    expect(kept.dietary_needs).toBe('Vegan');
  });

  it('erases needs of either kind alone, at a cancelled event too, and leaves a registration that gave none as it was', async () => {
    const held = await makePublishedEvent(api, { capacity: 5 });
    const cancelled = await makePublishedEvent(api, { capacity: 5 });
    const accessOnly = await registerDelegate(api, held.id, 1, { accessNeeds: 'Hearing loop' });
    const none = await registerDelegate(api, held.id, 2);
    const dietaryOnly = await registerDelegate(api, cancelled.id, 3, { dietaryNeeds: 'Kosher' });
    await request(api.url).post(`/api/v1/events/${cancelled.id}/cancel`).set(bearer(cancelled.organiserToken)).expect(200);
    await db.query(`UPDATE events SET starts_at = now() - interval '41 days', ends_at = now() - interval '40 days' WHERE id = ANY($1::uuid[])`, [[held.id, cancelled.id]]);
    const untouched = `SELECT id, updated_at FROM registrations WHERE id = $1`;
    const [before] = await db.query(untouched, [none.id]);

    expect(await api.app.get(RegistrationService).eraseExpiredNeeds()).toBeGreaterThanOrEqual(2);
    const needs = await db.query('SELECT dietary_needs, access_needs FROM registrations WHERE id = ANY($1::uuid[])', [[accessOnly.id, dietaryOnly.id]]);
    expect(needs).toEqual([{ dietary_needs: null, access_needs: null }, { dietary_needs: null, access_needs: null }]);
    expect(await db.query(untouched, [none.id])).toEqual([before]);
  });

  it("lists an organiser's own events, drafts included, and no one else's", async () => {
    const organiser = await makePerson(api);
    const token = await tokenFor(api, organiser);
    const mine = await makePublishedEvent(api);
    const other = await makePublishedEvent(api);
    await db.query('INSERT INTO event_organisers (event_id, person_id) VALUES ($1, $2)', [mine.id, organiser.id]);
    const listed = await request(api.url).get('/api/v1/events/mine').set(bearer(token)).expect(200);
    expect(listed.body.items.map((event: { id: string }) => event.id)).toEqual([mine.id]);
    const networkOrganiser = await request(api.url).get('/api/v1/events/mine').set(bearer(other.organiserToken)).expect(200);
    expect(networkOrganiser.body.items.map((event: { id: string }) => event.id)).toEqual(expect.arrayContaining([mine.id, other.id]));
    await request(api.url).get('/api/v1/events/mine').expect(401);
  });

  it('records apologies once per address, answering and acknowledging each sending alike', async () => {
    const event = await makePublishedEvent(api);
    const body = { name: 'Cllr Absent', email: `${unique('absent')}@example.org`, organisationName: 'Plymouth City Council' };
    const first = await request(api.url).post(`/api/v1/events/${event.id}/apologies`).send(body).expect(202);
    const again = await request(api.url).post(`/api/v1/events/${event.id}/apologies`).send(body).expect(202);
    expect(again.body).toEqual(first.body);
    expect(Number((await db.query('SELECT count(*) AS n FROM apologies WHERE event_id = $1', [event.id]))[0].n)).toBe(1);
    const acks = await db.query(`SELECT kind FROM outbox_messages WHERE recipient = $1`, [body.email]);
    expect(acks).toEqual([{ kind: 'apologies-received' }, { kind: 'apologies-received' }]);
  });

  it('holds its rows together: a registration needs its event, an event people registered for cannot be deleted, a removed workshop keeps its choices (the calendar cancels those seats)', async () => {
    const event = await makePublishedEvent(api, { capacity: 10 }, [{ title: 'Community energy', capacity: 5 }]);
    const registered = await postRegistration(api, event.id, registrationBody(1, { workshopIds: event.workshopIds }));
    expect(registered.status).toBe(201);

    await expect(
      db.query(`INSERT INTO registrations (event_id, email, name, status, manage_token_hash) VALUES (gen_random_uuid(), 'x@example.org', 'X', 'confirmed', 'x')`),
    ).rejects.toThrow(/foreign key/);
    await expect(db.query('DELETE FROM events WHERE id = $1', [event.id])).rejects.toThrow(/foreign key/);

    await request(api.url).delete(`/api/v1/sessions/${event.workshopIds[0]}`).set(bearer(event.organiserToken)).expect(204);
    expect(await db.query('SELECT session_id FROM workshop_choices WHERE registration_id = $1', [registered.body.id])).toEqual([{ session_id: event.workshopIds[0] }]);
    expect((await db.query('SELECT count(*)::int AS n FROM registrations WHERE id = $1', [registered.body.id]))[0].n).toBe(1);
  });
});
