import { pdfStructure, pdfText, testConfig, xmlProblems } from '@convene/testing';
import type { MinutesView } from '@convene/minutes';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { bearer, makePerson, tokenFor } from '../identity/identity-fixtures';
import { RunningApi, startApi } from '../support/api';
import { Meeting, answered, attend, draftMinutes, makeMeeting, sendApologies } from './minutes-fixtures';

// A whole meeting, recorded the way the system records it, and the first draft it gives.
describe('Minutes drafted from the record of a meeting', () => {
  let api: RunningApi;
  let meeting: Meeting;
  let minutes: MinutesView;

  beforeAll(async () => {
    api = await startApi(await testConfig());
    meeting = await makeMeeting(api, { day: 1, title: "Cooperative Council Citizens' Commission" });
    await attend(api, meeting, { name: 'Richard Bridge', organisationName: 'Waterloo Community Coalition', category: 'commissioner', checkIn: true });
    await attend(api, meeting, { name: 'Councillor Jackie Meldrum', organisationName: 'Lambeth Council', category: 'commissioner', checkIn: true });
    await attend(api, meeting, { name: 'Nana Amoa-Buahin', jobTitle: 'Human Resources', organisationName: 'Lambeth Council', category: 'delegate', checkIn: true });
    await attend(api, meeting, { name: 'David Burn', organisationName: 'Lambeth Council', category: 'delegate', checkIn: false });
    await attend(api, meeting, { name: 'Derrick Anderson', jobTitle: 'Chief Executive', category: 'officer', checkIn: true });
    await sendApologies(api, meeting, { name: 'Sally Leigh', organisationName: 'Lambeth Council' });
    await sendApologies(api, meeting, { name: 'Andrew Pavlou' });

    const [welcome, , , plenary] = meeting.sessions;
    await answered(api, plenary, { body: 'Second question', name: 'Sam Kay', answeredAt: '2027-06-01T11:20:00Z' });
    await answered(api, plenary, { body: 'First question?', name: 'Jo Lee', organisation: 'Oldham Council', answeredAt: '2027-06-01T11:10:00Z' });
    await answered(api, plenary, { body: 'Asked without a name', name: 'Hidden Person', organisation: 'Secret Org', anonymous: true, answeredAt: '2027-06-01T11:15:00Z' });
    await answered(api, plenary, { body: 'Never answered', name: 'Kim Poe', status: 'approved', answeredAt: '2027-06-01T11:05:00Z' });
    const db = api.app.get(DataSource);
    await db.query(
      `INSERT INTO qa_floor_requests (session_id, name, organisation, topic, spoke_at) VALUES
         ($1, 'Lee Ray', NULL, NULL, '2027-06-01T11:40:00Z'),
         ($1, 'Pat Doe', 'Plymouth City Council', 'Housing co-operatives', '2027-06-01T11:30:00Z'),
         ($1, 'Not Called', NULL, 'Parks', NULL)`,
      [plenary],
    );
    await db.query(
      `INSERT INTO liveblog_entries (session_id, kind, body, published_at, deleted_at) VALUES
         ($1, 'key_moment', 'The Chair welcomed everyone and set out the **aims** of the meeting.', '2027-06-01T09:05:00Z', NULL),
         ($1, 'key_moment', 'A draft moment', NULL, NULL),
         ($1, 'key_moment', 'A deleted moment', '2027-06-01T09:06:00Z', '2027-06-01T09:07:00Z'),
         ($1, 'update', 'An ordinary update', '2027-06-01T09:08:00Z', NULL)`,
      [welcome],
    );

    minutes = (await draftMinutes(api, meeting).expect(201)).body;
  });

  afterAll(async () => {
    await api?.close();
  });

  it('heads the draft with the title, place, date and time of the meeting', () => {
    expect(minutes.status).toBe('draft');
    expect(minutes.version).toBe(1);
    expect(minutes.content).toMatchObject({
      title: "Cooperative Council Citizens' Commission",
      place: 'Lambeth Town Hall, Brixton Hill, London',
      date: 'Tuesday 1 June 2027',
      time: '10:00–13:00',
    });
  });

  it('lists exactly those checked in as Present, grouped by category, and the apologies', () => {
    expect(minutes.content.present).toEqual([
      {
        category: 'commissioner',
        label: 'Commissioners',
        people: [
          { name: 'Councillor Jackie Meldrum', affiliation: 'Lambeth Council' },
          { name: 'Richard Bridge', affiliation: 'Waterloo Community Coalition' },
        ],
      },
      { category: 'delegate', label: 'Delegates', people: [{ name: 'Nana Amoa-Buahin', affiliation: 'Human Resources, Lambeth Council' }] },
      { category: 'officer', label: 'Officers', people: [{ name: 'Derrick Anderson', affiliation: 'Chief Executive' }] },
    ]);
    expect(minutes.content.apologies).toEqual([
      { name: 'Andrew Pavlou', affiliation: null },
      { name: 'Sally Leigh', affiliation: 'Lambeth Council' },
    ]);
    expect(minutes.content.mattersArising).toEqual([]);
  });

  it('numbers the agenda items with chair, speakers, key moments and the Q&A in the order answered', () => {
    const [welcome, statements, , plenary] = meeting.sessions;
    expect(minutes.content.items).toEqual([
      {
        key: `s-${welcome}`,
        title: 'Welcome and introductions',
        sessionId: welcome,
        body: `Chair: Councillor Steve Reed (${meeting.chairOrganisation})\n\nKey moments:\n\n- The Chair welcomed everyone and set out the **aims** of the meeting.`,
        decisions: [],
      },
      {
        key: `s-${statements}`,
        title: 'Delegate initial statements',
        sessionId: statements,
        body: `Chair: Councillor Steve Reed (${meeting.chairOrganisation})  \nSpeakers: Allison Ogden Newton (${meeting.speakerOrganisation})`,
        decisions: [],
      },
      {
        key: `s-${plenary}`,
        title: 'Question & Comments',
        sessionId: plenary,
        body: [
          '**Question & Comments**',
          '',
          '- Jo Lee (Oldham Council): First question?',
          '- A participant: Asked without a name',
          '- Sam Kay: Second question',
          '',
          'From the floor:',
          '',
          '- Pat Doe (Plymouth City Council): Housing co-operatives',
          '- Lee Ray',
        ].join('\n'),
        decisions: [],
      },
    ]);
    expect(JSON.stringify(minutes)).not.toContain('Hidden Person');
  });

  it("drafts one session's minutes for its chair, and refuses someone with no part in it", async () => {
    const [welcome, , , plenary] = meeting.sessions;
    const own = await draftMinutes(api, meeting, meeting.chairToken, { sessionId: welcome }).expect(201);
    expect(own.body.content.items.map((item: { title: string }) => item.title)).toEqual(['Welcome and introductions']);
    expect(own.body.content.title).toBe("Cooperative Council Citizens' Commission: Welcome and introductions");
    expect(own.body.content.time).toBe('10:00–10:30');

    const notChaired = await draftMinutes(api, meeting, meeting.chairToken, { sessionId: plenary }).expect(403);
    expect(notChaired.body.message).toMatch(/organisers, or the session’s note-taker or chair/);
    const stranger = await tokenFor(api, await makePerson(api, { name: 'Stranger' }));
    await draftMinutes(api, meeting, stranger).expect(403);
    await draftMinutes(api, meeting, meeting.organiserToken, { sessionId: 'not-a-uuid' }).expect(400);
  });

  it('exports well-formed printable HTML, a PDF with the right pages and text, Markdown and OParl JSON', async () => {
    const base = `/api/v1/minutes/${minutes.id}/export`;
    const auth = bearer(meeting.organiserToken);
    const html = await request(api.url).get(`${base}/html`).set(auth).expect(200).expect('content-type', /text\/html/);
    expect(xmlProblems(html.text)).toEqual([]);
    expect(html.text).toContain('<h2>1. Welcome and introductions</h2>');
    expect(html.text).toContain('<li>Councillor Jackie Meldrum (Lambeth Council)</li>');

    const pdf = await request(api.url).get(`${base}/pdf`).set(auth).buffer(true).parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => done(null, Buffer.concat(chunks)));
    }).expect(200).expect('content-type', 'application/pdf');
    const { pages, text } = await pdfText(pdf.body as Buffer);
    expect(pages).toBe(1);
    for (const line of ['Councillor Jackie Meldrum (Lambeth Council)', 'Andrew Pavlou', '3. Question & Comments', 'Jo Lee (Oldham Council): First question?', 'Page 1 of 1']) {
      expect(text).toContain(line);
    }
    // Tagged for screen readers: language, headings, lists in reading order, page numbers as furniture.
    const tags = await pdfStructure(pdf.body as Buffer);
    expect(tags).toMatchObject({ marked: true, language: 'en-GB' });
    const outline = tags.elements.map((element) => `${element.role}:${element.text}`);
    expect(outline.slice(0, 2)).toEqual(['Document:', "H1:Cooperative Council Citizens' Commission"]);
    expect(outline).toContain('H3:Present');
    expect(outline).toContain('H2:3. Question & Comments');
    const firstPresent = outline.indexOf('H3:Present');
    expect(outline.slice(firstPresent + 1, firstPresent + 6)).toEqual(['P:Commissioners:', 'L:', 'LI:', 'Lbl:•', 'LBody:Councillor Jackie Meldrum (Lambeth Council)']);
    expect(tags.artifacts).toContain('Page 1 of 1');
    expect(outline.join('\n')).not.toContain('Page 1 of 1');

    const markdown = await request(api.url).get(`${base}/md`).set(auth).expect(200);
    expect(markdown.text).toContain('### Present\n\n**Commissioners:**\n\n- Councillor Jackie Meldrum (Lambeth Council)\n- Richard Bridge (Waterloo Community Coalition)');

    const oparl = await request(api.url).get(`${base}/json`).set(auth).expect(200);
    expect(oparl.body.type).toBe('https://schema.oparl.org/1.1/Meeting');
    expect(oparl.body.agendaItem.map((item: { number: string; name: string; type: string; result: string; meeting: string }) => [item.number, item.name, item.type, item.result, item.meeting])).toEqual([
      ['1', 'Welcome and introductions', 'https://schema.oparl.org/1.1/AgendaItem', 'noted', oparl.body.id],
      ['2', 'Delegate initial statements', 'https://schema.oparl.org/1.1/AgendaItem', 'noted', oparl.body.id],
      ['3', 'Question & Comments', 'https://schema.oparl.org/1.1/AgendaItem', 'noted', oparl.body.id],
    ]);
    expect(oparl.body.resultsProtocol.accessUrl).toMatch(new RegExp(`/api/v1/minutes/${minutes.id}/export/pdf$`));

    await request(api.url).get(`${base}/docx`).set(auth).expect(400);
    await request(api.url).get(`${base}/html`).expect(404); // a draft is not for the public
  });
});
