import type { NetworkEvent } from '../events/event.entity';

// Building an Intl.DateTimeFormat costs about a millisecond, and every registration mail
// describes its event: one pair of formatters per time zone, kept. (Under a burst of
// registrations this was the API's largest single cost.)
const formatters = new Map<string, { date: Intl.DateTimeFormat; time: Intl.DateTimeFormat }>();

function formattersFor(timeZone: string) {
  let pair = formatters.get(timeZone);
  if (!pair) {
    pair = {
      date: new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }),
      time: new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit' }),
    };
    // Zones are a few hundred at most; the map stays small.
    formatters.set(timeZone, pair);
  }
  return pair;
}

/** "Thursday 11 February 2027, 10:00–16:00 (Europe/London)", in the event's own time zone. */
export function describeWhen(event: Pick<NetworkEvent, 'startsAt' | 'endsAt' | 'timeZone'>): string {
  const { date, time } = formattersFor(event.timeZone);
  const sameDay = date.format(event.startsAt) === date.format(event.endsAt);
  return sameDay
    ? `${date.format(event.startsAt)}, ${time.format(event.startsAt)}–${time.format(event.endsAt)} (${event.timeZone})`
    : `${date.format(event.startsAt)} ${time.format(event.startsAt)} to ${date.format(event.endsAt)} ${time.format(event.endsAt)} (${event.timeZone})`;
}
