import { wallClockToUtc } from './wall-clock';

describe('wallClockToUtc', () => {
  it('reads London summer time as UTC+1 and winter time as UTC+0', () => {
    expect(wallClockToUtc('2027-07-01T10:00', 'Europe/London').toISOString()).toBe('2027-07-01T09:00:00.000Z');
    expect(wallClockToUtc('2027-02-11T10:00', 'Europe/London').toISOString()).toBe('2027-02-11T10:00:00.000Z');
  });

  it('is right on both sides of the October clock change', () => {
    // Clocks go back at 02:00 BST on Sunday 31 October 2027.
    expect(wallClockToUtc('2027-10-30T10:00', 'Europe/London').toISOString()).toBe('2027-10-30T09:00:00.000Z');
    expect(wallClockToUtc('2027-11-01T10:00', 'Europe/London').toISOString()).toBe('2027-11-01T10:00:00.000Z');
  });

  it('handles other zones and refuses what is not a local time', () => {
    expect(wallClockToUtc('2027-01-15T09:30', 'America/New_York').toISOString()).toBe('2027-01-15T14:30:00.000Z');
    expect(() => wallClockToUtc('11 February 2027', 'Europe/London')).toThrow(/YYYY-MM-DDTHH:mm/);
  });
});
