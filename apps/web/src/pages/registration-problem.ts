// What the private registration page says when an action through its link fails, in the reader's
// language: the link no longer valid, too many attempts, the API's refusal, or the server's failure.
import { createTranslator } from '@convene/i18n';
import { registrationMessages } from '@convene/i18n/web/registration.messages';
import { sharedMessages } from '@convene/i18n/web/shared.messages';
import { ApiError } from '../api';
import { apiErrorText } from '../api-errors';
import { currentLanguage } from '../i18n/language-store';

const registrationT = createTranslator(registrationMessages);
const sharedT = createTranslator(sharedMessages);

export type RegistrationAction = 'cancel' | 'confirm' | 'offer' | 'save' | 'apologies' | 'subscribe' | 'renew' | 'stop';

export function registrationProblem(error: unknown, action: RegistrationAction): string {
  const language = currentLanguage();
  if (error instanceof ApiError) {
    if (error.status === 0) return apiErrorText(error, language);
    if (error.status === 404 || error.status === 400) return registrationT(language, 'registration.problem.invalidLink', { action });
    if (error.status === 429) return sharedT(language, 'problem.tooMany');
    if (error.status < 500) return apiErrorText(error, language);
  }
  return registrationT(language, 'registration.problem.failed', { action });
}
