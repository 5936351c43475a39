import ICAL from 'ical.js';

export interface ParsedCalendarEvent {
  uid: string;
  sequence: number;
  status: string | null;
  summary: string;
  location: string | null;
  description: string | null;
  url: string | null;
  /** The TZID parameter of DTSTART (null for UTC or floating times). */
  tzid: string | null;
  /** DTSTART and DTEND as instants, resolved through the document's own VTIMEZONE. */
  start: Date;
  end: Date;
  organizer: string | null;
  attendees: { email: string; partstat: string | null }[];
  dtstampUtc: boolean;
}

export interface ParsedCalendar {
  raw: string;
  method: string | null;
  timezones: string[];
  events: ParsedCalendarEvent[];
}

/**
 * Reads an iCalendar document with Mozilla's ical.js, an independent parser (Thunderbird's),
 * resolving TZID times only through the VTIMEZONEs the document itself carries.
 */
export function parseCalendar(text: string): ParsedCalendar {
  const root = new ICAL.Component(ICAL.parse(text));
  const zones = root.getAllSubcomponents('vtimezone').map((component) => new ICAL.Timezone(component));
  const byId = new Map(zones.map((zone) => [zone.tzid, zone]));
  const instant = (property: ICAL.Property | null): Date => {
    const time = property?.getFirstValue() as ICAL.Time;
    const tzid = property?.getParameter('tzid') as string | undefined;
    if (tzid) {
      const zone = byId.get(tzid);
      if (!zone) throw new Error(`No VTIMEZONE for ${tzid} in the document`);
      time.zone = zone;
    }
    return time.toJSDate();
  };
  const text_ = (component: ICAL.Component, name: string) => (component.getFirstPropertyValue(name) as string | null) ?? null;
  return {
    raw: text,
    method: text_(root, 'method'),
    timezones: zones.map((zone) => zone.tzid),
    events: root.getAllSubcomponents('vevent').map((vevent) => ({
      uid: text_(vevent, 'uid') as string,
      sequence: Number(vevent.getFirstPropertyValue('sequence') ?? 0),
      status: text_(vevent, 'status'),
      summary: text_(vevent, 'summary') as string,
      location: text_(vevent, 'location'),
      description: text_(vevent, 'description'),
      url: text_(vevent, 'url'),
      tzid: (vevent.getFirstProperty('dtstart')?.getParameter('tzid') as string | undefined) ?? null,
      start: instant(vevent.getFirstProperty('dtstart')),
      end: instant(vevent.getFirstProperty('dtend')),
      organizer: text_(vevent, 'organizer'),
      attendees: vevent.getAllProperties('attendee').map((property) => ({
        email: String(property.getFirstValue()),
        partstat: (property.getParameter('partstat') as string | undefined) ?? null,
      })),
      dtstampUtc: (vevent.getFirstPropertyValue('dtstamp') as ICAL.Time).zone === ICAL.Timezone.utcTimezone,
    })),
  };
}
