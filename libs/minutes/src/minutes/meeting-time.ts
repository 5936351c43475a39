import { formatDay, formatTimes, type Language } from '@convene/i18n';

// The minutes' header speaks like every page and mail (issue 14.9: one voice), through the one
// formatter: "Monday 11 October 2010" and "10:00–13:00", in the event's time zone.

/** "Monday 11 October 2010", in the event's time zone. */
export function meetingDate(at: Date, timeZone: string, language: Language = 'en'): string {
  return formatDay(at, timeZone, language);
}

/** "10:00–13:00", in the event's time zone. */
export function meetingTime(startsAt: Date, endsAt: Date, timeZone: string, language: Language = 'en'): string {
  return formatTimes(startsAt, endsAt, timeZone, language);
}

/** The date and time lines of a meeting's minutes. */
export function meetingDateAndTime(startsAt: Date, endsAt: Date, timeZone: string): { date: string; time: string } {
  return { date: meetingDate(startsAt, timeZone), time: meetingTime(startsAt, endsAt, timeZone) };
}
