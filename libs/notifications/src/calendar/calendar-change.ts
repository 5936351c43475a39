import { formatWhen, t, writtenIn, type Language } from '@convene/i18n';

/** A calendar item's name in each language it has: the English always, the Welsh where given. */
export interface ItemName {
  en: string;
  cy?: string;
}

/**
 * One change to a delegate's calendar item, kept as facts (not words) in the update mail's data,
 * so the mail says it in the recipient's language when it is rendered.
 */
export type CalendarChange =
  | { kind: 'cancelled'; item: ItemName }
  | { kind: 'renamed'; from: string; to: ItemName }
  | { kind: 'moved'; item: ItemName; timeZone: string; start: string; end: string; wasStart: string; wasEnd: string }
  | { kind: 'relocated'; item: ItemName; place: string | null; placeCy?: string | null; was: string | null }
  | { kind: 'updated'; item: ItemName };

const named = (name: ItemName, language: Language) => writtenIn(language, name.en, name.cy);

/** The change as one line of the update mail. (Mails recorded before changes were kept as facts hold the English line.) */
export function calendarChangeLine(change: CalendarChange | string, language: Language): string {
  if (typeof change === 'string') return change;
  switch (change.kind) {
    case 'cancelled':
      return t(language, 'mail.change.cancelled', { item: named(change.item, language) });
    case 'renamed':
      return t(language, 'mail.change.renamed', { from: change.from, to: named(change.to, language) });
    case 'moved':
      return t(language, 'mail.change.moved', {
        item: named(change.item, language),
        when: formatWhen(change.start, change.end, change.timeZone, language),
        was: formatWhen(change.wasStart, change.wasEnd, change.timeZone, language),
      });
    case 'relocated': {
      const place = writtenIn(language, change.place, change.placeCy);
      return t(language, 'mail.change.relocated', {
        item: named(change.item, language),
        place: place ?? t(language, 'mail.change.placeToBeAnnounced'),
        was: change.was ?? t(language, 'mail.change.placeNotSet'),
      });
    }
    case 'updated':
      return t(language, 'mail.change.updated', { item: named(change.item, language) });
  }
}
