import { testConfig } from '@convene/testing';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { bearer, makeAdmin, makeOrganisation, makePerson, tokenFor, unique } from '../identity/identity-fixtures';
import { RunningApi, startApi } from '../support/api';
import { makePublishedEvent } from '../support/events';
import { attend, draftMinutes, makeMeeting, Meeting, sendApologies } from '../minutes/minutes-fixtures';

/**
 * Every text, varchar, array and JSON column of every table (outside Postgres' own schemas)
 * that holds one of the strings, as "schema.table.column". Generic on purpose: a table added
 * later that copies a person's name or address fails this without anyone remembering to list it.
 */
async function columnsHolding(db: DataSource, strings: string[]): Promise<string[]> {
  const columns: Array<{ schema: string; table: string; column: string }> = await db.query(
    `SELECT c.table_schema AS schema, c.table_name AS table, c.column_name AS column
       FROM information_schema.columns c JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
      WHERE t.table_type = 'BASE TABLE' AND c.table_schema NOT IN ('pg_catalog', 'information_schema')
        AND (c.data_type IN ('text', 'character varying', 'character', 'json', 'jsonb', 'ARRAY', 'USER-DEFINED') OR c.udt_name IN ('citext'))
      ORDER BY 1, 2, 3`,
  );
  const patterns = strings.map((text) => `%${text.replace(/[\\%_]/g, '\\$&')}%`);
  const found: string[] = [];
  for (const { schema, table, column } of columns) {
    const quoted = `"${schema}"."${table}"`;
    const [row] = await db.query(`SELECT count(*)::int AS n FROM ${quoted} WHERE "${column}"::text ILIKE ANY($1::text[])`, [patterns]);
    if (row.n > 0) found.push(`${schema}.${table}.${column}`);
  }
  return found;
}

/** Each way a person can take part in a meeting, as a record another lib keeps; 'none' is a meeting they only appear in. */
const WAYS = ['registered', 'apologised', 'on the programme', 'asked', 'took the floor', 'quoted', 'none'] as const;
type Way = (typeof WAYS)[number];

