import type { ApiError } from '../api-base';
import { apiErrorText } from '../api-errors';
import { useAdminT } from './admin-t';

/** A failure no field explains, in the reader's words: signed out, not allowed, busy, broken, or the error code's message. */
export function useAdminProblem(): (error: ApiError) => string {
  const { t } = useAdminT();
  return (error) => {
    if (error.status === 0) return t('admin.problem.offline');
    if (error.status === 401) return t('admin.problem.signedOut');
    if (error.status === 403) return t('admin.problem.notAdmin');
    if (error.status === 429) return t('admin.problem.tooMany');
    if (error.status >= 500) return t('admin.problem.broken');
    // The one code-to-message map: Welsh readers no longer get the API's English sentence.
    return apiErrorText(error);
  };
}
