// Organisers enter wall-clock times in the event's own zone (Europe/London unless it says
// otherwise), whatever zone the browser is in. The offset is worked out with Intl for that local
// time, so 10:00 in July is 09:00Z (BST) and 10:00 in January is 10:00Z (GMT).

export interface LocalDateTime {
  /** 'YYYY-MM-DD' */
  date: string;
  /** 'HH:mm' */
  time: string;
}

const partsFormatters = new Map<string, Intl.DateTimeFormat>();

function partsIn(instant: number, timeZone: string): Record<'year' | 'month' | 'day' | 'hour' | 'minute', number> {
  let format = partsFormatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    });
    partsFormatters.set(timeZone, format);
  }
  const parts = format.formatToParts(new Date(instant));
  const value = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((part) => part.type === type)?.value);
  return { year: value('year'), month: value('month'), day: value('day'), hour: value('hour'), minute: value('minute') };
}

/** How far ahead of UTC the zone's clocks are at that instant, in minutes. */
function offsetMinutes(instant: number, timeZone: string): number {
  const p = partsIn(instant, timeZone);
  const shown = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute);
  return Math.round((shown - Math.floor(instant / 60_000) * 60_000) / 60_000);
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The instant, as the zone's clocks show it. */
export function toLocal(iso: string, timeZone: string): LocalDateTime {
  const p = partsIn(new Date(iso).getTime(), timeZone);
  return { date: `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}`, time: `${pad(p.hour)}:${pad(p.minute)}` };
}

export type LocalTimeProblem = 'missing' | 'invalid' | 'skipped';

/**
 * The ISO instant at which clocks in `timeZone` show `date` `time`, or why there is none: a
 * field left empty, not a date, or a time the clocks skip when they go forward (01:30 on the
 * last Sunday of March in the UK).
 */
export function fromLocal(local: LocalDateTime, timeZone: string): { iso: string } | { problem: LocalTimeProblem } {
  if (!local.date || !local.time) return { problem: 'missing' };
  const date = /^(\d{4})-(\d{2})-(\d{2})$/.exec(local.date);
  const time = /^(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?$/.exec(local.time);
  if (!date || !time) return { problem: 'invalid' };
  const [year, month, day] = date.slice(1).map(Number);
  const [hour, minute] = time.slice(1, 3).map(Number);
  const asIfUtc = Date.UTC(year, month - 1, day, hour, minute);
  const check = new Date(asIfUtc);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || hour > 23 || minute > 59) {
    return { problem: 'invalid' };
  }
  // Two passes: near a clock change the offset at the first guess can differ from the offset at the answer.
  let instant = asIfUtc - offsetMinutes(asIfUtc, timeZone) * 60_000;
  instant = asIfUtc - offsetMinutes(instant, timeZone) * 60_000;
  const back = toLocal(new Date(instant).toISOString(), timeZone);
  if (back.date !== local.date || back.time !== `${pad(hour)}:${pad(minute)}`) return { problem: 'skipped' };
  return { iso: new Date(instant).toISOString() };
}
