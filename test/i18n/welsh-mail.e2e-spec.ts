import ICAL from 'ical.js';
import { SmtpSink } from '@convene/testing';
import request from 'supertest';
import { bearer, unique } from '../identity/identity-fixtures';
import { RunningApi } from '../support/api';
import { AutumnForum, makeAutumnForum, readMail } from '../support/calendar';
import { MailingStack, startMailingStack } from '../support/mailing-stack';

/** The LANGUAGE parameter of each text property of the first VEVENT, read by ical.js. */
function languagesOf(ics: string): Record<string, string | null> {
  const vevent = new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!;
  const language = (name: string) => (vevent.getFirstProperty(name)?.getParameter('language') as string | undefined) ?? null;
  return { summary: language('summary'), description: language('description'), location: language('location') };
}

describe('Mail and invites in the language the delegate registered in', () => {
  let stack: MailingStack;
  let sink: SmtpSink;
  let api: RunningApi;
  let forum: AutumnForum;

  beforeAll(async () => {
    // Programme changes reach delegates a second after publishing (not the default minutes), so one can be read here.
    stack = await startMailingStack({ CALENDAR_DEBOUNCE_MS: '1000' });
    ({ sink, api } = stack);
    forum = await makeAutumnForum(api);
  });

  afterAll(() => stack?.close());

  const waitForMail = (email: string, subjectStart: string) =>
    sink.waitFor((mail) => mail.to === email && mail.subject.startsWith(subjectStart), 30_000).then(readMail);

  it('confirms in Welsh, with a Welsh invite marked LANGUAGE=cy, when the form says Welsh', async () => {
    const email = `${unique('cymraeg')}@example.org`;
    await request(api.url).post(`/api/v1/events/${forum.id}/registrations`).send({ name: 'Siân Jones', email, language: 'cy' }).expect(201);
    const read = await waitForMail(email, 'Rydych wedi cofrestru');

    expect(read.parsed.text).toContain('Helo Siân Jones,');
    expect(read.parsed.text).toContain("Mae eich lle wedi'i gadarnhau.");
    expect(read.parsed.text).toContain('Dydd Sadwrn 30 Hydref 2027');
    expect(read.parsed.text).toContain('Gweld neu ganslo eich cofrestriad');
    expect(read.parsed.text).toContain("Tanysgrifio i'ch calendr");
    expect(read.parsed.html).toContain('<html lang="cy">');

    const [invite] = read.files;
    expect(invite.events[0].description).toMatch(/^Y rhaglen, newidiadau a'ch cofrestriad: http/);
    expect(languagesOf(invite.raw)).toEqual({ summary: 'cy', description: 'cy', location: 'cy' });
  });

  it("takes the page's language when the form says none, and keeps it for the cancellation", async () => {
    const email = `${unique('tudalen')}@example.org`;
    const registered = await request(api.url)
      .post(`/api/v1/events/${forum.id}/registrations`)
      .set('Accept-Language', 'cy-GB, en;q=0.5')
      .send({ name: 'Gareth Price', email })
      .expect(201);
    expect(registered.body.language).toBe('cy');
    await waitForMail(email, 'Rydych wedi cofrestru');

    // Cancelled by an organiser browsing in English: the delegate still hears in Welsh.
    await request(api.url).delete(`/api/v1/registrations/${registered.body.id}`).set(bearer(forum.organiserToken)).set('Accept-Language', 'en').expect(200);
    const cancellation = await waitForMail(email, "Cofrestriad wedi'i ganslo");
    expect(cancellation.parsed.text).toContain("Mae eich cofrestriad wedi'i ganslo.");
    expect(cancellation.files[0].method).toBe('CANCEL');
    expect(languagesOf(cancellation.files[0].raw).summary).toBe('cy');
  });

  it('stays in English, marked en-GB, for an English registration', async () => {
    const email = `${unique('english')}@example.org`;
    await request(api.url).post(`/api/v1/events/${forum.id}/registrations`).send({ name: 'Ada Delegate', email, language: 'en' }).expect(201);
    const read = await waitForMail(email, "You're registered");
    expect(read.parsed.text).toContain('Saturday 30 October 2027');
    expect(read.parsed.text).toContain('(UK time)');
    expect(languagesOf(read.files[0].raw).summary).toBe('en-GB');
  });

  it("presents a bilingual event's mail in both languages, Welsh first, and its invite under the Welsh title", async () => {
    const auth = bearer(forum.organiserToken);
    const created = await request(api.url)
      .post('/api/v1/events')
      .set(auth)
      .send({
        title: unique('Cardiff Forum'), titleCy: unique('Fforwm Caerdydd'), bilingual: true, kind: 'network_forum',
        startsAt: '2027-02-11T10:00:00Z', endsAt: '2027-02-11T16:00:00Z', venueName: 'City Hall', venueNameCy: 'Neuadd y Ddinas', venueAddress: 'Cardiff',
      })
      .expect(201);
    expect(created.body).toMatchObject({ bilingual: true, titleCy: expect.stringMatching(/^Fforwm Caerdydd/) });
    await request(api.url).post(`/api/v1/events/${created.body.id}/publish`).set(auth).expect(200);
    const listed = await request(api.url).get(`/api/v1/events/${created.body.slug}`).expect(200);
    expect(listed.body).toMatchObject({ bilingual: true, titleCy: created.body.titleCy, venueNameCy: 'Neuadd y Ddinas' });

    const email = `${unique('dwyieithog')}@example.org`;
    await request(api.url).post(`/api/v1/events/${created.body.id}/registrations`).send({ name: 'Siân Jones', email, language: 'cy' }).expect(201);
    const read = await waitForMail(email, 'Rydych wedi cofrestru');
    expect(read.mail.subject).toBe(`Rydych wedi cofrestru: ${created.body.titleCy} / You're registered: ${created.body.title}`);
    const text = read.parsed.text ?? '';
    expect(text).toContain('Dydd Iau 11 Chwefror 2027, 10:00–16:00 (amser y DU)');
    expect(text.indexOf('Neuadd y Ddinas')).toBeLessThan(text.indexOf('Thursday 11 February 2027'));
    expect(read.parsed.html).toContain('<div lang="cy">');
    expect(read.files[0].events[0].summary).toBe(created.body.titleCy);
    expect(read.files[0].events[0].location).toBe('Neuadd y Ddinas, Cardiff');
  });

  it("tells a Welsh delegate of a programme change in Welsh, under the session's Welsh names", async () => {
    const changing = await makeAutumnForum(api);
    const email = `${unique('newid')}@example.org`;
    await request(api.url)
      .post(`/api/v1/events/${changing.id}/registrations`)
      .send({ name: 'Siân Jones', email, language: 'cy', workshopIds: [changing.saturdayWorkshop.id] })
      .expect(201);
    const confirmation = await waitForMail(email, 'Rydych wedi cofrestru');
    expect(confirmation.parsed.text).toContain("- Community wealth: lle wedi'i gadarnhau");

    const auth = bearer(changing.organiserToken);
    await request(api.url).patch(`/api/v1/sessions/${changing.saturdayWorkshop.id}`).set(auth).send({ room: 'Room C', titleCy: 'Cyfoeth cymunedol', roomCy: 'Ystafell C' }).expect(200);
    await request(api.url).post(`/api/v1/events/${changing.id}/agenda/publish`).set(auth).expect(200);

    const update = await waitForMail(email, 'Newid:');
    expect(update.parsed.text).toContain("Mae'r trefnwyr wedi newid y rhaglen.");
    expect(update.parsed.text).toMatch(/- Cyfoeth cymunedol \(Autumn Forum[^)]*\): bellach yn y lleoliad hwn: Ystafell C, Guildhall, Plymouth \(yn flaenorol: Room A, Guildhall, Plymouth\)/);
    const [item] = update.alternative?.calendar.events ?? [];
    expect(item.summary).toMatch(/^Cyfoeth cymunedol \(Autumn Forum/);
    expect(item.location).toBe('Ystafell C, Guildhall, Plymouth');
  });

  it('refuses a language it does not speak, and registers nobody', async () => {
    const email = `${unique('francais')}@example.org`;
    const refused = await request(api.url).post(`/api/v1/events/${forum.id}/registrations`).send({ name: 'Jo', email, language: 'fr' }).expect(400);
    expect(refused.body.statusCode).toBe(400);
    const list = await request(api.url).get(`/api/v1/events/${forum.id}/registrations?q=${email}`).set(bearer(forum.organiserToken)).expect(200);
    expect(list.body.total).toBe(0);
  });
});
