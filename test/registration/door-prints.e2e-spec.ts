import request from 'supertest';
import { pdfStructure, pdfText, testConfig } from '@convene/testing';
import { bearer, makePerson, tokenFor } from '../identity/identity-fixtures';
import { RunningApi, startApi } from '../support/api';
import { makePublishedEvent, registerDelegate } from '../support/events';

// What organisers print for the door (issue 15.3): name badges, workshop lists, and the CSV's workshops.
describe('Name badges, workshop lists and the registrations CSV', () => {
  let api: RunningApi;

  beforeAll(async () => {
    api = await startApi(await testConfig());
  });

  afterAll(async () => {
    await api?.close();
  });

  const pdfOf = (response: request.Response) => response.body as Buffer;
  const get = (path: string, token: string) => request(api.url).get(path).set(bearer(token)).buffer(true).parse((res, done) => {
    const chunks: Buffer[] = [];
    res.on('data', (chunk: Buffer) => chunks.push(chunk));
    res.on('end', () => done(null, Buffer.concat(chunks)));
  });

  it('prints one badge per confirmed place (name, organisation, category) and a list per workshop of who has a place in it', async () => {
    const event = await makePublishedEvent(api, { capacity: 3 }, [{ title: 'Community energy', capacity: 1 }]);
    const [workshop] = event.workshopIds;
    await registerDelegate(api, event.id, 1, { name: 'Angharad Jones', organisationName: 'Cardiff Council', category: 'officer', workshopIds: [workshop] });
    await registerDelegate(api, event.id, 2, { name: 'Ben Okafor', organisationName: 'Oldham Council', workshopIds: [workshop] });
    await request(api.url).post(`/api/v1/events/${event.id}/walk-ins`).set(bearer(event.organiserToken)).send({ name: 'Cai Walker', category: 'press' }).expect(201);
    const waiting = await registerDelegate(api, event.id, 4, { name: 'Dana Waits', organisationName: 'Kirklees Council' });
    expect(waiting.status).toBe('waitlisted');

    const badges = await get(`/api/v1/events/${event.id}/badges.pdf`, event.organiserToken).expect(200);
    expect(badges.headers['content-type']).toBe('application/pdf');
    expect(badges.headers['cache-control']).toBe('no-store');
    const text = await pdfText(pdfOf(badges));
    expect(text.pages).toBe(1);
    for (const line of ['Angharad Jones', 'Cardiff Council', 'COUNCIL OFFICER', 'Ben Okafor', 'Oldham Council', 'DELEGATE', 'Cai Walker', 'PRESS']) expect(text.text).toContain(line);
    expect(text.text).not.toContain('Dana Waits');
    // One tagged section per badge, each headed by the person's name, in name order.
    const structure = await pdfStructure(pdfOf(badges));
    expect(structure.language).toBe('en-GB');
    expect(structure.elements.filter((element) => element.role === 'Sect')).toHaveLength(3);
    expect(structure.elements.filter((element) => element.role === 'H2').map((element) => element.text)).toEqual(['Angharad Jones', 'Ben Okafor', 'Cai Walker']);

    const lists = await get(`/api/v1/events/${event.id}/workshop-lists.pdf`, event.organiserToken).expect(200);
    const listed = await pdfText(pdfOf(lists));
    expect(listed.text).toContain('Community energy');
    expect(listed.text).toContain('Room: Workshop Room 1');
    expect(listed.text).toContain('1 person has a place (of 1)');
    expect(listed.text).toContain('Angharad Jones, Cardiff Council');
    expect(listed.text).not.toContain('Ben Okafor');
    expect(listed.text).toContain('On the waiting list: 1');
    const listStructure = await pdfStructure(pdfOf(lists));
    expect(listStructure.elements.filter((element) => element.role === 'LI')).toHaveLength(1);

    // The CSV says who is in which workshop, and who waits for one.
    const csv = await request(api.url).get(`/api/v1/events/${event.id}/registrations.csv`).set(bearer(event.organiserToken)).expect(200);
    const [header, ...rows] = csv.text.trim().split('\r\n');
    expect(header).toContain(',Status,Workshops,');
    expect(rows.find((row) => row.startsWith('Angharad Jones,'))).toContain(',Community energy (Workshop Room 1),');
    expect(rows.find((row) => row.startsWith('Ben Okafor,'))).toContain(',Community energy: waiting list,');
  });

  it('prints in Welsh for an organiser reading in Welsh, and says so when there is nobody to print', async () => {
    const event = await makePublishedEvent(api, { capacity: 3 });
    const badges = await get(`/api/v1/events/${event.id}/badges.pdf`, event.organiserToken).set('Accept-Language', 'cy').expect(200);
    const text = await pdfText(pdfOf(badges));
    expect(text.text).toContain("Nid oes gan neb le wedi'i gadarnhau eto");
    expect((await pdfStructure(pdfOf(badges))).language).toBe('cy');
    const lists = await pdfText(pdfOf(await get(`/api/v1/events/${event.id}/workshop-lists.pdf`, event.organiserToken).expect(200)));
    expect(lists.text).toContain('This event has no workshops.');
  });

  it('prints for the event’s organisers only, and refuses a malformed or unknown event', async () => {
    const event = await makePublishedEvent(api, { capacity: 3 });
    const stranger = await tokenFor(api, await makePerson(api, { roles: [] }));
    for (const file of ['badges.pdf', 'workshop-lists.pdf']) {
      expect((await request(api.url).get(`/api/v1/events/${event.id}/${file}`).set(bearer(stranger))).status).toBe(403);
      expect((await request(api.url).get(`/api/v1/events/${event.id}/${file}`)).status).toBe(401);
      expect((await request(api.url).get(`/api/v1/events/not-an-id/${file}`).set(bearer(event.organiserToken))).status).toBe(400);
    }
  });
});
