// What went wrong at the door or in the registrations table, in the organiser's words and
// language, with what to do: by the API's stable error code first, then by the kind of answer.
import type { doorMessages } from '@convene/i18n/web/door.messages';
import { ApiError } from '../api';

export type DoorMessageKey = keyof typeof doorMessages;

/** What was being done: the same code (registration_closed) means something else for each. */
export type DoorAction = 'check-in' | 'walk-in' | 'decide' | 'load' | 'other';

const BY_CODE: Record<string, DoorMessageKey> = {
  check_in_code_unknown: 'door.problem.codeUnknown',
  check_in_code_other_event: 'door.problem.codeOtherEvent',
  registration_not_pending: 'door.problem.notPending',
  registration_not_found: 'door.problem.gone',
  event_not_found: 'door.problem.gone',
};

export function doorProblem(error: unknown, action: DoorAction): DoorMessageKey {
  if (!(error instanceof ApiError)) return 'door.problem.other';
  const code = typeof error.body?.code === 'string' ? error.body.code : null;
  if (code === 'registration_closed') return action === 'walk-in' ? 'door.problem.notPublished' : 'door.problem.notConfirmed';
  if (code && BY_CODE[code]) return BY_CODE[code];
  if (error.status === 0) return 'door.problem.offline';
  if (error.status === 401) return 'door.problem.signedOut';
  if (error.status === 403) return 'door.problem.forbidden';
  if (error.status === 404) return 'door.problem.gone';
  if (error.status === 429) return 'door.problem.tooMany';
  if (error.status >= 500) return 'door.problem.server';
  if (error.status === 400) return 'door.problem.invalid';
  return 'door.problem.other';
}
