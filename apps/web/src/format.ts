// Dates and times are always shown in the event's own time zone, whatever the reader's clock says,
// in the reader's language: the one formatter of @convene/i18n (the server's mails use it too).
import * as when from '@convene/i18n';
import { currentLanguage } from './i18n/language-store';
import { webT } from './i18n/web-t';

/** "Thursday 15 October 2026" / "Dydd Iau 15 Hydref 2026" */
export function formatDay(iso: string | Date, timeZone: string): string {
  return when.formatDay(iso, timeZone, currentLanguage());
}

/** "10:00" */
export function formatTime(iso: string, timeZone: string): string {
  return when.formatTime(iso, timeZone, currentLanguage());
}

/** "Thursday 15 October 2026, 10:00–16:00", or both days in full when it runs over midnight. */
export function formatWhen(startsAt: string, endsAt: string, timeZone: string): string {
  return when.formatWhen(startsAt, endsAt, timeZone, currentLanguage());
}

/** How a time zone is named next to a time: "UK time" / "amser y DU" for Europe/London, else its IANA name. */
export function zoneLabel(timeZone: string): string {
  // The shell's catalogue already holds these words, parsed: the raw one when.zoneLabel reads stays out of the bundle.
  return timeZone === when.NETWORK_TIME_ZONE ? webT(currentLanguage(), 'common.zone.uk') : timeZone;
}

/** formatWhen with the zone, as mails and invites say it: "Thursday 15 October 2026, 10:00–11:00 (UK time)". */
export function formatWhenWithZone(startsAt: string, endsAt: string, timeZone: string): string {
  return `${formatWhen(startsAt, endsAt, timeZone)} (${zoneLabel(timeZone)})`;
}

/** A 'YYYY-MM-DD' agenda day as "Thursday 15 October 2026" (a calendar date: no time zone shift). */
export function formatCalendarDate(date: string): string {
  return when.formatCalendarDay(date, currentLanguage());
}

/** A 'YYYY-MM-DD' due date as "31 January 2027" (no weekday, no zone shift). */
export function formatDueDate(date: string): string {
  return when.formatCalendarDate(date, currentLanguage());
}

/** When something was done (approved, saved, asked): "11 February 2027". */
export function formatDoneOn(instant: string): string {
  return when.formatDate(instant, when.NETWORK_TIME_ZONE, currentLanguage());
}

/** "14:05, 11 February 2027" */
export function formatDoneAt(instant: string): string {
  return when.formatMoment(instant, when.NETWORK_TIME_ZONE, currentLanguage());
}

/** "network-forum" -> "Network forum" */
export function humanise(value: string): string {
  const words = value.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const KIND_LABEL = {
  network_forum: 'common.kind.network_forum',
  policy_roundtable: 'common.kind.policy_roundtable',
  conference: 'common.kind.conference',
  plenary: 'common.kind.plenary',
  committee_meeting: 'common.kind.committee_meeting',
  citizens_commission: 'common.kind.citizens_commission',
  workshop: 'common.kind.workshop',
  other: 'common.kind.other',
} as const;

/** An event's kind in the reader's language ("Network forum" / "Fforwm y rhwydwaith"). */
export function kindLabel(kind: string): string {
  return kind in KIND_LABEL ? webT(currentLanguage(), KIND_LABEL[kind as keyof typeof KIND_LABEL]) : humanise(kind);
}
