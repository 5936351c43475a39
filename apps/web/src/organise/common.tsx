import { createTranslator } from '@convene/i18n';
import { sharedMessages } from '@convene/i18n/web/shared.messages';
import { apiErrorText } from '../api-errors';
import { currentLanguage } from '../i18n/language-store';
import { ApiError } from '../api';

const sharedT = createTranslator(sharedMessages);

/**
 * A message for an answer that is not about one field, in the reader's language. `what` is the
 * action that failed, already in that language ("send your correction").
 */
export function problemOf(error: unknown, what: string): string {
  const language = currentLanguage();
  if (!(error instanceof ApiError)) return sharedT(language, 'problem.couldNot', { what });
  if (error.status === 0) return apiErrorText(error, language);
  if (error.status === 401) return sharedT(language, 'problem.signedOut');
  if (error.status === 403) return sharedT(language, 'problem.onlyOrganisers', { what });
  if (error.status === 429) return sharedT(language, 'problem.tooMany');
  if (error.status >= 500) return sharedT(language, 'problem.serviceCouldNot', { what });
  return apiErrorText(error, language);
}

/**
 * A live region that is always in the page (so screen readers announce what appears in it) and
 * shows the outcome of the last action.
 */
export function Outcome({ message, tone = 'ok' }: { message: string | null; tone?: 'ok' | 'bad' }) {
  return (
    <div role="status" aria-live="polite" className={message ? `outcome outcome-${tone}` : 'outcome-empty'}>
      {message}
    </div>
  );
}
