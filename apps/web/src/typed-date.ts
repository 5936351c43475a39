// Dates and times as people type them in the date boxes and time box (organise/date-boxes.tsx),
// read back into the 'YYYY-MM-DD' and 'HH:mm' the rest of the web app works in, or told which box
// is wrong and how (the GOV.UK pattern: the error names the box, only that box is marked).

export type DateBox = 'day' | 'month' | 'year';

/**
 * Why three boxes are not a date: all empty; some empty (`boxes`, in order); one box not a number
 * it can be (`box`: a day 1 to 31, a month 1 to 12, a year of 4 digits); or no such day (31 2 2027).
 */
export type DateBoxesProblem =
  | { problem: 'missing' }
  | { problem: 'incomplete'; boxes: DateBox[] }
  | { problem: 'box'; box: DateBox }
  | { problem: 'notReal' };

const BOXES: DateBox[] = ['day', 'month', 'year'];

/** Day, month and year boxes as 'YYYY-MM-DD', or what is wrong with them. */
export function readDateBoxes(day: string, month: string, year: string): { date: string } | DateBoxesProblem {
  const typed = { day: day.trim(), month: month.trim(), year: year.trim() };
  const empty = BOXES.filter((box) => !typed[box]);
  if (empty.length === 3) return { problem: 'missing' };
  if (empty.length) return { problem: 'incomplete', boxes: empty };
  const d = /^\d{1,2}$/.test(typed.day) ? Number(typed.day) : 0;
  const m = /^\d{1,2}$/.test(typed.month) ? Number(typed.month) : 0;
  if (d < 1 || d > 31) return { problem: 'box', box: 'day' };
  if (m < 1 || m > 12) return { problem: 'box', box: 'month' };
  if (!/^\d{4}$/.test(typed.year)) return { problem: 'box', box: 'year' };
  const y = Number(typed.year);
  const check = new Date(Date.UTC(y, m - 1, d));
  if (check.getUTCMonth() !== m - 1) return { problem: 'notReal' };
  return { date: `${typed.year}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}` };
}

/** The box a problem is about, for the error summary's link and the red border: the first empty or wrong one; none when it is the whole date. */
export function wrongBox(problem: DateBoxesProblem): DateBox | undefined {
  if (problem.problem === 'incomplete') return problem.boxes[0];
  if (problem.problem === 'box') return problem.box;
  return undefined;
}

/** The message's select key for an incomplete date: the empty boxes joined ('month', 'dayYear'). */
export function emptyBoxesKey(boxes: DateBox[]): string {
  return boxes.map((box, index) => (index ? box.charAt(0).toUpperCase() + box.slice(1) : box)).join('');
}

/** 'YYYY-MM-DD' as the three boxes show it: day and month without a leading zero ("1", "7", "2027"). */
export function boxesFromDate(date: string | undefined): { day: string; month: string; year: string } {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date ?? '');
  return match ? { day: String(Number(match[3])), month: String(Number(match[2])), year: match[1] } : { day: '', month: '', year: '' };
}

/** A 24-hour time as typed ("14:30", "14.30", "1430", "9:05", "9") as 'HH:mm'; '' when empty; null when it is not a time of day. */
export function readTime(typed: string): string | null {
  const text = typed.trim();
  if (!text) return '';
  const match = /^(\d{1,2})(?:[:.h]?(\d{2}))?$/.exec(text);
  if (!match) return null;
  const [hour, minute] = [Number(match[1]), Number(match[2] ?? '0')];
  if (hour > 23 || minute > 59) return null;
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}
