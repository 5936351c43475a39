import { FIRST_RETRY_MS, LAST_TRY, LONGEST_RETRY_MS, RETRY_FOR_MS, nextTry, retryDelayMs } from './mail-retry';

describe('Mail retry schedule', () => {
  const now = new Date('2027-01-01T00:00:00Z');

  it('waits longer after each temporary failure, up to an hour', () => {
    const delays = [1, 2, 3, 4, 12, 50].map(retryDelayMs);
    expect(delays.slice(0, 4)).toEqual([FIRST_RETRY_MS, 2 * FIRST_RETRY_MS, 4 * FIRST_RETRY_MS, 8 * FIRST_RETRY_MS]);
    expect(delays[4]).toBe(LONGEST_RETRY_MS);
    expect(delays[5]).toBe(LONGEST_RETRY_MS);
  });

  it('keeps trying for days before giving up', () => {
    let spanned = 0;
    for (let tries = 1; tries < LAST_TRY; tries++) {
      const next = nextTry(tries, now);
      expect(next).not.toBeNull();
      spanned += (next as Date).getTime() - now.getTime();
    }
    expect(spanned).toBeGreaterThanOrEqual(RETRY_FOR_MS - LONGEST_RETRY_MS);
    expect(spanned).toBeGreaterThan(4 * 24 * 60 * 60_000);
  });

  it('gives up after the last try', () => {
    expect(nextTry(LAST_TRY, now)).toBeNull();
    expect(nextTry(LAST_TRY + 5, now)).toBeNull();
  });
});
