import { LOCALE_OF, type Language } from '@convene/i18n';
import ical, { ICalAttendeeRole, ICalAttendeeStatus, ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { vtimezone, wallClockFields } from './vtimezone';

export type CalendarMethod = 'REQUEST' | 'CANCEL' | 'PUBLISH';

/** One calendar item (the event, or one of its sessions) as delegates' calendars hold it. */
export interface CalendarItem {
  /** Never changes for the item: `event-<id>@host`, `session-<id>@host`. */
  uid: string;
  sequence: number;
  start: Date;
  end: Date;
  timeZone: string;
  summary: string;
  location: string | null;
  description: string | null;
  url: string | null;
  cancelled: boolean;
}

export interface CalendarPerson {
  name: string | null;
  email: string;
}

export interface CalendarOptions {
  method: CalendarMethod;
  items: CalendarItem[];
  organizer: CalendarPerson;
  /** The delegate, on invites; none on feeds. */
  attendee?: CalendarPerson;
  /** When this version was made; feeds pass a fixed one so the same content gives the same ETag. */
  stamp?: Date;
  name?: string;
  /** The language of the text (SUMMARY, DESCRIPTION, LOCATION), marked with LANGUAGE (RFC 5545 3.2.10). */
  language?: Language;
}

/**
 * An iCalendar document (ical-generator), times in each item's own zone with its VTIMEZONE.
 * Invites carry one item each (iTIP: one UID per message); feeds carry many.
 */
export function buildCalendar(options: CalendarOptions): string {
  const years = options.items.flatMap((item) => [item.start.getUTCFullYear(), item.end.getUTCFullYear()]);
  const fromYear = Math.min(...years, new Date().getUTCFullYear());
  const toYear = Math.max(...years, fromYear);
  const calendar = ical({
    prodId: { company: 'Convene', product: 'Convene', language: (options.language ?? 'en').toUpperCase() },
    method: ICalCalendarMethod[options.method],
    name: options.name,
    // No calendar-wide zone name: DTSTAMP stays in UTC, and each event names its own TZID.
    timezone: { name: null, generator: (zone) => vtimezone(zone, fromYear - 1, toYear) },
  });
  const stamp = options.stamp ?? new Date();
  for (const item of options.items) {
    const event = calendar.createEvent({
      id: item.uid,
      sequence: item.sequence,
      stamp,
      start: wallClockFields(item.start, item.timeZone),
      end: wallClockFields(item.end, item.timeZone),
      timezone: item.timeZone,
      summary: item.summary,
      location: item.location,
      description: item.description,
      url: item.url,
      status: item.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      organizer: { name: options.organizer.name ?? options.organizer.email, email: options.organizer.email },
    });
    if (options.attendee) {
      event.createAttendee({
        email: options.attendee.email,
        name: options.attendee.name ?? undefined,
        role: ICalAttendeeRole.REQ,
        status: item.cancelled ? ICalAttendeeStatus.DECLINED : ICalAttendeeStatus.ACCEPTED,
      });
    }
  }
  const text = calendar.toString();
  return options.language ? withLanguage(text, LOCALE_OF[options.language]) : text;
}

const TEXT_PROPERTIES = /^(SUMMARY|DESCRIPTION|LOCATION)(?=[;:])/;

/**
 * Adds LANGUAGE to the text properties (ical-generator has no place for it): each content line
 * is unfolded, given the parameter, and folded again at 75 octets without splitting a character.
 */
function withLanguage(ics: string, language: string): string {
  const lines = ics.replace(/\r\n[ \t]/g, '').split('\r\n');
  return lines.map((line) => (TEXT_PROPERTIES.test(line) ? fold(line.replace(TEXT_PROPERTIES, `$1;LANGUAGE=${language}`)) : fold(line))).join('\r\n');
}

function fold(line: string): string {
  const encoder = new TextEncoder();
  if (encoder.encode(line).length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line) {
    const octets = encoder.encode(char).length;
    // The first line holds 75 octets; each continuation 74 after its leading space.
    if (size + octets > (parts.length ? 74 : 75)) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += char;
    size += octets;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** "Name <address>" or "address" (MAIL_FROM) as an organiser. */
export function mailboxOf(from: string): CalendarPerson {
  const match = /^\s*"?([^"<]*?)"?\s*<([^>]+)>\s*$/.exec(from);
  return match ? { name: match[1].trim() || null, email: match[2].trim() } : { name: null, email: from.trim() };
}
