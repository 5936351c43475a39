/** The live stream of a session's polls: opened, closed, revealed, results. */
export const POLLS_STREAM = 'polls';

/** Moderators' running results of polls whose results the room does not see: never logged, never replayed (one of the /live events). */
export { POLL_RESULTS_EVENT } from '@convene/live';

/** Per participant, per minute: answers and changes of answers. */
export const POLL_ANSWER_LIMIT = { bucket: 'poll-answer', perMinute: 30 } as const;

/**
 * Results of a busy poll go to the moderators' room (console, projector) at most this often per
 * poll and API instance, and to the whole room at most every ROOM_RESULTS_INTERVAL_MS: under
 * 200 answers a second one broadcast carries many answers, and 2,000 phones get 4 a second
 * while the projector moves 16 times a second.
 */
export const RESULTS_INTERVAL_MS = 60;
export const ROOM_RESULTS_INTERVAL_MS = 250;

export const POLL_CATCH_UP_LIMIT = 500;
export const POLL_QUESTION_MAX = 300;
export const POLL_OPTION_MAX = 120;
export const POLL_OPTIONS_MAX = 12;
export const POLL_TEXT_MAX = 60;
export const RATING_SCALE = 5;