describe('Erasure reaches every lib, and the export shows what each holds', () => {
  let api: RunningApi;
  let db: DataSource;
  let admin: { Authorization: string };

  beforeAll(async () => {
    api = await startApi(await testConfig());
    db = api.app.get(DataSource);
    admin = bearer(await tokenFor(api, await makeAdmin(api)));
  });

  afterAll(async () => {
    await api?.close();
  });

  it('leaves no copy of the name or address in any table, keeps the meeting records, and kills the feed URL', async () => {
    // A surname no other row can hold: every variant of the name contains it.
    const surname = unique('Quill');
    const oldham = await makeOrganisation(api, { name: unique('Oldham Council') });
    const person = await makePerson(api, { name: `Erin ${surname}`, organisationId: oldham.id, jobTitle: 'Cabinet Member' });
    const email = person.email!;
    const personToken = await tokenFor(api, person);
    const chair = await makePerson(api, { name: 'Cllr Sean Fielding' });
    const chairToken = await tokenFor(api, chair);

    // A published event with a plenary that runs live Q&A and a liveblog; the person speaks on it.
    const event = await makePublishedEvent(api, { capacity: 50 });
    const organiser = bearer(event.organiserToken);
    const plenary = await request(api.url)
      .post(`/api/v1/events/${event.id}/sessions`)
      .set(organiser)
      .send({ title: 'Plenary: Question & Comments', kind: 'plenary', startsAt: '2027-02-11T10:00:00Z', endsAt: '2027-02-11T11:00:00Z', liveQa: true, liveblog: true })
      .expect(201);
    const sessionId = plenary.body.id as string;
    await db.query(`INSERT INTO session_speakers (session_id, person_id, role, status) VALUES ($1, $2, 'chair', 'confirmed'), ($1, $3, 'speaker', 'confirmed')`, [
      sessionId,
      chair.id,
      person.id,
    ]);
    await request(api.url).post(`/api/v1/events/${event.id}/agenda/publish`).set(organiser).expect(200);

    // Registers under a longer form of the name, with needs; is checked in; gets a calendar feed.
    const registered = await request(api.url)
      .post(`/api/v1/events/${event.id}/registrations`)
      .send({ name: `Cllr Erin ${surname}`, email, organisationName: oldham.name, jobTitle: 'Cabinet Member', category: 'delegate', dietaryNeeds: 'Vegan', accessNeeds: 'Hearing loop', showOnAttendeeList: true })
      .expect(201);
    const registrationId = registered.body.id as string;
    await request(api.url).post(`/api/v1/registrations/${registrationId}/check-in`).set(organiser).expect(200);
    const [confirmation] = await db.query(`SELECT template_data->>'link' AS link FROM outbox_messages WHERE recipient = $1 AND kind = 'registration-confirmed'`, [email]);
    const manageToken = new URL(confirmation.link).searchParams.get('token') as string;
    const feed = await request(api.url).post(`/api/v1/registrations/${registrationId}/calendar-feed?token=${encodeURIComponent(manageToken)}`).expect(201);
    const feedPath = new URL(feed.body.url as string).pathname;
    await request(api.url).get(feedPath).expect(200);

    // Sends apologies to another meeting.
    const other = await makePublishedEvent(api);
    await request(api.url).post(`/api/v1/events/${other.id}/apologies`).send({ name: `Erin ${surname}`, email, organisationName: oldham.name }).expect(202);

    // Asks a question under a short form of the name; the chair answers it.
    const asked = await request(api.url)
      .post(`/api/v1/sessions/${sessionId}/questions`)
      .set(bearer(personToken))
      .send({ body: 'How do we share the savings with residents?', askerName: `E. ${surname}`, askerOrganisation: oldham.name })
      .expect(201);
    const questionId = asked.body.id as string;
    await request(api.url).post(`/api/v1/questions/${questionId}/answering`).set(bearer(chairToken)).expect(200);
    await request(api.url).post(`/api/v1/questions/${questionId}/answered`).set(bearer(chairToken)).expect(200);

    // Asks for the floor under a third form of the name, and is called.
    await request(api.url).post(`/api/v1/sessions/${sessionId}/floor`).set(bearer(personToken)).send({ name: `Erin ${surname} of Oldham`, topic: 'Shared savings' }).expect(201);
    await request(api.url).post(`/api/v1/sessions/${sessionId}/floor/next`).set(bearer(chairToken)).send({}).expect(200);

    // Is quoted in the liveblog, picked from the session's speakers.
    const quote = await request(api.url)
      .post(`/api/v1/sessions/${sessionId}/liveblog`)
      .set(bearer(chairToken))
      .send({ kind: 'quote', body: 'Co-operation is how we deliver.', quotePersonId: person.id })
      .expect(201);

    // Follows the plenary remotely, signed in and (confirmed) by address.
    await request(api.url).post(`/api/v1/sessions/${sessionId}/follow`).set(bearer(personToken)).send({}).expect(202);
    await request(api.url).post(`/api/v1/sessions/${sessionId}/follow`).send({ email }).expect(202);
    await db.query(`UPDATE session_follows SET confirmed_at = now() WHERE email = $1`, [email.toLowerCase()]);

    // Is in the minutes: Present (from the check-in), the item's speakers and its Q&A; published.
    const minutes = await request(api.url).post(`/api/v1/events/${event.id}/minutes`).set(organiser).send({}).expect(201);
    await request(api.url).post(`/api/v1/minutes/${minutes.body.id}/approve`).set(organiser).expect(200);
    await request(api.url).post(`/api/v1/minutes/${minutes.body.id}/publish`).set(organiser).expect(200);
    const [published] = await db.query(`SELECT content::text AS content FROM minutes WHERE id = $1`, [minutes.body.id]);
    expect(published.content).toContain(`Cllr Erin ${surname}`);
    expect(published.content).toContain(`E. ${surname} (${oldham.name})`);
    expect(published.content).toContain(`Erin ${surname} of Oldham`);

    // The worker sent them their mail (the confirmation after a first refusal that quoted the address).
    await db.query(
      `UPDATE outbox_messages SET status = 'sent', sent_at = now(), attempts = 2,
              last_error = CASE WHEN kind = 'registration-confirmed' THEN '451 <' || recipient || '>: try again later' END
        WHERE recipient = $1`,
      [email],
    );
    const [sent] = await db.query(`SELECT count(*)::int AS n FROM outbox_messages WHERE recipient = $1 AND dedupe_key LIKE '%' || $1`, [email]);
    expect(sent.n).toBeGreaterThan(0);

    // The export before erasure has every lib's section.
    const exported = (await request(api.url).get('/api/v1/me/export').set(bearer(personToken)).expect(200)).body;
    expect(exported.person).toMatchObject({ id: person.id, email });
    const titles = new Map((await db.query(`SELECT id, title FROM events WHERE id = ANY($1::uuid[])`, [[event.id, other.id]])).map((row: { id: string; title: string }) => [row.id, row.title]));
    expect(exported.registration.registrations).toEqual([
      expect.objectContaining({ id: registrationId, eventId: event.id, eventTitle: titles.get(event.id), name: `Cllr Erin ${surname}`, email, dietaryNeeds: 'Vegan', accessNeeds: 'Hearing loop', checkedInAt: expect.any(String) }),
    ]);
    expect(exported.registration.apologies).toEqual([expect.objectContaining({ eventId: other.id, eventTitle: titles.get(other.id), name: `Erin ${surname}`, email })]);
    expect(exported.speaking.speaking).toEqual([expect.objectContaining({ sessionId, role: 'speaker', status: 'confirmed' })]);
    expect(exported.qa.questions).toEqual([expect.objectContaining({ id: questionId, sessionId, sessionTitle: 'Plenary: Question & Comments', askerName: `E. ${surname}`, status: 'answered' })]);
    expect(exported.qa.floorRequests).toEqual([
      expect.objectContaining({ sessionId, sessionTitle: 'Plenary: Question & Comments', name: `Erin ${surname} of Oldham`, topic: 'Shared savings', status: 'speaking' }),
    ]);
    expect(exported.liveblog.quotes).toEqual([expect.objectContaining({ id: quote.body.id, quoteName: `Erin ${surname}`, body: 'Co-operation is how we deliver.' })]);
    expect(exported.minutes.minutes).toEqual([expect.objectContaining({ id: minutes.body.id, eventId: event.id, status: 'published', present: true, apologies: false })]);
    expect(exported.sessionFollows.follows).toEqual([
      expect.objectContaining({ sessionId, sessionTitle: 'Plenary: Question & Comments', confirmedAt: expect.any(String) }),
      expect.objectContaining({ sessionId, sessionTitle: 'Plenary: Question & Comments', confirmedAt: expect.any(String) }),
    ]);
    expect(exported.calendar.feeds).toEqual([{ id: expect.any(String), createdAt: expect.any(String), revokedAt: null }]);
    expect(JSON.stringify(exported)).not.toContain(manageToken);
    // Before erasure the generic check does find the copies (so it can fail).
    expect(await columnsHolding(db, [surname, email])).toEqual(expect.arrayContaining(['public.registrations.name', 'public.qa_questions.asker_name', 'public.minutes.content']));

    await request(api.url).delete(`/api/v1/admin/people/${person.id}`).set(admin).expect(204);

    expect(await columnsHolding(db, [surname, email])).toEqual([]);
    await request(api.url).get(feedPath).expect(404);
    const [follows] = await db.query(`SELECT count(*)::int AS n FROM session_follows WHERE session_id = $1`, [sessionId]);
    expect(follows.n).toBe(0);

    // The meeting records stay whole, attributed to "Former participant".
    const [registration] = await db.query(`SELECT name, email, job_title, dietary_needs, access_needs, status, checked_in_at, person_id FROM registrations WHERE id = $1`, [registrationId]);
    expect(registration).toMatchObject({ name: 'Former participant', email: null, job_title: null, dietary_needs: null, access_needs: null, status: 'confirmed', person_id: person.id });
    expect(registration.checked_in_at).not.toBeNull();
    const [question] = await db.query(`SELECT asker_name, asker_organisation, body, status FROM qa_questions WHERE id = $1`, [questionId]);
    expect(question).toEqual({ asker_name: 'Former participant', asker_organisation: oldham.name, body: 'How do we share the savings with residents?', status: 'answered' });
    const [floor] = await db.query(`SELECT name, topic FROM qa_floor_requests WHERE session_id = $1`, [sessionId]);
    expect(floor).toEqual({ name: 'Former participant', topic: 'Shared savings' });
    const [entry] = await db.query(`SELECT quote_name, body FROM liveblog_entries WHERE id = $1`, [quote.body.id]);
    expect(entry).toEqual({ quote_name: 'Former participant', body: 'Co-operation is how we deliver.' });
    const shown = await request(api.url).get(`/api/v1/minutes/${minutes.body.id}`).set(organiser).expect(200);
    expect(JSON.stringify(shown.body.content.present)).toContain('Former participant');
    expect(shown.body.content.items.map((item: { body: string }) => item.body).join('\n')).toContain(`Former participant (${oldham.name}): How do we share the savings`);
    const replay = await request(api.url).get(`/api/v1/sessions/${sessionId}/questions`).set(bearer(chairToken)).expect(200);
    expect(JSON.stringify(replay.body)).toContain('Former participant');

    // Their apologies still count in the other meeting's minutes, which publish without their address.
    const otherMinutes = await request(api.url).post(`/api/v1/events/${other.id}/minutes`).set(bearer(other.organiserToken)).send({}).expect(201);
    expect(otherMinutes.body.content.apologies).toEqual([{ name: 'Former participant', affiliation: oldham.name }]);
    await request(api.url).post(`/api/v1/minutes/${otherMinutes.body.id}/approve`).set(bearer(other.organiserToken)).expect(200);
    await request(api.url).post(`/api/v1/minutes/${otherMinutes.body.id}/publish`).set(bearer(other.organiserToken)).expect(200);
  });

  it("reaches the minutes of every meeting the person took part in, by whichever lib's record links them, and only those", async () => {
    const surname = unique('Quill');
    const person = await makePerson(api, { name: `Erin ${surname}` });
    const email = person.email!;
    const meetings = new Map<Way, Meeting>();
    for (const [index, way] of WAYS.entries()) meetings.set(way, await makeMeeting(api, { day: 1 + index }));
    const meeting = (way: Way) => meetings.get(way)!;

    // One link each, and nothing else: a place taken by address under another name, apologies,
    // a programme invitation not yet answered, a question, a turn at the floor, a quote.
    await attend(api, meeting('registered'), { name: 'E. Q.', email, category: 'delegate', checkIn: false });
    await sendApologies(api, meeting('apologised'), { name: `Erin ${surname}`, email });
    await db.query(`INSERT INTO session_speakers (session_id, person_id, role, status) VALUES ($1, $2, 'panellist', 'invited')`, [meeting('on the programme').sessions[1], person.id]);
    await db.query(`INSERT INTO qa_questions (session_id, body, asker_person_id, asker_name, status) VALUES ($1, 'How is it funded?', $2, 'E. Q.', 'pending')`, [
      meeting('asked').sessions[3],
      person.id,
    ]);
    await db.query(`INSERT INTO qa_floor_requests (session_id, name, requester_key, status) VALUES ($1, 'E. Q.', $2, 'spoke')`, [meeting('took the floor').sessions[3], `person:${person.id}`]);
    await db.query(`INSERT INTO liveblog_entries (session_id, kind, body, quote_person_id, quote_name) VALUES ($1, 'quote', 'We will.', $2, 'E. Q.')`, [
      meeting('quoted').sessions[1],
      person.id,
    ]);

    // Every meeting's minutes name them in an item's notes.
    const minutesOf = new Map<Way, string>();
    for (const way of WAYS) {
      const drafted = await draftMinutes(api, meeting(way)).expect(201);
      await db.query(`UPDATE minutes SET content = jsonb_set(content, '{items,0,body}', to_jsonb($2::text)) WHERE id = $1`, [drafted.body.id, `Erin ${surname} welcomed everyone.`]);
      minutesOf.set(way, drafted.body.id as string);
    }
    const linked = WAYS.filter((way) => way !== 'none').map((way) => minutesOf.get(way));

    const exported = (await request(api.url).get('/api/v1/me/export').set(bearer(await tokenFor(api, person))).expect(200)).body;
    expect(exported.minutes.minutes.map((entry: { id: string }) => entry.id).sort()).toEqual([...linked].sort());

    await request(api.url).delete(`/api/v1/admin/people/${person.id}`).set(admin).expect(204);
    const naming: Array<{ id: string }> = await db.query(`SELECT id FROM minutes WHERE id = ANY($1::uuid[]) AND content::text LIKE '%' || $2 || '%'`, [[...minutesOf.values()], surname]);
    expect(naming.map((row) => row.id)).toEqual([minutesOf.get('none')]);
  });

  it('erases with every part or not at all: a part that fails undoes the whole erasure', async () => {
    const surname = unique('Rollback');
    const person = await makePerson(api, { name: `Rita ${surname}` });
    const event = await makePublishedEvent(api, { capacity: 10 });
    await request(api.url).post(`/api/v1/events/${event.id}/registrations`).send({ name: `Rita ${surname}`, email: person.email, category: 'delegate' }).expect(201);
    // Make the last part's statement fail inside the transaction.
    await db.query(`CREATE OR REPLACE FUNCTION refuse_feed_delete() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'refused'; END $$`);
    await db.query(`INSERT INTO calendar_feeds (email, token_hash) VALUES ($1, $2)`, [person.email, unique('hash')]);
    await db.query(`CREATE TRIGGER refuse_feed_delete BEFORE DELETE ON calendar_feeds FOR EACH ROW EXECUTE FUNCTION refuse_feed_delete()`);
    try {
      await request(api.url).delete(`/api/v1/admin/people/${person.id}`).set(admin).expect(500);
    } finally {
      await db.query(`DROP TRIGGER refuse_feed_delete ON calendar_feeds`);
    }
    const [row] = await db.query(`SELECT name, email, erased_at FROM people WHERE id = $1`, [person.id]);
    expect(row).toEqual({ name: `Rita ${surname}`, email: person.email, erased_at: null });
    const [registration] = await db.query(`SELECT name, email FROM registrations WHERE event_id = $1`, [event.id]);
    expect(registration).toEqual({ name: `Rita ${surname}`, email: person.email });

    await request(api.url).delete(`/api/v1/admin/people/${person.id}`).set(admin).expect(204);
    expect(await columnsHolding(db, [surname, person.email!])).toEqual([]);
  });

  it('completes, when erased again, an erasure made before the other libs took part', async () => {
    const surname = unique('Earlier');
    const person = await makePerson(api, { name: `Eli ${surname}` });
    const event = await makePublishedEvent(api, { capacity: 10 });
    const registered = await request(api.url).post(`/api/v1/events/${event.id}/registrations`).send({ name: `Eli ${surname}`, email: person.email, category: 'delegate' }).expect(201);
    // As the erasure of identity alone left it: the person row nameless, the registration not.
    await db.query(`UPDATE registrations SET person_id = $1 WHERE id = $2`, [person.id, registered.body.id]);
    await db.query(`DELETE FROM outbox_messages WHERE recipient = $1`, [person.email]);
    await db.query(`UPDATE people SET name = 'Former participant', email = NULL, erased_at = now() WHERE id = $1`, [person.id]);
    expect(await columnsHolding(db, [surname])).toEqual(['public.registrations.name']);

    await request(api.url).delete(`/api/v1/admin/people/${person.id}`).set(admin).expect(204);
    expect(await columnsHolding(db, [surname])).toEqual([]);
    const [registration] = await db.query(`SELECT name, email FROM registrations WHERE id = $1`, [registered.body.id]);
    expect(registration).toEqual({ name: 'Former participant', email: null });
  });
});
