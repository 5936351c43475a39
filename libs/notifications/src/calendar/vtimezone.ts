/**
 * A VTIMEZONE for an IANA zone, from the runtime's own time zone data (Intl), so no extra
 * package is needed. It lists each real transition in the years asked for as its own
 * STANDARD or DAYLIGHT observance (no RRULE): exact for those years, and what Outlook,
 * Google and Apple need to place TZID times.
 */
export function vtimezone(timeZone: string, fromYear: number, toYear: number): string {
  // Scanning three years costs ~20 ms of CPU; a fan-out of thousands of invites asks for the same few.
  const key = `${timeZone}|${fromYear}|${toYear}`;
  let cached = built.get(key);
  if (cached === undefined) {
    cached = buildVtimezone(timeZone, fromYear, toYear);
    if (built.size >= 200) built.clear();
    built.set(key, cached);
  }
  return cached;
}

const built = new Map<string, string>();

function buildVtimezone(timeZone: string, fromYear: number, toYear: number): string {
  const start = Date.UTC(fromYear, 0, 1);
  const end = Date.UTC(toYear + 1, 0, 1);
  const transitions: { at: number; from: number; to: number }[] = [];
  const DAY = 86_400_000;
  let previous = offsetMinutes(start, timeZone);
  for (let t = start + DAY; t <= end; t += DAY) {
    const offset = offsetMinutes(t, timeZone);
    if (offset !== previous) {
      // The change lies in (t - DAY, t]: narrow it to the minute.
      let low = t - DAY;
      let high = t;
      while (high - low > 60_000) {
        const middle = low + Math.floor((high - low) / 120_000) * 60_000;
        if (offsetMinutes(middle, timeZone) === previous) low = middle;
        else high = middle;
      }
      transitions.push({ at: high, from: previous, to: offset });
      previous = offset;
    }
  }
  const offsets = [offsetMinutes(start, timeZone), ...transitions.map((change) => change.to)];
  const standardOffset = Math.min(...offsets);
  const lines = ['BEGIN:VTIMEZONE', `TZID:${timeZone}`];
  const observance = (at: number, from: number, to: number) => {
    const kind = to > standardOffset ? 'DAYLIGHT' : 'STANDARD';
    lines.push(
      `BEGIN:${kind}`,
      // DTSTART of an observance is the local time just before the change (RFC 5545, 3.6.5).
      `DTSTART:${localStamp(at + from * 60_000)}`,
      `TZOFFSETFROM:${formatOffset(from)}`,
      `TZOFFSETTO:${formatOffset(to)}`,
      `TZNAME:${zoneName(at, timeZone)}`,
      `END:${kind}`,
    );
  };
  const initial = offsetMinutes(start, timeZone);
  observance(start, initial, initial);
  for (const change of transitions) observance(change.at, change.from, change.to);
  lines.push('END:VTIMEZONE');
  return lines.join('\r\n');
}

/**
 * The wall-clock time in `timeZone` at `instant`, as a Date whose UTC fields show it.
 * ical-generator writes a TZID time from a native Date's UTC fields when no calendar-wide
 * zone is set, so this is how an instant becomes "10:00 in London" on both sides of a clock change.
 */
export function wallClockFields(instant: Date, timeZone: string): Date {
  return new Date(instant.getTime() + offsetMinutes(instant.getTime(), timeZone) * 60_000);
}

/** How far ahead of UTC the zone's clocks are at that instant, in minutes. */
export function offsetMinutes(instant: number, timeZone: string): number {
  const parts = formatter(timeZone).formatToParts(new Date(instant));
  const value = (type: string) => Number(parts.find((part) => part.type === type)?.value);
  const shown = Date.UTC(value('year'), value('month') - 1, value('day'), value('hour'), value('minute'), value('second'));
  return Math.round((shown - Math.floor(instant / 1000) * 1000) / 60_000);
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(timeZone: string): Intl.DateTimeFormat {
  let cached = formatters.get(timeZone);
  if (!cached) {
    cached = new Intl.DateTimeFormat('en-GB', {
      timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
    });
    formatters.set(timeZone, cached);
  }
  return cached;
}

function zoneName(instant: number, timeZone: string): string {
  const name = new Intl.DateTimeFormat('en-GB', { timeZone, timeZoneName: 'short' }).formatToParts(new Date(instant)).find((part) => part.type === 'timeZoneName')?.value;
  return (name ?? timeZone).replace(/[^A-Za-z0-9+-]/g, '');
}

function localStamp(fields: number): string {
  return new Date(fields).toISOString().replace(/[-:]/g, '').slice(0, 15);
}

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}${String(abs % 60).padStart(2, '0')}`;
}
