import { formatWhenWithZone, type Language } from '@convene/i18n';
import type { NetworkEvent } from '../events/event.entity';

/**
 * "Thursday 11 February 2027, 10:00–16:00 (UK time)" / "Dydd Iau 11 Chwefror 2027, 10:00–16:00
 * (amser y DU)": in the event's own time zone, in the reader's language, through the one
 * formatter (libs/i18n, which keeps its Intl formatters: building one costs about a millisecond).
 */
export function describeWhen(event: Pick<NetworkEvent, 'startsAt' | 'endsAt' | 'timeZone'>, language: Language = 'en'): string {
  return formatWhenWithZone(event.startsAt, event.endsAt, event.timeZone, language);
}
