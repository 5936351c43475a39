import type { Language } from '@convene/i18n';
import type { NetworkEvent } from './event.entity';

type Content = Pick<NetworkEvent, 'title' | 'titleCy' | 'venueName' | 'venueNameCy' | 'venueAddress' | 'venueAddressCy'>;

/** What organisers wrote, in the reader's language where they gave it, else in English. */
export function eventInLanguage(event: Content, language: Language): { title: string; venue: string | null } {
  const welsh = language === 'cy';
  const venueName = (welsh && event.venueNameCy) || event.venueName;
  const venueAddress = (welsh && event.venueAddressCy) || event.venueAddress;
  return { title: (welsh && event.titleCy) || event.title, venue: [venueName, venueAddress].filter(Boolean).join(', ') || null };
}
