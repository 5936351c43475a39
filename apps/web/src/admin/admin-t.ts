import { adminMessages } from '@convene/i18n/web/admin.messages';
import type { ApiError } from '../api-base';
import { adminProblem, apiErrorText } from '../api-errors';
import { useMessages } from '../i18n/i18n';

/** The admin pages' messages (their own catalogue, loaded with them) and the shell's. */
export const useAdminT = () => useMessages(adminMessages);

/** A failure no field explains, in the reader's words: signed out, not allowed, busy, broken, or the error code's message. */
export function useAdminProblem(): (error: ApiError) => string {
  const { t, language } = useAdminT();
  return (error) => {
    const key = adminProblem(error);
    return key ? t(key) : apiErrorText(error, language);
  };
}
