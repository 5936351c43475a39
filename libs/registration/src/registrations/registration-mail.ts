import { NetworkEvent } from '@convene/events';
import { Registration } from './registration.entity';

export type RegistrationMailKind =
  | 'registration-confirmed'
  | 'registration-waitlisted'
  | 'registration-pending'
  | 'registration-promoted'
  | 'registration-approved'
  | 'registration-declined'
  | 'registration-cancelled';

/** What every registration mail shows: whom, which event, when and where, and the private link. */
export function registrationMailData(event: NetworkEvent, registration: Registration, link: string | null, extra: Record<string, unknown> = {}) {
  return {
    name: registration.name,
    eventTitle: event.title,
    when: describeWhen(event),
    venue: [event.venueName, event.venueAddress].filter(Boolean).join(', ') || null,
    link,
    ...extra,
  };
}

/** "Thursday 11 February 2027, 10:00–16:00 (Europe/London)", in the event's own time zone. */
export function describeWhen(event: Pick<NetworkEvent, 'startsAt' | 'endsAt' | 'timeZone'>): string {
  const date = new Intl.DateTimeFormat('en-GB', { timeZone: event.timeZone, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
  const time = new Intl.DateTimeFormat('en-GB', { timeZone: event.timeZone, hour: '2-digit', minute: '2-digit' });
  const sameDay = date.format(event.startsAt) === date.format(event.endsAt);
  return sameDay
    ? `${date.format(event.startsAt)}, ${time.format(event.startsAt)}–${time.format(event.endsAt)} (${event.timeZone})`
    : `${date.format(event.startsAt)} ${time.format(event.startsAt)} to ${date.format(event.endsAt)} ${time.format(event.endsAt)} (${event.timeZone})`;
}
