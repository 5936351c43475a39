import { firstClash, overlap, timeSlots } from './time-slots';

const at = (id: string, from: string, to: string) => ({ id, title: id, startsAt: `2027-02-11T${from}:00Z`, endsAt: `2027-02-11T${to}:00Z` });

describe('Time slots of workshops', () => {
  it('treats sessions running at the same time as overlapping, and back-to-back ones as not', () => {
    expect(overlap(at('B', '12:45', '14:15'), at('C', '12:45', '14:15'))).toBe(true);
    expect(overlap(at('B', '12:45', '14:15'), at('D', '14:00', '15:00'))).toBe(true);
    expect(overlap(at('A', '10:00', '11:00'), at('B', '11:00', '12:00'))).toBe(false);
  });

  it('finds the clash among chosen workshops whatever order they were chosen in', () => {
    const a = at('A', '10:00', '11:00');
    const b = at('B', '12:45', '14:15');
    const c = at('C', '12:45', '14:15');
    expect(firstClash([c, a, b])?.map((s) => s.id).sort()).toEqual(['B', 'C']);
    expect(firstClash([a, b])).toBeNull();
    expect(firstClash([])).toBeNull();
  });

  it('finds a clash with a long session that an earlier short one does not reach', () => {
    expect(firstClash([at('Long', '10:00', '16:00'), at('Short', '10:00', '10:30'), at('Late', '15:00', '15:30')])?.map((s) => s.id)).toEqual(['Long', 'Short']);
    expect(firstClash([at('Long', '10:00', '16:00'), at('Late', '15:00', '15:30')])?.map((s) => s.id)).toEqual(['Long', 'Late']);
  });

  it('groups parallel sessions into one slot, and chained overlaps too, in time order', () => {
    const slots = timeSlots([at('D', '15:00', '16:00'), at('C', '12:45', '14:15'), at('A', '10:00', '11:00'), at('B', '12:45', '14:15'), at('E', '14:00', '14:30')]);
    expect(slots.map((slot) => slot.map((s) => s.id))).toEqual([['A'], ['B', 'C', 'E'], ['D']]);
  });
});
