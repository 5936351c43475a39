import { describe, expect, it } from '@jest/globals';
import { boxesFromDate, dateFromBoxes, timeFromText } from './typed-date';

describe('dates and times as typed in the boxes', () => {
  it('reads day, month and year boxes as a calendar date, with or without leading zeros', () => {
    expect(dateFromBoxes('1', '7', '2027')).toBe('2027-07-01');
    expect(dateFromBoxes(' 11 ', '02', '2027')).toBe('2027-02-11');
  });

  it('reads three empty boxes as no date, and anything else as typed (for the form to refuse)', () => {
    expect(dateFromBoxes('', ' ', '')).toBe('');
    expect(dateFromBoxes('1', '', '2027')).toBe('2027--1');
    expect(dateFromBoxes('1', 'July', '2027')).toBe('2027-July-1');
    expect(dateFromBoxes('1', '7', '27')).toBe('27-7-1');
  });

  it('shows a calendar date in the boxes without leading zeros, and empty boxes for none', () => {
    expect(boxesFromDate('2027-07-01')).toEqual({ day: '1', month: '7', year: '2027' });
    expect(boxesFromDate(undefined)).toEqual({ day: '', month: '', year: '' });
  });

  it('reads a 24-hour time typed with a colon, a full stop, an h or nothing between hours and minutes', () => {
    expect(timeFromText('14:30')).toBe('14:30');
    expect(timeFromText('14.30')).toBe('14:30');
    expect(timeFromText('1430')).toBe('14:30');
    expect(timeFromText('9:05')).toBe('09:05');
    expect(timeFromText('9')).toBe('09:00');
    expect(timeFromText('  10:00 ')).toBe('10:00');
  });

  it('passes anything else on as typed (for the form to refuse)', () => {
    expect(timeFromText('')).toBe('');
    expect(timeFromText('2pm')).toBe('2pm');
    expect(timeFromText('10:0')).toBe('10:0');
  });
});
