import { describe, expect, it } from '@jest/globals';
import { boxesFromDate, emptyBoxesKey, readDateBoxes, readTime, wrongBox } from './typed-date';

describe('dates and times as typed in the boxes', () => {
  it('reads day, month and year boxes as a calendar date, with or without leading zeros', () => {
    expect(readDateBoxes('1', '7', '2027')).toEqual({ date: '2027-07-01' });
    expect(readDateBoxes(' 27 ', '03', '2027')).toEqual({ date: '2027-03-27' });
    expect(readDateBoxes('29', '2', '2028')).toEqual({ date: '2028-02-29' });
  });

  it('says the date is missing when all three boxes are empty, and which boxes are empty when some are', () => {
    expect(readDateBoxes('', ' ', '')).toEqual({ problem: 'missing' });
    expect(readDateBoxes('1', '', '2027')).toEqual({ problem: 'incomplete', boxes: ['month'] });
    expect(readDateBoxes('', '', '2027')).toEqual({ problem: 'incomplete', boxes: ['day', 'month'] });
    expect(emptyBoxesKey(['day', 'month'])).toBe('dayMonth');
    expect(emptyBoxesKey(['year'])).toBe('year');
  });

  it('names the box that is not a number it can be: a day 1 to 31, a month 1 to 12, a year of 4 digits', () => {
    expect(readDateBoxes('32', '3', '2027')).toEqual({ problem: 'box', box: 'day' });
    expect(readDateBoxes('0', '3', '2027')).toEqual({ problem: 'box', box: 'day' });
    expect(readDateBoxes('27', '13', '2027')).toEqual({ problem: 'box', box: 'month' });
    expect(readDateBoxes('27', 'March', '2027')).toEqual({ problem: 'box', box: 'month' });
    expect(readDateBoxes('27', '3', '27')).toEqual({ problem: 'box', box: 'year' });
  });

  it('says a day the month does not have is not a real date, about the whole date', () => {
    const problem = readDateBoxes('31', '2', '2027');
    expect(problem).toEqual({ problem: 'notReal' });
    expect(wrongBox(problem as { problem: 'notReal' })).toBeUndefined();
    expect(readDateBoxes('29', '2', '2027')).toEqual({ problem: 'notReal' });
  });

  it('points at the first empty box, or the box that is wrong', () => {
    expect(wrongBox({ problem: 'incomplete', boxes: ['month', 'year'] })).toBe('month');
    expect(wrongBox({ problem: 'box', box: 'year' })).toBe('year');
    expect(wrongBox({ problem: 'missing' })).toBeUndefined();
  });

  it('shows a calendar date in the boxes without leading zeros, and empty boxes for none', () => {
    expect(boxesFromDate('2027-07-01')).toEqual({ day: '1', month: '7', year: '2027' });
    expect(boxesFromDate(undefined)).toEqual({ day: '', month: '', year: '' });
  });

  it('reads a 24-hour time typed with a colon, a full stop, an h or nothing between hours and minutes', () => {
    expect(readTime('14:30')).toBe('14:30');
    expect(readTime('14.30')).toBe('14:30');
    expect(readTime('1430')).toBe('14:30');
    expect(readTime('9:05')).toBe('09:05');
    expect(readTime('9')).toBe('09:00');
    expect(readTime('  10:00 ')).toBe('10:00');
  });

  it('reads an empty time box as empty, and anything not a time of day as none', () => {
    expect(readTime('')).toBe('');
    expect(readTime('2pm')).toBeNull();
    expect(readTime('10:0')).toBeNull();
    expect(readTime('24:00')).toBeNull();
    expect(readTime('10:60')).toBeNull();
  });
});
