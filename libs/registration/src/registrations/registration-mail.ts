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
  | 'registration-offer-expired';

/** What every registration mail shows: whom, which event, when and where, and the private link. */
export function registrationMailData(event: NetworkEvent, registration: Registration, link: string | null, extra: Record<string, unknown> = {}) {
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
