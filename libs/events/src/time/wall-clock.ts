/**
 * The instant at which clocks in `timeZone` show `local` ('YYYY-MM-DDTHH:mm'). Organisers think
 * in the event's own time ("10:00 in Cardiff"), whichever side of a clock change it falls.
 */
export function wallClockToUtc(local: string, timeZone: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
  if (!match) throw new Error(`Not a local date and time: "${local}" (expected YYYY-MM-DDTHH:mm)`);
  const [year, month, day, hour, minute] = match.slice(1).map(Number);
  const asIfUtc = Date.UTC(year, month - 1, day, hour, minute);
  // Two passes: the offset at the first guess can differ from the offset at the answer near a change.
  let instant = asIfUtc - offsetMinutes(asIfUtc, timeZone) * 60_000;
  instant = asIfUtc - offsetMinutes(instant, timeZone) * 60_000;
  return new Date(instant);
}

/** How far ahead of UTC the zone's clocks are at that instant, in minutes. */
function offsetMinutes(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(new Date(instant));
  const value = (type: string) => Number(parts.find((part) => part.type === type)?.value);
  const shown = Date.UTC(value('year'), value('month') - 1, value('day'), value('hour'), value('minute'));
  return Math.round((shown - Math.floor(instant / 60_000) * 60_000) / 60_000);
}
