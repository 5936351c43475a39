/**
 * How a mail is retried after a temporary failure (a 4xx, a refused or dropped connection): as a
 * mail server does, for days and further apart each time, so an outage of hours loses nothing.
 * The schedule counts tries, not clock time, so it can be tested without waiting.
 */
export const FIRST_RETRY_MS = 10_000;
export const LONGEST_RETRY_MS = 60 * 60_000;
/** Tries are given up once they have spanned this long (then an admin may retry by hand). */
export const RETRY_FOR_MS = 5 * 24 * 60 * 60_000;

/** The wait after the `failedTries`-th temporary failure: 10 s, doubling, at most an hour. */
export function retryDelayMs(failedTries: number): number {
  return Math.min(LONGEST_RETRY_MS, FIRST_RETRY_MS * 2 ** Math.max(0, failedTries - 1));
}

/** The try after which a mail that keeps failing temporarily is marked failed. */
export const LAST_TRY = (() => {
  let tries = 0;
  for (let waited = 0; waited < RETRY_FOR_MS; tries++) waited += retryDelayMs(tries + 1);
  return tries;
})();

/** After a temporary failure on try `tries` (1 = the first): when to try again, or null to give up. */
export function nextTry(tries: number, now: Date): Date | null {
  return tries >= LAST_TRY ? null : new Date(now.getTime() + retryDelayMs(tries));
}
