// The one map from the API's stable error codes to the web's messages (libs/i18n/src/messages/web/errors.messages.ts).
// A code missing here is shown by its HTTP status, in the reader's language. Two places say some
// problems in words of their own, with what to do there: the door (and the organisers'
// registrations table) and the admin pages; their wording is below, by code and by status, as
// keys of their own catalogues (imported as types only, so no other page loads those words).
import { createTranslator, type Language } from '@convene/i18n';
import type { adminMessages } from '@convene/i18n/web/admin.messages';
import type { doorMessages } from '@convene/i18n/web/door.messages';
import { errorsMessages } from '@convene/i18n/web/errors.messages';
import { ApiError } from './api-base';
import { currentLanguage } from './i18n/language-store';

export const ERROR_MESSAGE_KEY: Record<string, keyof typeof errorsMessages> = {
  access_request_decided: 'error.access_request_decided',
  access_request_not_found: 'error.access_request_not_found',
  action_not_found: 'error.action_not_found',
  address_not_confirmed: 'error.address_not_confirmed',
  already_voted: 'error.already_voted',
  anonymous_not_allowed: 'error.anonymous_not_allowed',
  api_token_not_found: 'error.api_token_not_found',
  calendar_feed_not_found: 'error.calendar_feed_not_found',
  check_in_code_other_event: 'error.check_in_code_other_event',
  check_in_code_unknown: 'error.check_in_code_unknown',
  comment_not_found: 'error.comment_not_found',
  confirmation_lapsed: 'error.confirmation_lapsed',
  database_unavailable: 'error.database_unavailable',
  email_required: 'error.email_required',
  event_full: 'error.event_full',
  event_not_editable: 'error.event_not_editable',
  event_not_found: 'error.event_not_found',
  event_over: 'error.event_over',
  floor_request_not_found: 'error.floor_request_not_found',
  follow_not_found: 'error.follow_not_found',
  invalid_liveblog_entry: 'error.invalid_liveblog_entry',
  invalid_minutes: 'error.invalid_minutes',
  invalid_payload: 'error.invalid_payload',
  invalid_poll: 'error.invalid_poll',
  invalid_poll_answer: 'error.invalid_poll_answer',
  invalid_schedule: 'error.invalid_schedule',
  invalid_voting: 'error.invalid_voting',
  invitation_answered: 'error.invitation_answered',
  liveblog_editor_not_found: 'error.liveblog_editor_not_found',
  liveblog_entry_not_found: 'error.liveblog_entry_not_found',
  liveblog_entry_state: 'error.liveblog_entry_state',
  liveblog_not_enabled: 'error.liveblog_not_enabled',
  malformed_input: 'error.malformed_input',
  member_present: 'error.member_present',
  members_only: 'error.members_only',
  minutes_forbidden: 'error.minutes_forbidden',
  minutes_not_found: 'error.minutes_not_found',
  minutes_version_conflict: 'error.minutes_version_conflict',
  minutes_wrong_status: 'error.minutes_wrong_status',
  missing_role: 'error.missing_role',
  moderation_not_allowed: 'error.moderation_not_allowed',
  motion_not_found: 'error.motion_not_found',
  motion_wrong_status: 'error.motion_wrong_status',
  no_address_for_feed: 'error.no_address_for_feed',
  not_a_member_organisation: 'error.not_a_member_organisation',
  not_allowed_in_session: 'error.not_allowed_in_session',
  not_eligible: 'error.not_eligible',
  not_invited: 'error.not_invited',
  not_liveblog_editor: 'error.not_liveblog_editor',
  not_moderator: 'error.not_moderator',
  not_present: 'error.not_present',
  not_quorate: 'error.not_quorate',
  not_signed_in: 'error.not_signed_in',
  offer_not_open: 'error.offer_not_open',
  organisation_limit_reached: 'error.organisation_limit_reached',
  organisation_name_taken: 'error.organisation_name_taken',
  organisation_not_found: 'error.organisation_not_found',
  person_email_taken: 'error.person_email_taken',
  person_erased: 'error.person_erased',
  person_not_found: 'error.person_not_found',
  poll_already_answered: 'error.poll_already_answered',
  poll_answer_not_found: 'error.poll_answer_not_found',
  poll_not_found: 'error.poll_not_found',
  poll_not_open: 'error.poll_not_open',
  poll_sign_in_required: 'error.poll_sign_in_required',
  poll_wrong_status: 'error.poll_wrong_status',
  qa_closed: 'error.qa_closed',
  qa_not_enabled: 'error.qa_not_enabled',
  question_not_found: 'error.question_not_found',
  question_not_votable: 'error.question_not_votable',
  registration_closed: 'error.registration_closed',
  registration_not_found: 'error.registration_not_found',
  registration_not_pending: 'error.registration_not_pending',
  room_code_needed: 'error.room_code_needed',
  schedule_clash: 'error.schedule_clash',
  session_not_followable: 'error.session_not_followable',
  session_not_found: 'error.session_not_found',
  sign_in_to_take_part: 'error.sign_in_to_take_part',
  sign_in_to_vote: 'error.sign_in_to_vote',
  speaker_invitation_not_found: 'error.speaker_invitation_not_found',
  speaker_not_on_programme: 'error.speaker_not_on_programme',
  token_cannot_mint_tokens: 'error.token_cannot_mint_tokens',
  too_many_actions: 'error.too_many_actions',
  too_many_attempts: 'error.too_many_attempts',
  unknown_format: 'error.unknown_format',
  unknown_organisation: 'error.unknown_organisation',
  unknown_workshop: 'error.unknown_workshop',
  voting_not_found: 'error.voting_not_found',
  workshops_overlap: 'error.workshops_overlap',
  invalid_fields: 'error.invalid_fields',
  json_only: 'error.json_only',
  cross_site_request: 'error.cross_site_request',
  invalid_id: 'error.invalid_id',
};

