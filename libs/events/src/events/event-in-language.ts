import { writtenIn, type Language } from '@convene/i18n';
import type { AgendaSession } from '../agenda/agenda-session.entity';
import type { NetworkEvent } from './event.entity';

type Content = Pick<NetworkEvent, 'title' | 'titleCy' | 'venueName' | 'venueNameCy' | 'venueAddress' | 'venueAddressCy'>;

/** What organisers wrote, in the reader's language where they gave it, else in English. */
export function eventInLanguage(event: Content, language: Language): { title: string; venue: string | null } {
  const venue = [writtenIn(language, event.venueName, event.venueNameCy), writtenIn(language, event.venueAddress, event.venueAddressCy)];
  return { title: writtenIn(language, event.title, event.titleCy), venue: venue.filter(Boolean).join(', ') || null };
}

type SessionContent = Pick<AgendaSession, 'title' | 'room'> & { titleCy?: string | null; roomCy?: string | null };

/** A session's (or workshop's) title and room in the reader's language where the organisers gave it, else in English. */
export function sessionInLanguage(session: SessionContent, language: Language): { title: string; room: string | null } {
  return { title: writtenIn(language, session.title, session.titleCy), room: writtenIn(language, session.room, session.roomCy) };
}
