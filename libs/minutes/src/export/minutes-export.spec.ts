import { ActionItem, ActionStatus } from '../actions/action-item.entity';
import { MinutesContent } from '../minutes/minutes-content';
import type { Language } from '@convene/i18n';
import { MinutesDocument, minutesLanguages, minutesMarkdown } from './minutes-document';
import { minutesHtml } from './minutes-html';
import { minutesOparl } from './minutes-oparl';
import { minutesPdf } from './minutes-pdf';
import { pdfText, xmlProblems } from '@convene/testing';

const content = (items: number, bodyLines = 2): MinutesContent => ({
  title: 'Citizens’ Commission <script>alert(1)</script>',
  place: 'Lambeth Town Hall, Brixton',
  date: 'Monday 11 October 2010',
  time: '10:00–13:00',
  present: [{ category: 'commissioner', label: 'Commissioners', people: [{ name: 'Steve Reed', affiliation: 'Lambeth Council & partners' }] }],
  apologies: [{ name: 'Ann *Star*', affiliation: null }],
  mattersArising: [],
  items: Array.from({ length: items }, (_, index) => ({
    key: `k${index}`,
    title: `Item title ${index + 1}`,
    sessionId: null,
    body: Array.from({ length: bodyLines }, (_, line) => `Paragraph ${line + 1} of item ${index + 1} with <b>raw html</b> & an ampersand.`).join('\n\n'),
    decisions: index === 0 ? ['Agreed to pilot Adventure Playgrounds'] : [],
  })),
});

const document = (minutes: MinutesContent, actions: ActionItem[] = [], languages: Language[] = ['en']): MinutesDocument => ({
  id: 'd1',
  status: 'published',
  content: minutes,
  actions,
  approvedAt: new Date('2010-11-01T10:00:00Z'),
  approvedByName: 'Steve Reed',
  publishedAt: new Date('2010-11-02T10:00:00Z'),
  createdAt: new Date('2010-10-12T10:00:00Z'),
  updatedAt: new Date('2010-10-13T10:00:00Z'),
  url: 'http://localhost/minutes/d1',
  languages,
});

describe('Minutes exports', () => {
  it('prints names as written in Markdown and flags overdue actions', () => {
    const action = { id: 'a1', itemKey: 'k0', description: 'Report back', ownerName: 'Lambeth officers', dueDate: '2000-01-01', status: ActionStatus.Open, doneNote: null } as ActionItem;
    const markdown = minutesMarkdown(document(content(1), [action]));
    expect(markdown).toContain('- Ann \\*Star\\*');
    expect(markdown).toContain('## 1. Item title 1');
    expect(markdown).toContain('- Report back · Owner: Lambeth officers · Due: 1 January 2000 (overdue) · Open');
  });

  it('heads the minutes in their language, or in both with Welsh first for a bilingual event', () => {
    const action = { id: 'a1', itemKey: 'k0', description: 'Report back', ownerName: 'Lambeth officers', dueDate: '2000-01-01', status: ActionStatus.Open, doneNote: null } as ActionItem;
    expect(minutesLanguages('en', false)).toEqual(['en']);
    expect(minutesLanguages('cy', false)).toEqual(['cy']);
    expect(minutesLanguages('en', true)).toEqual(['cy', 'en']);

    const welsh = minutesMarkdown(document(content(1), [action], ['cy']));
    expect(welsh).toContain('### Yn bresennol\n');
    expect(welsh).toContain('**Comisiynwyr:**');
    expect(welsh).toContain('### Ymddiheuriadau\n');
    expect(welsh).toContain('**Penderfyniadau:**');
    expect(welsh).toContain('Cymeradwywyd gan Steve Reed ar 1 Tachwedd 2010.');
    expect(welsh).toContain('- Report back · Perchennog: Lambeth officers · Erbyn: 1 Ionawr 2000 (yn hwyr) · Ar agor');
    expect(welsh).not.toMatch(/\bPresent\b|\bApologies\b/);

    const both = minutesMarkdown(document(content(1), [action], ['cy', 'en']));
    expect(both).toContain('### Yn bresennol / Present\n');
    expect(both).toContain('### Ymddiheuriadau / Apologies\n');
    expect(both).toContain('**Comisiynwyr / Commissioners:**');
    expect(both).toContain('Cymeradwywyd gan Steve Reed ar 1 Tachwedd 2010. / Approved by Steve Reed on 1 November 2010.');

    const html = minutesHtml(document(content(1), [], ['cy', 'en']));
    expect(html).toContain('<html xmlns="http://www.w3.org/1999/xhtml" lang="cy" xml:lang="cy">');
    expect(html).toContain('<h3>Yn bresennol / Present</h3>');
  });

  it('makes well-formed XHTML with what people typed escaped, never markup', () => {
    const html = minutesHtml(document(content(3)));
    expect(xmlProblems(html)).toEqual([]);
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<b>raw html</b>');
    expect(html).toContain('&lt;b&gt;raw html&lt;/b&gt; &amp; an ampersand');
    expect(html).toContain('<h3>Present</h3>');
  });

  it('shapes the minutes as an OParl 1.1 Meeting whose agenda items carry their decisions', () => {
    const meeting = minutesOparl(document(content(2)), { startsAt: new Date('2010-10-11T09:00:00Z'), endsAt: new Date('2010-10-11T12:00:00Z') }, 'http://localhost/api/v1/minutes/d1/export/pdf');
    expect(meeting).toMatchObject({ type: 'https://schema.oparl.org/1.1/Meeting', start: '2010-10-11T09:00:00.000Z', resultsProtocol: { mimeType: 'application/pdf' }, 'convene:language': ['en'] });
    expect(meeting.agendaItem.map((item) => [item.number, item.name, item.result, item.resolutionText])).toEqual([
      ['1', 'Item title 1', 'decided', 'Agreed to pilot Adventure Playgrounds'],
      ['2', 'Item title 2', 'noted', undefined],
    ]);
  });

  it('says in OParl, under its vendor prefix, which languages the meeting and each item are in', () => {
    const meeting = minutesOparl(document(content(1), [], ['cy', 'en']), { startsAt: new Date('2010-10-11T09:00:00Z'), endsAt: new Date('2010-10-11T12:00:00Z') }, 'http://localhost/pdf');
    expect(meeting['convene:language']).toEqual(['cy', 'en']);
    expect(meeting.agendaItem[0]['convene:language']).toEqual(['cy', 'en']);
    expect(meeting.resultsProtocol).toMatchObject({ name: 'Citizens’ Commission <script>alert(1)</script>: cofnodion', 'convene:language': ['cy', 'en'] });
  });

  it('catches markup that is not well-formed', () => {
    expect(xmlProblems('<html><body><p>one<br></p></body></html>')).not.toEqual([]);
    expect(xmlProblems('<html><body><p>a &nbsp; b</p></body></html>')).not.toEqual([]);
  });

  it('lays short minutes on one PDF page and long ones over several, numbered, with their text', async () => {
    const short = await pdfText(await minutesPdf(document(content(2))));
    expect(short.pages).toBe(1);
    expect(short.text).toContain('Item title 2');
    expect(short.text).toContain('Page 1 of 1');

    const long = await pdfText(await minutesPdf(document(content(30, 6))));
    expect(long.pages).toBeGreaterThan(3);
    expect(long.text).toContain(`Page ${long.pages} of ${long.pages}`);
    expect(long.text).toContain('Paragraph 6 of item 30');
  });
});