const errorsT = createTranslator(errorsMessages);

/**
 * What went wrong, in the reader's language: the message of the error's code, else of its status.
 * In English the API's own message is shown where it has one: it names what the code's message
 * speaks of generally (the limit, the two workshops that clash).
 */
export function apiErrorText(error: unknown, language: Language = currentLanguage()): string {
  if (!(error instanceof ApiError)) return errorsT(language, 'error.status', { status: 'other' });
  if (error.status === 0) return errorsT(language, 'error.offline');
  if (language === 'en' && error.message) return error.message;
  const code = typeof error.body?.code === 'string' ? error.body.code : null;
  const key = code !== null && Object.hasOwn(ERROR_MESSAGE_KEY, code) ? ERROR_MESSAGE_KEY[code] : null;
  return key ? errorsT(language, key) : errorsT(language, 'error.status', { status: String(error.status) });
}

const codeOf = (error: ApiError): string | null => (typeof error.body?.code === 'string' ? error.body.code : null);

/** A context's words for the answers no code explains (offline, signed out, not allowed, limited, broken...). */
interface StatusWords<K> {
  offline: K;
  signedOut: K;
  forbidden: K;
  tooMany: K;
  server: K;
  notFound?: K;
  invalid?: K;
}

function byStatus<K>(error: ApiError, words: StatusWords<K>): K | null {
  if (error.status === 0) return words.offline;
  if (error.status === 401) return words.signedOut;
  if (error.status === 403) return words.forbidden;
  if (error.status === 404 && words.notFound) return words.notFound;
  if (error.status === 429) return words.tooMany;
  if (error.status >= 500) return words.server;
  if (error.status === 400 && words.invalid) return words.invalid;
  return null;
}

export type DoorMessageKey = keyof typeof doorMessages;

/** What was being done at the door: the same code (registration_closed) means something else for each. */
export type DoorAction = 'check-in' | 'walk-in' | 'decide' | 'load' | 'other';

const DOOR_BY_CODE: Record<string, DoorMessageKey> = {
  check_in_code_unknown: 'door.problem.codeUnknown',
  check_in_code_other_event: 'door.problem.codeOtherEvent',
  registration_not_pending: 'door.problem.notPending',
  registration_not_found: 'door.problem.gone',
  event_not_found: 'door.problem.gone',
};

const DOOR_BY_STATUS: StatusWords<DoorMessageKey> = {
  offline: 'door.problem.offline',
  signedOut: 'door.problem.signedOut',
  forbidden: 'door.problem.forbidden',
  notFound: 'door.problem.gone',
  tooMany: 'door.problem.tooMany',
  server: 'door.problem.server',
  invalid: 'door.problem.invalid',
};

/** What went wrong at the door or in the registrations table, with what to do there: a key of the door's catalogue. */
export function doorProblem(error: unknown, action: DoorAction): DoorMessageKey {
  if (!(error instanceof ApiError)) return 'door.problem.other';
  const code = codeOf(error);
  if (code === 'registration_closed') return action === 'walk-in' ? 'door.problem.notPublished' : 'door.problem.notConfirmed';
  if (code && Object.hasOwn(DOOR_BY_CODE, code)) return DOOR_BY_CODE[code];
  return byStatus(error, DOOR_BY_STATUS) ?? 'door.problem.other';
}

type AdminMessageKey = keyof typeof adminMessages;

const ADMIN_BY_STATUS: StatusWords<AdminMessageKey> = {
  offline: 'admin.problem.offline',
  signedOut: 'admin.problem.signedOut',
  forbidden: 'admin.problem.notAdmin',
  tooMany: 'admin.problem.tooMany',
  server: 'admin.problem.broken',
};

/** A failure no field explains on an admin page: the admin catalogue's key (signed out, not an admin, busy, broken), or null for the error code's message (apiErrorText). */
export function adminProblem(error: ApiError): AdminMessageKey | null {
  return byStatus(error, ADMIN_BY_STATUS);
}
