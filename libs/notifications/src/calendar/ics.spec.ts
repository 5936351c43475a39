import { parseCalendar } from '@convene/testing';
import { buildCalendar, mailboxOf } from './ics';
import { offsetMinutes, vtimezone } from './vtimezone';

// Clocks in London go back from 02:00 BST to 01:00 GMT on Sunday 31 October 2027.
const SATURDAY_10_BST = new Date('2027-10-30T09:00:00Z');
const MONDAY_10_GMT = new Date('2027-11-01T10:00:00Z');

function invite(start: Date, end: Date, timeZone = 'Europe/London') {
  return buildCalendar({
    method: 'REQUEST',
    organizer: mailboxOf('Co-operative Councils Innovation Network <network@example.org>'),
    attendee: { name: 'Ada Delegate', email: 'ada@example.org' },
    items: [{ uid: 'event-1@example.org', sequence: 3, start, end, timeZone, summary: 'Forum', location: 'Room 1, City Hall', description: 'https://x.test/events/forum', url: 'https://x.test/events/forum', cancelled: false }],
  });
}

describe('calendar documents', () => {
  it('writes wall-clock times in the event zone that an independent parser resolves to the same instants across the October change', () => {
    const parsed = parseCalendar(invite(SATURDAY_10_BST, MONDAY_10_GMT));
    expect(parsed.method).toBe('REQUEST');
    expect(parsed.timezones).toEqual(['Europe/London']);
    const [event] = parsed.events;
    expect(event.tzid).toBe('Europe/London');
    expect(event.start.toISOString()).toBe(SATURDAY_10_BST.toISOString());
    expect(event.end.toISOString()).toBe(MONDAY_10_GMT.toISOString());
    expect(event.sequence).toBe(3);
    expect(event.dtstampUtc).toBe(true);
    expect(event.organizer).toBe('mailto:network@example.org');
    expect(event.attendees).toEqual([{ email: 'MAILTO:ada@example.org', partstat: 'ACCEPTED' }]);
  });

  it('shows 10:00 local on both sides of the change', () => {
    const text = invite(SATURDAY_10_BST, MONDAY_10_GMT);
    expect(text).toContain('DTSTART;TZID=Europe/London:20271030T100000');
    expect(text).toContain('DTEND;TZID=Europe/London:20271101T100000');
  });

  it('describes each transition of the zone with its offsets', () => {
    const text = vtimezone('Europe/London', 2027, 2027);
    expect(text).toContain('DTSTART:20271031T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0000\r\nTZNAME:GMT');
    expect(text).toContain('DTSTART:20270328T010000\r\nTZOFFSETFROM:+0000\r\nTZOFFSETTO:+0100\r\nTZNAME:BST');
    expect(offsetMinutes(Date.parse('2027-07-01T00:00:00Z'), 'Europe/London')).toBe(60);
  });

  it('works for a zone far from London (New York, whose change is a week later)', () => {
    const start = new Date('2027-11-08T15:00:00Z'); // 10:00 EST
    const [event] = parseCalendar(invite(start, new Date('2027-11-08T16:00:00Z'), 'America/New_York')).events;
    expect(event.start.toISOString()).toBe(start.toISOString());
  });

  it('reads the organiser from MAIL_FROM with or without a display name', () => {
    expect(mailboxOf('Network <network@example.org>')).toEqual({ name: 'Network', email: 'network@example.org' });
    expect(mailboxOf('network@example.org')).toEqual({ name: null, email: 'network@example.org' });
  });
});
