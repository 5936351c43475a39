import type { MinutesContent } from '../minutes/minutes-content';
import { minutesWithoutNames } from './minutes-without-names';

const content = (): MinutesContent => ({
  title: 'Citizens Commission',
  place: 'Lambeth Town Hall',
  date: '11 October 2010',
  time: '9.00am',
  present: [
    { category: 'delegate', label: 'Delegates', people: [{ name: 'Erin Erased', affiliation: 'Councillor, Oldham Council' }, { name: 'Ann Kept', affiliation: 'Lambeth Council' }] },
  ],
  apologies: [{ name: 'erin erased ', affiliation: 'Oldham Council' }],
  mattersArising: [{ actionId: 'a1', description: 'Erin Erased to write to Annual Forum', owner: 'Erin Erased', dueDate: null, fromMeeting: 'June' }],
  items: [{ key: 's-1', title: 'Question & Comments', sessionId: null, body: '- Cllr Erin Erased (Oldham Council): what next?\n- Ann Kept: the Annual report', decisions: ['Thanks to Erin Erased'] }],
});

describe('minutesWithoutNames', () => {
  it('names "Former participant" in Present, Apologies and matters arising, without affiliation', () => {
    const erased = minutesWithoutNames(content(), ['Erin Erased', 'Cllr Erin Erased']);
    expect(erased.present[0].people).toEqual([{ name: 'Former participant', affiliation: null }, { name: 'Ann Kept', affiliation: 'Lambeth Council' }]);
    expect(erased.apologies).toEqual([{ name: 'Former participant', affiliation: null }]);
    expect(erased.mattersArising[0]).toMatchObject({ owner: 'Former participant', description: 'Former participant to write to Annual Forum' });
  });

  it('replaces the names in notes and decisions as whole words, the longest first', () => {
    const erased = minutesWithoutNames(content(), ['Erin Erased', 'Cllr Erin Erased', 'Ann']);
    expect(erased.items[0].body).toBe('- Former participant (Oldham Council): what next?\n- Former participant Kept: the Annual report');
    expect(erased.items[0].decisions).toEqual(['Thanks to Former participant']);
  });

  it('leaves minutes that do not name the person as they were', () => {
    expect(minutesWithoutNames(content(), ['Someone Else'])).toEqual(content());
  });
});
