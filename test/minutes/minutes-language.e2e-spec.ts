import { pdfStructure, pdfText, testConfig } from '@convene/testing';
import type { MinutesView } from '@convene/minutes';
import request from 'supertest';
import { bearer } from '../identity/identity-fixtures';
import { RunningApi, startApi } from '../support/api';
import { Meeting, attend, draftMinutes, makeMeeting, sendApologies } from './minutes-fixtures';

// Issue 18.5: the minutes' exports are headed in the minutes' language, or in both (Welsh
// first) for a bilingual event; the OParl JSON says which languages, under its vendor prefix.
describe('Minutes exports in the meeting’s language', () => {
  let api: RunningApi;
  let day = 1;

  beforeAll(async () => {
    api = await startApi(await testConfig());
  });

  afterAll(() => api?.close());

  async function recordedMeeting(): Promise<Meeting> {
    const meeting = await makeMeeting(api, { day: day++ });
    await attend(api, meeting, { name: 'Richard Bridge', organisationName: 'Waterloo Community Coalition', category: 'commissioner', checkIn: true });
    await sendApologies(api, meeting, { name: 'Sally Leigh', organisationName: 'Lambeth Council' });
    return meeting;
  }

  const exported = (meeting: Meeting, minutes: MinutesView, format: string) =>
    request(api.url).get(`/api/v1/minutes/${minutes.id}/export/${format}`).set(bearer(meeting.organiserToken)).expect(200);

  const pdfOf = async (meeting: Meeting, minutes: MinutesView) =>
    (
      await exported(meeting, minutes, 'pdf')
        .buffer(true)
        .parse((res, done) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => done(null, Buffer.concat(chunks)));
        })
    ).body as Buffer;

  it('heads the minutes of an English meeting in English, and says so', async () => {
    const meeting = await recordedMeeting();
    const minutes: MinutesView = (await draftMinutes(api, meeting).expect(201)).body;
    expect(minutes.language).toBe('en');
    expect(minutes.content.items[0].body).toContain('Chair: Councillor Steve Reed');

    const markdown = await exported(meeting, minutes, 'md');
    expect(markdown.headers['content-language']).toBe('en');
    expect(markdown.text).toContain('### Present\n\n**Commissioners:**\n\n- Richard Bridge (Waterloo Community Coalition)');
    expect(markdown.text).toContain('### Apologies\n\n- Sally Leigh (Lambeth Council)');
    expect(markdown.text).not.toContain('Yn bresennol');

    const html = await exported(meeting, minutes, 'html');
    expect(html.text).toContain('lang="en-GB" xml:lang="en-GB"');
    expect(html.text).toContain('<h3>Apologies</h3>');

    const oparl = await exported(meeting, minutes, 'json');
    expect(oparl.body['convene:language']).toEqual(['en']);
    expect(oparl.body.agendaItem.map((item: Record<string, unknown>) => item['convene:language'])).toEqual([['en'], ['en'], ['en']]);
  });

  it('heads minutes written in Welsh in Welsh: drafted by someone reading in Welsh, or chosen', async () => {
    const meeting = await recordedMeeting();
    // The drafter's interface language (the header's switch) is the minutes' first language.
    const minutes: MinutesView = (await draftMinutes(api, meeting).set('Cookie', 'convene_lang=cy').expect(201)).body;
    expect(minutes.language).toBe('cy');
    // The draft's own words in Welsh too: the date, who chaired.
    expect(minutes.content.date).toMatch(/^Dydd \S+ \d+ Mehefin 2027$/);
    expect(minutes.content.items[0].body).toContain(`Cadeirydd: Councillor Steve Reed (${meeting.chairOrganisation})`);

    const markdown = await exported(meeting, minutes, 'md');
    expect(markdown.headers['content-language']).toBe('cy');
    expect(markdown.text).toContain('## Cofnodion\n\n*Drafft: heb eu cymeradwyo eto.*');
    expect(markdown.text).toContain('### Yn bresennol\n\n**Comisiynwyr:**\n\n- Richard Bridge (Waterloo Community Coalition)');
    expect(markdown.text).toContain('### Ymddiheuriadau\n\n- Sally Leigh (Lambeth Council)');
    expect(markdown.text).not.toMatch(/\bPresent\b|\bApologies\b/);

    const pdf = await pdfOf(meeting, minutes);
    expect(await pdfStructure(pdf)).toMatchObject({ language: 'cy' });
    const { text } = await pdfText(pdf);
    expect(text).toContain('Yn bresennol');
    expect(text).toContain('Tudalen 1 o 1');

    const oparl = await exported(meeting, minutes, 'json');
    expect(oparl.body['convene:language']).toEqual(['cy']);
    expect(oparl.body.resultsProtocol.name).toMatch(/: cofnodion$/);

    // The minute-taker may say otherwise when saving; the exports follow.
    const saved = await request(api.url)
      .put(`/api/v1/minutes/${minutes.id}`)
      .set(bearer(meeting.organiserToken))
      .send({ version: minutes.version, content: minutes.content, language: 'en' })
      .expect(200);
    expect(saved.body.language).toBe('en');
    expect((await exported(meeting, minutes, 'md')).text).toContain('### Present');
  });

  it('drafts and heads the minutes of a bilingual event in Welsh and English, Welsh first', async () => {
    const meeting = await recordedMeeting();
    const { title } = (await request(api.url).patch(`/api/v1/events/${meeting.id}`).set(bearer(meeting.organiserToken)).send({ bilingual: true, titleCy: 'Comisiwn Lambeth' }).expect(200)).body as { title: string };
    // A hand-numbered agenda in both languages: the minutes number their items themselves.
    await request(api.url).patch(`/api/v1/sessions/${meeting.sessions[0]}`).set(bearer(meeting.organiserToken)).send({ title: '1. Welcome', titleCy: '1. Croeso' }).expect(200);
    await request(api.url).post(`/api/v1/events/${meeting.id}/agenda/publish`).set(bearer(meeting.organiserToken)).send({}).expect(200);
    const minutes: MinutesView = (await draftMinutes(api, meeting, meeting.organiserToken, { language: 'en' }).expect(201)).body;
    // The first draft's own words in both too, whoever drafts it: the title, the date, who chaired.
    expect(minutes.content.title).toBe(`Comisiwn Lambeth / ${title}`);
    expect(minutes.content.date).toMatch(/^Dydd \S+ \d+ Mehefin 2027 \/ \S+day \d+ June 2027$/);
    expect(minutes.content.time).not.toContain(' / ');
    expect(minutes.content.items[0].title).toBe('Croeso / Welcome');
    expect(minutes.content.items[0].body).toContain(`Cadeirydd / Chair: Councillor Steve Reed (${meeting.chairOrganisation})`);

    const markdown = await exported(meeting, minutes, 'md');
    expect(markdown.headers['content-language']).toBe('cy, en');
    expect(markdown.text).toContain('## Cofnodion / Minutes');
    expect(markdown.text).toContain('### Yn bresennol / Present\n\n**Comisiynwyr / Commissioners:**');
    expect(markdown.text).toContain('### Ymddiheuriadau / Apologies');

    const html = await exported(meeting, minutes, 'html');
    expect(html.text).toContain('lang="cy" xml:lang="cy"');
    expect(html.text).toContain('<h3>Yn bresennol / Present</h3>');

    const oparl = await exported(meeting, minutes, 'json');
    expect(oparl.body['convene:language']).toEqual(['cy', 'en']);
    expect(oparl.body.agendaItem[0]['convene:language']).toEqual(['cy', 'en']);
  });
});
