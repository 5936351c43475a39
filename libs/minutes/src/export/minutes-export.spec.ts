import { ActionItem, ActionStatus } from '../actions/action-item.entity';
import { MinutesContent } from '../minutes/minutes-content';
import { MinutesDocument, minutesMarkdown } from './minutes-document';
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

const document = (minutes: MinutesContent, actions: ActionItem[] = []): MinutesDocument => ({
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
});

describe('Minutes exports', () => {
  it('prints names as written in Markdown and flags overdue actions', () => {
    const action = { id: 'a1', itemKey: 'k0', description: 'Report back', ownerName: 'Lambeth officers', dueDate: '2000-01-01', status: ActionStatus.Open, doneNote: null } as ActionItem;
    const markdown = minutesMarkdown(document(content(1), [action]));
    expect(markdown).toContain('- Ann \\*Star\\*');
    expect(markdown).toContain('## 1. Item title 1');
    expect(markdown).toContain('- Report back · Owner: Lambeth officers · Due: 1 January 2000 (overdue) · Open');
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
    expect(meeting).toMatchObject({ type: 'https://schema.oparl.org/1.1/Meeting', start: '2010-10-11T09:00:00.000Z', resultsProtocol: { mimeType: 'application/pdf' } });
    expect(meeting.agendaItem.map((item) => [item.number, item.name, item.result, item.resolutionText])).toEqual([
      ['1', 'Item title 1', 'decided', 'Agreed to pilot Adventure Playgrounds'],
      ['2', 'Item title 2', 'noted', undefined],
    ]);
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
