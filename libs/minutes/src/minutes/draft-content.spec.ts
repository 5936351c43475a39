import { draftContent, DraftSources } from './draft-content';

const base: DraftSources = {
  title: 'Forum',
  place: null,
  date: 'Monday 11 October 2010',
  time: '10:00–13:00',
  attendees: [],
  apologies: [],
  sessions: [],
  questions: [],
  floor: [],
  keyMoments: [],
  mattersArising: [],
};

describe('The first draft of the minutes', () => {
  it('numbers items itself, dropping the numbers of a hand-numbered agenda but not a year', () => {
    const sessions = ['1. Welcome', '2.1 Statements', '2027 budget', 'Lunch'].map((title, index) => ({ id: `s${index}`, title, kind: title === 'Lunch' ? 'break' : 'plenary', speakers: [] }));
    expect(draftContent({ ...base, sessions }).items.map((item) => item.title)).toEqual(['Welcome', 'Statements', '2027 budget']);
  });

  it('groups those present in the network order, with unknown categories last, names sorted', () => {
    const attendees = [
      { name: 'Zed', jobTitle: null, organisation: null, category: 'delegate' },
      { name: 'Amy', jobTitle: 'Clerk', organisation: 'Oldham Council', category: 'delegate' },
      { name: 'Kit', jobTitle: null, organisation: null, category: 'guest' },
      { name: 'Bo', jobTitle: null, organisation: 'Lambeth Council', category: 'commissioner' },
    ];
    expect(draftContent({ ...base, attendees }).present).toEqual([
      { category: 'commissioner', label: 'Commissioners', people: [{ name: 'Bo', affiliation: 'Lambeth Council' }] },
      { category: 'delegate', label: 'Delegates', people: [{ name: 'Amy', affiliation: 'Clerk, Oldham Council' }, { name: 'Zed', affiliation: null }] },
      { category: 'guest', label: 'guest', people: [{ name: 'Kit', affiliation: null }] },
    ]);
  });

  it('keeps a multi-line key moment inside its list entry', () => {
    const sessions = [{ id: 's', title: 'Welcome', kind: 'plenary', speakers: [] }];
    const content = draftContent({ ...base, sessions, keyMoments: [{ sessionId: 's', body: 'First line\nsecond line' }] });
    expect(content.items[0].body).toBe('Key moments:\n\n- First line\n  second line');
  });

  it('words a bilingual draft in Welsh and English, Welsh first, each label before its names once', () => {
    const sessions = [{ id: 's', title: 'Welcome', kind: 'plenary', speakers: [{ name: 'Ann', role: 'chair', organisation: 'Cardiff Council' }] }];
    const content = draftContent({
      ...base,
      sessions,
      languages: ['cy', 'en'],
      keyMoments: [{ sessionId: 's', body: 'Opened' }],
      questions: [{ sessionId: 's', askerName: null, askerOrganisation: null, body: 'When?' } as never],
    });
    expect(content.items[0].body).toBe(
      ['Cadeirydd / Chair: Ann (Cardiff Council)', 'Eiliadau allweddol / Key moments:\n\n- Opened', '**Cwestiynau a Sylwadau / Question & Comments**\n\n- Cyfranogwr / A participant: When?'].join('\n\n'),
    );
  });
});
