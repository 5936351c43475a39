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

describe('invites made from one document', () => {
  const item = { uid: 'session-1@example.org', sequence: 2, start: SATURDAY_10_BST, end: MONDAY_10_GMT, timeZone: 'Europe/London', summary: 'Gweithdy: Cyfoeth cymunedol', location: 'Ystafell 1', description: 'x'.repeat(120), url: null, cancelled: false };
  const organizer = mailboxOf('Network <network@example.org>');
  const stamp = new Date('2027-01-01T00:00:00Z');
  const inviteFor = (attendee: { name: string | null; email: string }) => buildCalendar({ method: 'REQUEST', organizer, attendee, items: [item], stamp, language: 'cy' });

  it('names each delegate in their own invite, quoted and escaped, never the stand-in', () => {
    const ada = inviteFor({ name: 'Ada "the chair" $& Lovelace', email: 'ada@example.org' });
    const bob = inviteFor({ name: null, email: 'bob@example.org' });
    expect(parseCalendar(ada).events[0].attendees).toEqual([{ email: 'MAILTO:ada@example.org', partstat: 'ACCEPTED' }]);
    expect(ada.replace(/\r\n /g, '')).toContain('CN="Ada \\"the chair\\" $& Lovelace":MAILTO:ada@example.org');
    expect(parseCalendar(bob).events[0].attendees).toEqual([{ email: 'MAILTO:bob@example.org', partstat: 'ACCEPTED' }]);
    expect(bob.replace(/\r\n /g, '')).toMatch(/^ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:MAILTO:bob@example.org\r$/m);
    for (const text of [ada, bob]) expect(text).not.toContain('stand-in');
  });

  it('folds every line at 75 octets without splitting a character, and marks the language', () => {
    const text = inviteFor({ name: 'Siân Ŵyn', email: 'sian@example.org' });
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    expect(text).not.toContain('\uFFFD');
    expect(text.replace(/\r\n /g, '')).toContain('SUMMARY;LANGUAGE=cy:Gweithdy: Cyfoeth cymunedol');
    expect(text.replace(/\r\n /g, '')).toContain(`DESCRIPTION;LANGUAGE=cy:${'x'.repeat(120)}`);
  });
});
