import { LOCALE_OF, type Language } from '@convene/i18n';
import ical, { ICalAttendeeRole, ICalAttendeeStatus, ICalCalendarMethod, ICalEventStatus, escape } from 'ical-generator';
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
 *
 * A fan-out sends the same item to thousands of delegates, each invite differing only in its
 * ATTENDEE: the document is made once (DTSTAMP to the second, as iCalendar writes it) with a
 * stand-in attendee, and each invite puts its delegate in the stand-in's place.
 */
export function buildCalendar(options: CalendarOptions): string {
  const stamp = options.stamp ?? new Date(Math.floor(Date.now() / 1000) * 1000);
  const key = JSON.stringify({ ...options, attendee: Boolean(options.attendee), stamp });
  let lines = documents.get(key);
  if (!lines) {
    lines = unfoldedCalendar({ ...options, stamp, attendee: options.attendee && STAND_IN });
    documents.remember(key, lines);
  }
  const attendee = options.attendee;
  if (!attendee) return lines.map(fold).join('\r\n');
  // Replaced by functions: a name may hold "$&", which a replacement string would expand.
  const name = attendee.name ? `;CN="${escape(attendee.name, true)}"` : '';
  const email = escape(attendee.email, false);
  return lines.map((line) => fold(line.includes(STAND_IN.email) ? line.replace(STAND_IN_CN, () => name).replace(STAND_IN.email, () => email) : line)).join('\r\n');
}

const STAND_IN = { name: 'stand-in-attendee-0c5e', email: 'stand-in-attendee-0c5e@invalid' };
const STAND_IN_CN = `;CN="${STAND_IN.name}"`;

/** The document's content lines, unfolded, with LANGUAGE on its text properties. */
function unfoldedCalendar(options: CalendarOptions & { stamp: Date }): string[] {
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
  for (const item of options.items) {
    const event = calendar.createEvent({
      id: item.uid,
      sequence: item.sequence,
      stamp: options.stamp,
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
  const lines = calendar.toString().replace(/\r\n[ \t]/g, '').split('\r\n');
  if (!options.language) return lines;
  // LANGUAGE (RFC 5545 3.2.10) on the text properties: ical-generator has no place for it.
  const language = LOCALE_OF[options.language];
  return lines.map((line) => (TEXT_PROPERTIES.test(line) ? line.replace(TEXT_PROPERTIES, `$1;LANGUAGE=${language}`) : line));
}

const TEXT_PROPERTIES = /^(SUMMARY|DESCRIPTION|LOCATION)(?=[;:])/;

/** The last few documents made: a fan-out's batch asks for the same one a hundred times. */
class RecentDocuments {
  private readonly byKey = new Map<string, string[]>();

  constructor(private readonly size: number) {}

  get(key: string): string[] | undefined {
    return this.byKey.get(key);
  }

  remember(key: string, lines: string[]): void {
    this.byKey.set(key, lines);
    if (this.byKey.size > this.size) this.byKey.delete(this.byKey.keys().next().value as string);
  }
}

const documents = new RecentDocuments(64);

/** A content line folded at 75 octets (continuations 74 after their space), never inside a character. */
export function fold(line: string): string {
  if (Buffer.byteLength(line) <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line) {
    const code = char.codePointAt(0) as number;
    const octets = code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
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
