import { describeAgendaChanges, publicationChanges } from './agenda-changes';
import type { AgendaSessionView } from '../dto/agenda.views';

const session = (fields: Partial<AgendaSessionView>): AgendaSessionView => ({
  id: 's1',
  title: 'Welcome',
  kind: 'plenary' as AgendaSessionView['kind'],
  startsAt: new Date('2027-02-11T10:00:00Z'),
  endsAt: new Date('2027-02-11T10:45:00Z'),
  room: 'Main Hall',
  description: null,
  titleCy: null,
  descriptionCy: null,
  roomCy: null,
  capacity: null,
  liveQa: false,
  liveblog: false,
  speakers: [],
  ...fields,
});

describe('describeAgendaChanges', () => {
  it('says nothing when nothing changed', () => {
    expect(describeAgendaChanges([session({})], [session({})], 'Europe/London')).toEqual([]);
  });

  it('names what was added, dropped, moved in time or room, and re-staffed', () => {
    const before = [session({}), session({ id: 's2', title: 'Panel' })];
    const after = [
      session({ startsAt: new Date('2027-02-11T11:00:00Z'), endsAt: new Date('2027-02-11T11:45:00Z'), room: 'Atrium', speakers: [{ name: 'Cllr Ada Jones', role: 'chair', organisation: null, jobTitle: null }] }),
      session({ id: 's3', title: 'Workshop A', room: 'Workshop Room 1' }),
    ];
    expect(describeAgendaChanges(before, after, 'Europe/London')).toEqual([
      'Moved "Welcome" from Thu 11 Feb, 10:00 to Thu 11 Feb, 11:00',
      'Moved "Welcome" from Main Hall to Atrium',
      'Speakers of "Welcome" are now: Cllr Ada Jones (chair)',
      'Added "Workshop A" (Thu 11 Feb, 10:00, Workshop Room 1)',
      'Dropped "Panel"',
    ]);
  });

  it('names changes of kind, description, places and the live switches', () => {
    const after = [session({ kind: 'workshop' as AgendaSessionView['kind'], description: 'Bring a laptop', capacity: 1, liveQa: true, liveblog: true })];
    expect(describeAgendaChanges([session({})], after, 'Europe/London')).toEqual([
      '"Welcome" is now a workshop',
      'Changed the description of "Welcome"',
      '"Welcome" now has 1 place',
      'Live Q&A added to "Welcome"',
      'Liveblog added to "Welcome"',
    ]);
  });

  it('names a change of the Welsh text once, and none for a publication made before sessions had Welsh', () => {
    const older = { ...session({}) } as Partial<AgendaSessionView>;
    delete older.titleCy;
    delete older.descriptionCy;
    delete older.roomCy;
    expect(describeAgendaChanges([older as AgendaSessionView], [session({})], 'Europe/London')).toEqual([]);
    expect(describeAgendaChanges([session({})], [session({ titleCy: 'Croeso', roomCy: 'Y Brif Neuadd' })], 'Europe/London')).toEqual(['Changed the Welsh text of "Welcome"']);
  });

  it('shows times in the event zone, summer time included', () => {
    const before = [session({ startsAt: new Date('2027-07-01T09:00:00Z') })];
    const after = [session({ startsAt: new Date('2027-07-01T10:00:00Z') })];
    expect(describeAgendaChanges(before, after, 'Europe/London')).toEqual(['Moved "Welcome" from Thu 1 Jul, 10:00 to Thu 1 Jul, 11:00']);
  });

  it('says the same changes in Welsh, plurals and roles included', () => {
    const before = [session({}), session({ id: 's2', title: 'Panel' })];
    const after = [
      session({ startsAt: new Date('2027-02-11T11:00:00Z'), endsAt: new Date('2027-02-11T11:45:00Z'), capacity: 2, speakers: [{ name: 'Cllr Ada Jones', role: 'chair', organisation: null, jobTitle: null }] }),
    ];
    expect(describeAgendaChanges(before, after, 'Europe/London', 'cy')).toEqual([
      'Symudwyd "Welcome" o Iau, 11 Chwef, 10:00 i Iau, 11 Chwef, 11:00',
      'Siaradwyr "Welcome" bellach: Cllr Ada Jones (cadeirydd)',
      '"Welcome" bellach â 2 le',
      'Tynnwyd "Panel"',
    ]);
    expect(publicationChanges(null, after, 'Europe/London', 'cy')).toEqual(["Cyhoeddi'r agenda am y tro cyntaf"]);
    expect(publicationChanges(null, after, 'Europe/London')).toEqual(['First publication of the agenda']);
  });
});
