import { FILLING_NOTICE_HOLD_MS, fillingNoticePlan, highestThresholdCrossed, thresholdCount } from './filling-notice';

describe('Filling notices to the organisers', () => {
  it('reaches 80% at the first count at or above it', () => {
    expect(thresholdCount(300, 80)).toBe(240);
    expect(thresholdCount(12, 80)).toBe(10);
    expect(thresholdCount(12, 100)).toBe(12);
  });

  it('sees each threshold crossed by exactly one step of a slow fill', () => {
    const crossings = Array.from({ length: 12 }, (_, taken) => highestThresholdCrossed(12, taken, taken + 1)).filter((percent) => percent !== null);
    expect(crossings).toEqual([80, 100]);
  });

  it('names only the highest threshold when one step crosses both', () => {
    expect(highestThresholdCrossed(1, 0, 1)).toBe(100);
    expect(highestThresholdCrossed(12, 9, 12)).toBe(100);
  });

  it('names none below 80%, after the event is full, or without a limit', () => {
    expect(highestThresholdCrossed(12, 3, 4)).toBeNull();
    expect(highestThresholdCrossed(12, 12, 13)).toBeNull();
    expect(highestThresholdCrossed(null, 0, 1)).toBeNull();
    expect(highestThresholdCrossed(0, 0, 1)).toBeNull();
  });

  it('sends "Full" at once, superseding a held "80% full"; holds "80% full" so a burst can supersede it', () => {
    const now = new Date('2027-02-01T10:00:00Z');
    expect(fillingNoticePlan(100, now)).toEqual({ sendAfter: undefined, supersedes: [80] });
    expect(fillingNoticePlan(80, now)).toEqual({ sendAfter: new Date(now.getTime() + FILLING_NOTICE_HOLD_MS), supersedes: [] });
  });
});
