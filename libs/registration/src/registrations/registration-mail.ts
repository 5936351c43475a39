import { NetworkEvent, describeWhen } from '@convene/events';
import { Registration } from './registration.entity';

export type RegistrationMailKind =
  | 'registration-confirmed'
  | 'registration-waitlisted'
  | 'registration-pending'
  | 'registration-promoted'
  | 'registration-approved'
  | 'registration-declined'
  | 'registration-cancelled'
  | 'registration-offered'
  | 'registration-offer-expired'
  /** Someone registered an address that holds a place: its holder gets the private link again. */
  | 'registration-reminder'
  /** The delegate changed their workshops on the private page. */
  | 'registration-changed'
  /** A seat in a workshop freed and went to the first in its line. */
  | 'workshop-place-given'
  /** Apologies sent (and, if a place was held, the place given back). */
  | 'apologies-received';

/** What every registration mail shows: whom, which event, when and where, and the private link. */
export function registrationMailData(event: NetworkEvent, registration: Pick<Registration, 'name'> & { id: string | null }, link: string | null, extra: Record<string, unknown> = {}) {
  return {
    // The calendar lib builds the invite from it when the mail is sent.
    registrationId: registration.id,
    name: registration.name,
    eventTitle: event.title,
    when: describeWhen(event),
    venue: [event.venueName, event.venueAddress].filter(Boolean).join(', ') || null,
    link,
    ...extra,
  };
}
