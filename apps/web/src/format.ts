// Dates and times are always shown in the event's own time zone, whatever the reader's clock says.

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${timeZone}|${JSON.stringify(options)}`;
  let cached = formatters.get(key);
  if (!cached) {
    cached = new Intl.DateTimeFormat('en-GB', { timeZone, ...options });
    formatters.set(key, cached);
  }
  return cached;
}

/** "Thursday 15 October 2026" (built from parts: some ICU versions put a comma after the weekday). */
export function formatDay(iso: string | Date, timeZone: string): string {
  const parts = formatter(timeZone, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).formatToParts(new Date(iso));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('weekday')} ${part('day')} ${part('month')} ${part('year')}`;
}

/** "10:00" */
export function formatTime(iso: string, timeZone: string): string {
  return formatter(timeZone, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(iso));
}

const dayKey = (iso: string, timeZone: string) => formatter(timeZone, { year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(iso));

/** "Thursday 15 October 2026, 10:00–16:00", or both days in full when it runs over midnight. */
export function formatWhen(startsAt: string, endsAt: string, timeZone: string): string {
  const start = `${formatDay(startsAt, timeZone)}, ${formatTime(startsAt, timeZone)}`;
  if (dayKey(startsAt, timeZone) === dayKey(endsAt, timeZone)) return `${start}–${formatTime(endsAt, timeZone)}`;
  return `${start} to ${formatDay(endsAt, timeZone)}, ${formatTime(endsAt, timeZone)}`;
}

/** How a time zone is named next to a time: "UK time" for Europe/London, else its IANA name. */
export function zoneLabel(timeZone: string): string {
  return timeZone === 'Europe/London' ? 'UK time' : timeZone;
}

/** A 'YYYY-MM-DD' agenda day as "Thursday 15 October 2026" (a calendar date: no time zone shift). */
export function formatCalendarDate(date: string): string {
  return formatDay(new Date(`${date}T12:00:00Z`), 'UTC');
}

/** "network-forum" -> "Network forum" */
export function humanise(value: string): string {
  const words = value.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** "5 places left", "Full", or null when places are not limited. With the capacity: "5 of 80 places left", "Full (80 places)". */
export function placesLeftText(placesLeft: number | null, capacity: number | null = null): string | null {
  if (placesLeft === null) return null;
  if (placesLeft <= 0) return capacity ? `Full (${capacity} places)` : 'Full';
  if (capacity) return `${placesLeft} of ${capacity} places left`;
  return placesLeft === 1 ? '1 place left' : `${placesLeft} places left`;
}
