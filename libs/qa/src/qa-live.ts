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

/**
 * Vote counts go to the session's moderators (console, projector) at most this often per
 * session and API instance, and to the whole room at most every ROOM_VOTES_INTERVAL_MS: the
 * cadences of poll results (libs/polls), for the same reason.
 */
export const VOTES_INTERVAL_MS = 60;
export const ROOM_VOTES_INTERVAL_MS = 250;
