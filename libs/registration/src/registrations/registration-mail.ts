import { NetworkEvent, describeWhen, eventInLanguage } from '@convene/events';
import type { Language } from '@convene/i18n';
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
  | 'apologies-received'
  /** The event holds places for confirmed addresses only: confirm through the link to take one. */
  | 'registration-confirm-address';

/** The event as one language's mail names it. */
function eventPart(event: NetworkEvent, language: Language) {
  const { title, venue } = eventInLanguage(event, language);
  return { eventTitle: title, when: describeWhen(event, language), venue };
}

/** What every registration mail shows: whom, which event, when and where, and the private link. */
export function registrationMailData(event: NetworkEvent, registration: Pick<Registration, 'name'> & { id: string | null; language?: Language }, link: string | null, extra: Record<string, unknown> = {}) {
  return {
    // The calendar lib builds the invite from it when the mail is sent.
    registrationId: registration.id,
    name: registration.name,
    // The mail, and the invite built when it is sent, are in the language the delegate registered in;
    // a bilingual event's mails carry both, Welsh first.
    language: registration.language ?? 'en',
    ...eventPart(event, registration.language ?? 'en'),
    ...(event.bilingual ? { bilingual: { cy: eventPart(event, 'cy'), en: eventPart(event, 'en') } } : {}),
    link,
    ...extra,
  };
}
