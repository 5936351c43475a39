/** The organisers hear when the public places reach these shares, once each. */
export const FILLING_THRESHOLDS = [80, 100] as const;

/** How long a lower notice waits before it is sent: a burst that fills the event meanwhile sends only "Full". */
export const FILLING_NOTICE_HOLD_MS = 60_000;

/** The places at which `percent` is reached (80% of 12 places: 10). */
export function thresholdCount(places: number, percent: number): number {
  return Math.ceil((places * percent) / 100);
}

/**
 * The highest threshold reached by going from `before` to `after` places taken, or null. Every
 * decision is taken with the counters locked, so exactly one decision sees each crossing.
 */
export function highestThresholdCrossed(places: number | null, before: number, after: number): number | null {
  if (places === null || places <= 0) return null;
  const crossed = FILLING_THRESHOLDS.filter((percent) => before < thresholdCount(places, percent) && thresholdCount(places, percent) <= after);
  return crossed.length ? crossed[crossed.length - 1] : null;
}

/**
 * How a crossing is told: the highest threshold goes at once and supersedes the lower ones still
 * held; a lower one is held for FILLING_NOTICE_HOLD_MS, so a burst that crosses both within that
 * time sends one mail ("Full"), and a slow fill sends each.
 */
export function fillingNoticePlan(percent: number, now: Date): { sendAfter: Date | undefined; supersedes: number[] } {
  const highest = FILLING_THRESHOLDS[FILLING_THRESHOLDS.length - 1];
  if (percent === highest) return { sendAfter: undefined, supersedes: FILLING_THRESHOLDS.filter((lower) => lower < percent) };
  return { sendAfter: new Date(now.getTime() + FILLING_NOTICE_HOLD_MS), supersedes: FILLING_THRESHOLDS.filter((lower) => lower < percent) };
}

/** The dedupe key of an organiser's notice: one per event, threshold and address, whatever the concurrency. */
export function fillingNoticeKey(eventId: string, percent: number, email: string): string {
  return `event-filling:${eventId}:${percent}:${email}`;
}
