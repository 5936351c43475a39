/** The live streams this lib writes, each with its own per-session sequence numbers. */
export const QA_STREAM = 'qa';
export const FLOOR_STREAM = 'floor';

/** Per participant, per minute (issue 6). */
export const QA_RATE_LIMITS = {
  questions: { bucket: 'qa-question', perMinute: 5 },
  votes: { bucket: 'qa-vote', perMinute: 60 },
  floor: { bucket: 'qa-floor', perMinute: 5 },
} as const;

/** How many changes one catch-up answer carries at most; the client asks again from the last. */
export const CATCH_UP_LIMIT = 500;
