import { testConfig } from '@convene/testing';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { RunningApi, startApi } from '../support/api';
import { bearer, makeAdmin, makeOrganisation, makePerson, tokenFor, unique } from './identity-fixtures';

describe('The network admin managing organisations and people', () => {
  let api: RunningApi;
  let db: DataSource;
  let auth: { Authorization: string };

  beforeAll(async () => {
    api = await startApi(await testConfig());
    db = api.app.get(DataSource);
    auth = bearer(await tokenFor(api, await makeAdmin(api)));
  });

  afterAll(async () => {
    await api?.close();
  });

  const count = async (table: 'people' | 'organisations') => Number((await db.query(`SELECT count(*) AS n FROM ${table}`))[0].n);

  it('creates, reads and updates an organisation, saying whether it is a member', async () => {
    const name = unique('Kirklees Council');
    const created = await request(api.url).post('/api/v1/admin/organisations').set(auth).send({ name, kind: 'council', region: 'Yorkshire' }).expect(201);
    expect(created.body).toMatchObject({ name, kind: 'council', membership: 'none', isMember: false, region: 'Yorkshire' });

    const updated = await request(api.url).patch(`/api/v1/admin/organisations/${created.body.id}`).set(auth).send({ membership: 'full', website: null }).expect(200);
    expect(updated.body).toMatchObject({ membership: 'full', isMember: true, name });
    const read = await request(api.url).get(`/api/v1/admin/organisations/${created.body.id}`).set(auth).expect(200);
    expect(read.body.membership).toBe('full');
  });

  it('refuses a second organisation with the same name with 409', async () => {
    const existing = await makeOrganisation(api);
    const response = await request(api.url).post('/api/v1/admin/organisations').set(auth).send({ name: existing.name, kind: 'council' }).expect(409);
    expect(response.body.code).toBe('organisation_name_taken');
  });

  it('searches organisations and pages through them', async () => {
    const tag = unique('Searchable');
    for (let i = 0; i < 3; i++) await makeOrganisation(api, { name: `${tag} ${i}` });
    const page = await request(api.url).get('/api/v1/admin/organisations').query({ q: tag.toUpperCase(), limit: 2, offset: 0 }).set(auth).expect(200);
    expect(page.body.total).toBe(3);
    expect(page.body.items.map((o: { name: string }) => o.name)).toEqual([`${tag} 0`, `${tag} 1`]);
    const next = await request(api.url).get('/api/v1/admin/organisations').query({ q: tag, limit: 2, offset: 2 }).set(auth).expect(200);
    expect(next.body.items.map((o: { name: string }) => o.name)).toEqual([`${tag} 2`]);
  });

  it('treats % and _ in a search as plain characters', async () => {
    const page = await request(api.url).get('/api/v1/admin/organisations').query({ q: '%' }).set(auth).expect(200);
    expect(page.body.total).toBe(0);
  });

  it.each([{ limit: 101 }, { limit: 0 }, { offset: -1 }, { limit: 'ten' }])('refuses paging %j with 400', async (query) => {
    const response = await request(api.url).get('/api/v1/admin/people').query(query).set(auth).expect(400);
    expect(Object.keys(response.body.details).length).toBeGreaterThan(0);
  });

  it('creates a person with a lower-cased address, and tells if they are a network member', async () => {
    const organisation = await makeOrganisation(api, { membership: 'affiliate' as never });
    const email = `${unique('New.Person')}@Example.ORG`;
    const created = await request(api.url)
      .post('/api/v1/admin/people')
      .set(auth)
      .send({ email, name: 'Sam Patel', jobTitle: 'Policy Officer', organisationId: organisation.id, pronouns: 'they/them', phone: '+44 20 7926 1000', dietaryNeeds: 'vegetarian' })
      .expect(201);
    expect(created.body).toMatchObject({ email: email.toLowerCase(), name: 'Sam Patel', isMember: true, organisation: { id: organisation.id } });

    const duplicate = await request(api.url).post('/api/v1/admin/people').set(auth).send({ email: email.toUpperCase(), name: 'Someone Else' }).expect(409);
    expect(duplicate.body.code).toBe('person_email_taken');
  });

  it('updates a person and finds them by search', async () => {
    const person = await makePerson(api);
    const name = unique('Renamed');
    await request(api.url).patch(`/api/v1/admin/people/${person.id}`).set(auth).send({ name, roles: ['organiser'] }).expect(200);
    const found = await request(api.url).get('/api/v1/admin/people').query({ q: name }).set(auth).expect(200);
    expect(found.body.items).toEqual([expect.objectContaining({ id: person.id, name, roles: ['organiser'], isMember: false })]);
  });

  it("finds people by their organisation's name as well as their own", async () => {
    const organisation = await makeOrganisation(api, { name: unique('Wigan Council') });
    const member = await makePerson(api, { name: unique('Ana Member'), organisationId: organisation.id });
    await makePerson(api, { name: unique('Ana Elsewhere') });
    const found = await request(api.url).get('/api/v1/admin/people').query({ q: organisation.name.toLowerCase() }).set(auth).expect(200);
    expect(found.body.items.map((p: { id: string }) => p.id)).toEqual([member.id]);
    expect(found.body.items[0].organisation).toMatchObject({ id: organisation.id, name: organisation.name });
  });

  it('answers an unknown or malformed id with 404 or 400', async () => {
    await request(api.url).get('/api/v1/admin/people/00000000-0000-4000-8000-000000000000').set(auth).expect(404);
    await request(api.url).get('/api/v1/admin/people/not-a-uuid').set(auth).expect(400);
  });

  it.each([
    ['a malformed email', { email: 'not-an-email', name: 'Jo' }, 'email'],
    ['a 10 kB name', { email: 'jo@example.org', name: 'x'.repeat(10_000) }, 'name'],
    ['a line break in the name', { email: 'jo@example.org', name: 'Jo\r\nBcc: x@example.org' }, 'name'],
    ['an empty name', { email: 'jo@example.org', name: '   ' }, 'name'],
    ['an unknown field', { email: 'jo@example.org', name: 'Jo', isAdmin: true }, 'isAdmin'],
    ['an unknown role', { email: 'jo@example.org', name: 'Jo', roles: ['superuser'] }, 'roles'],
    ['a phone with letters', { email: 'jo@example.org', name: 'Jo', phone: '=cmd|calc' }, 'phone'],
  ])('refuses a person with %s with 400, field details and nothing written', async (_case, body, field) => {
    const before = await count('people');
    const response = await request(api.url).post('/api/v1/admin/people').set(auth).send(body).expect(400);
    expect(response.body).toMatchObject({ statusCode: 400, error: 'Bad Request' });
    expect(response.body.details[field]).toEqual(expect.arrayContaining([expect.any(String)]));
    expect(await count('people')).toBe(before);
  });

  it('refuses to null a required field on update, and writes nothing', async () => {
    const person = await makePerson(api, { name: 'Kept Name' });
    const response = await request(api.url).patch(`/api/v1/admin/people/${person.id}`).set(auth).send({ name: null }).expect(400);
    expect(response.body.details.name).toBeDefined();
    const [row] = await db.query('SELECT name FROM people WHERE id = $1', [person.id]);
    expect(row.name).toBe('Kept Name');
  });

  it('refuses an organisation with bad fields with 400 and writes nothing', async () => {
    const before = await count('organisations');
    const response = await request(api.url)
      .post('/api/v1/admin/organisations')
      .set(auth)
      .send({ name: 'A\nB', kind: 'planet', website: 'javascript:alert(1)', extra: 1 })
      .expect(400);
    expect(Object.keys(response.body.details).sort()).toEqual(['extra', 'kind', 'name', 'website']);
    expect(await count('organisations')).toBe(before);
  });

  it('exports people as CSV, quoted, with formula cells neutralised', async () => {
    const organisation = await makeOrganisation(api, { name: unique('Council, "The"') });
    const person = await makePerson(api, { name: '=HYPERLINK("http://evil.example","x")', organisationId: organisation.id, phone: '+44 1 2' });
    const response = await request(api.url).get('/api/v1/admin/people.csv').set(auth).expect(200);
    expect(response.headers['content-type']).toMatch(/^text\/csv/);
    expect(response.headers['content-disposition']).toMatch(/attachment; filename="people.csv"/);
    const lines = response.text.split('\r\n');
    expect(lines[0]).toBe('id,name,email,job_title,organisation,membership,is_member,phone,pronouns,accessibility_needs,dietary_needs,roles,created_at');
    const line = lines.find((l) => l.startsWith(person.id))!;
    expect(line).toContain(`"'=HYPERLINK(""http://evil.example"",""x"")"`);
    expect(line).toContain(`"${organisation.name.replace(/"/g, '""')}"`);
    expect(line).toContain(`,'+44 1 2,`);
  });
});
