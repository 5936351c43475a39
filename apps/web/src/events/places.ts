import { createTranslator } from '@convene/i18n';
import { eventsMessages } from '@convene/i18n/web/events.messages';
import { currentLanguage } from '../i18n/language-store';

const eventsT = createTranslator(eventsMessages);

/** "5 places left", "Full", or null when places are not limited. With the capacity: "5 of 80 places left", "Full (80 places)". */
export function placesLeftText(placesLeft: number | null, capacity: number | null = null): string | null {
  if (placesLeft === null) return null;
  const language = currentLanguage();
  if (placesLeft <= 0) return capacity ? eventsT(language, 'events.fullOf', { capacity }) : eventsT(language, 'events.full');
  if (capacity) return eventsT(language, 'events.placesLeftOf', { left: placesLeft, capacity });
  return eventsT(language, 'events.placesLeft', { left: placesLeft });
}
