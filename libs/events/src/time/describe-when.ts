import type { NetworkEvent } from '../events/event.entity';

/** "Thursday 11 February 2027, 10:00–16:00 (Europe/London)", in the event's own time zone. */
export function describeWhen(event: Pick<NetworkEvent, 'startsAt' | 'endsAt' | 'timeZone'>): string {
  const date = new Intl.DateTimeFormat('en-GB', { timeZone: event.timeZone, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
  const time = new Intl.DateTimeFormat('en-GB', { timeZone: event.timeZone, hour: '2-digit', minute: '2-digit' });
  const sameDay = date.format(event.startsAt) === date.format(event.endsAt);
  return sameDay
    ? `${date.format(event.startsAt)}, ${time.format(event.startsAt)}–${time.format(event.endsAt)} (${event.timeZone})`
    : `${date.format(event.startsAt)} ${time.format(event.startsAt)} to ${date.format(event.endsAt)} ${time.format(event.endsAt)} (${event.timeZone})`;
}
