import { formatCalendarDate, formatWhen, formatWhenWithZone } from './when';

describe('the one date and time formatter', () => {
  const start = new Date('2027-02-11T10:00:00Z');
  const end = new Date('2027-02-11T16:00:00Z');

  it('writes a day in Welsh as a Welsh reader expects, and in English in UK conventions', () => {
    expect(formatWhen(start, end, 'Europe/London', 'cy')).toBe('Dydd Iau 11 Chwefror 2027, 10:00–16:00');
    expect(formatWhen(start, end, 'Europe/London', 'en')).toBe('Thursday 11 February 2027, 10:00–16:00');
  });

  it('names the UK zone in the reader language, and any other zone by its name', () => {
    expect(formatWhenWithZone(start, end, 'Europe/London', 'cy')).toBe('Dydd Iau 11 Chwefror 2027, 10:00–16:00 (amser y DU)');
    expect(formatWhenWithZone(start, end, 'Europe/Paris', 'en')).toBe('Thursday 11 February 2027, 11:00–17:00 (Europe/Paris)');
  });

  it('gives both days in full when a meeting runs past midnight, in summer time', () => {
    expect(formatWhen('2027-07-01T17:00:00Z', '2027-07-02T00:30:00Z', 'Europe/London', 'en')).toBe('Thursday 1 July 2027, 18:00 – Friday 2 July 2027, 01:30');
  });

  it('writes a calendar date without shifting it', () => {
    expect(formatCalendarDate('2017-01-31', 'cy')).toBe('31 Ionawr 2017');
  });
});
