import type { AgendaSessionView, NetworkEvent } from '@convene/events';
import { calendarChangeLine } from '@convene/notifications';
import { describeItemChange as changesOf, droppedDraft, eventDraft, eventUid, fingerprintOf, itemChanged, sessionDraft } from './calendar-items';

const PUBLIC_URL = 'https://convene.example.org';
const event = {
  id: '11111111-1111-4111-8111-111111111111', slug: 'autumn-forum', title: 'Autumn Forum', status: 'published', timeZone: 'Europe/London',
  startsAt: new Date('2027-10-30T08:00:00Z'), endsAt: new Date('2027-11-01T17:00:00Z'), venueName: 'Guildhall', venueAddress: 'Plymouth',
} as NetworkEvent;
const session = {
  id: '22222222-2222-4222-8222-222222222222', title: 'Community wealth', startsAt: new Date('2027-10-30T09:00:00Z'), endsAt: new Date('2027-10-30T10:00:00Z'), room: 'Room A',
} as AgendaSessionView;

// The lines the update mail shows, in English unless asked.
const describeItemChange = (...args: Parameters<typeof changesOf>) => changesOf(...args).map((change) => calendarChangeLine(change, 'en'));

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

  it('counts a new title as a change through the snapshot, so fingerprints stored before titles counted still hold', () => {
    const sent = sessionDraft(event, session, PUBLIC_URL);
    const state = { fingerprint: fingerprintOf(sent), snapshot: sent.snapshot };
    expect(itemChanged(state, sessionDraft(event, session, PUBLIC_URL))).toBe(false);
    expect(itemChanged(state, sessionDraft(event, { ...session, title: 'Community wealth building' }, PUBLIC_URL))).toBe(true);
    expect(itemChanged(state, sessionDraft({ ...event, title: 'Winter Forum' }, session, PUBLIC_URL))).toBe(true);
    expect(itemChanged(state, sessionDraft(event, { ...session, room: 'Room B' }, PUBLIC_URL))).toBe(true);
  });

  it('says what was renamed, and leaves a session renamed only with its event to the event line', () => {
    const before = sessionDraft(event, session, PUBLIC_URL);
    expect(describeItemChange(before.snapshot, sessionDraft(event, { ...session, title: 'Community wealth building' }, PUBLIC_URL))).toEqual([
      'Renamed from "Community wealth (Autumn Forum)" to "Community wealth building (Autumn Forum)"',
    ]);
    const renamed = { ...event, title: 'Winter Forum' };
    const eventRename = { from: 'Autumn Forum', to: 'Winter Forum' };
    expect(describeItemChange(eventDraft(event, PUBLIC_URL).snapshot, eventDraft(renamed, PUBLIC_URL), eventRename)).toEqual([
      'Renamed from "Autumn Forum" to "Winter Forum"',
    ]);
    expect(describeItemChange(before.snapshot, sessionDraft(renamed, session, PUBLIC_URL), eventRename)).toEqual([]);
    expect(describeItemChange(before.snapshot, sessionDraft(renamed, { ...session, title: 'Care' }, PUBLIC_URL), eventRename)).toEqual([
      'Renamed from "Community wealth (Autumn Forum)" to "Care (Winter Forum)"',
    ]);
    expect(describeItemChange(before.snapshot, sessionDraft(renamed, { ...session, room: 'Room B' }, PUBLIC_URL), eventRename)).toEqual([
      'Community wealth (Winter Forum): now at Room B, Guildhall, Plymouth (was Room A, Guildhall, Plymouth)',
    ]);
  });

  it('says what changed in the event time zone, and that a dropped item is cancelled', () => {
    const before = sessionDraft(event, session, PUBLIC_URL);
    const after = sessionDraft(event, { ...session, room: 'Room B', startsAt: new Date('2027-10-31T10:00:00Z'), endsAt: new Date('2027-10-31T11:00:00Z') }, PUBLIC_URL);
    expect(describeItemChange(before.snapshot, after)).toEqual([
      'Community wealth (Autumn Forum): now Sunday 31 October 2027, 10:00–11:00 (was Saturday 30 October 2027, 10:00–11:00)',
      'Community wealth (Autumn Forum): now at Room B, Guildhall, Plymouth (was Room A, Guildhall, Plymouth)',
    ]);
    const dropped = droppedDraft({ ...before, snapshot: before.snapshot });
    expect(dropped.cancelled).toBe(true);
    expect(describeItemChange(before.snapshot, dropped)).toEqual(['Cancelled: Community wealth (Autumn Forum)']);
  });

  it("says the changes in the recipient's language, with the Welsh names the organisers gave", () => {
    const welshEvent = { ...event, titleCy: 'Fforwm yr Hydref', venueNameCy: 'Neuadd y Dref' } as NetworkEvent;
    const welshSession = { ...session, titleCy: 'Cyfoeth cymunedol', roomCy: 'Ystafell A' } as AgendaSessionView;
    const before = sessionDraft(welshEvent, welshSession, PUBLIC_URL);
    const after = sessionDraft(welshEvent, { ...welshSession, room: 'Room B', roomCy: 'Ystafell B', startsAt: new Date('2027-10-31T10:00:00Z'), endsAt: new Date('2027-10-31T11:00:00Z') }, PUBLIC_URL);
    expect(changesOf(before.snapshot, after).map((change) => calendarChangeLine(change, 'cy'))).toEqual([
      'Cyfoeth cymunedol (Fforwm yr Hydref): bellach Dydd Sul 31 Hydref 2027, 10:00–11:00 (yn flaenorol Dydd Sadwrn 30 Hydref 2027, 10:00–11:00)',
      'Cyfoeth cymunedol (Fforwm yr Hydref): bellach yn y lleoliad hwn: Ystafell B, Neuadd y Dref, Plymouth (yn flaenorol: Room A, Guildhall, Plymouth)',
    ]);
    expect(calendarChangeLine(changesOf(before.snapshot, droppedDraft(before))[0], 'cy')).toBe("Wedi'i ganslo: Community wealth (Autumn Forum)");
    expect(calendarChangeLine('Moved "Old line" kept as recorded', 'cy')).toBe('Moved "Old line" kept as recorded');
  });
});
