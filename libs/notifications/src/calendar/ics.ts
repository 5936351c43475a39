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
    prodId: { company: 'Convene', product: 'Convene', language: 'EN' },
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
  return calendar.toString();
}

/** "Name <address>" or "address" (MAIL_FROM) as an organiser. */
export function mailboxOf(from: string): CalendarPerson {
  const match = /^\s*"?([^"<]*?)"?\s*<([^>]+)>\s*$/.exec(from);
  return match ? { name: match[1].trim() || null, email: match[2].trim() } : { name: null, email: from.trim() };
}
