import type { AgendaSessionView, NetworkEvent } from '@convene/events';
import { describeItemChange, droppedDraft, eventDraft, eventUid, fingerprintOf, sessionDraft } from './calendar-items';

const PUBLIC_URL = 'https://convene.example.org';
const event = {
  id: '11111111-1111-4111-8111-111111111111', slug: 'autumn-forum', title: 'Autumn Forum', status: 'published', timeZone: 'Europe/London',
  startsAt: new Date('2027-10-30T08:00:00Z'), endsAt: new Date('2027-11-01T17:00:00Z'), venueName: 'Guildhall', venueAddress: 'Plymouth',
} as NetworkEvent;
const session = {
  id: '22222222-2222-4222-8222-222222222222', title: 'Community wealth', startsAt: new Date('2027-10-30T09:00:00Z'), endsAt: new Date('2027-10-30T10:00:00Z'), room: 'Room A',
} as AgendaSessionView;

describe('calendar items', () => {
  it('gives each item a UID from its id and the public host alone, so it never changes', () => {
    expect(eventDraft(event, PUBLIC_URL).uid).toBe(`event-${event.id}@convene.example.org`);
    expect(eventUid(event.id, `${PUBLIC_URL}/`)).toBe(`event-${event.id}@convene.example.org`);
    expect(sessionDraft({ ...event, title: 'Renamed' }, { ...session, room: 'Room B' }, PUBLIC_URL).uid).toBe(`session-${session.id}@convene.example.org`);
  });

  it('changes the fingerprint for a new time, room, venue or status, and not for a new title', () => {
    const base = fingerprintOf(sessionDraft(event, session, PUBLIC_URL));
    expect(fingerprintOf(sessionDraft(event, { ...session, title: 'Community wealth building' }, PUBLIC_URL))).toBe(base);
    expect(fingerprintOf(sessionDraft(event, { ...session, room: 'Room B' }, PUBLIC_URL))).not.toBe(base);
    expect(fingerprintOf(sessionDraft(event, { ...session, endsAt: new Date('2027-10-30T10:30:00Z') }, PUBLIC_URL))).not.toBe(base);
    expect(fingerprintOf(sessionDraft({ ...event, venueName: 'Civic Centre' }, session, PUBLIC_URL))).not.toBe(base);
    expect(fingerprintOf(sessionDraft({ ...event, status: 'cancelled' } as NetworkEvent, session, PUBLIC_URL))).not.toBe(base);
  });

  it('says what changed in the event time zone, and that a dropped item is cancelled', () => {
    const before = sessionDraft(event, session, PUBLIC_URL);
    const after = sessionDraft(event, { ...session, room: 'Room B', startsAt: new Date('2027-10-31T10:00:00Z'), endsAt: new Date('2027-10-31T11:00:00Z') }, PUBLIC_URL);
    expect(describeItemChange(before.snapshot, after)).toEqual([
      'Community wealth (Autumn Forum): now Sun 31 Oct, 10:00 to Sun 31 Oct, 11:00 (was Sat 30 Oct, 10:00)',
      'Community wealth (Autumn Forum): now at Room B, Guildhall, Plymouth (was Room A, Guildhall, Plymouth)',
    ]);
    const dropped = droppedDraft({ ...before, snapshot: before.snapshot });
    expect(dropped.cancelled).toBe(true);
    expect(describeItemChange(before.snapshot, dropped)).toEqual(['Cancelled: Community wealth (Autumn Forum)']);
  });
});
