// Dates and times as people type them in the date boxes and time box (organise/date-boxes.tsx),
// read back into the 'YYYY-MM-DD' and 'HH:mm' the rest of the web app works in. Anything else is
// passed on as typed, so fromLocal (local-time.ts) says it is not a real date or time.

/** Day, month and year boxes as 'YYYY-MM-DD'; '' when all three are empty. */
export function dateFromBoxes(day: string, month: string, year: string): string {
  const parts = [day, month, year].map((part) => part.trim());
  if (parts.every((part) => !part)) return '';
  const [d, m, y] = parts;
  if (!/^\d{1,2}$/.test(d) || !/^\d{1,2}$/.test(m) || !/^\d{4}$/.test(y)) return `${y}-${m}-${d}`;
  return `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
}

/** 'YYYY-MM-DD' as the three boxes show it: day and month without a leading zero ("1", "7", "2027"). */
export function boxesFromDate(date: string | undefined): { day: string; month: string; year: string } {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date ?? '');
  return match ? { day: String(Number(match[3])), month: String(Number(match[2])), year: match[1] } : { day: '', month: '', year: '' };
}

/** A 24-hour time as typed ("14:30", "14.30", "1430", "9:05", "9") as 'HH:mm'; otherwise as typed. */
export function timeFromText(typed: string): string {
  const text = typed.trim();
  const match = /^(\d{1,2})(?:[:.h]?(\d{2}))?$/.exec(text);
  if (!match) return text;
  return `${match[1].padStart(2, '0')}:${match[2] ?? '00'}`;
}
