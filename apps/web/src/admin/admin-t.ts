import { adminMessages } from '@convene/i18n/web/admin.messages';
import { useMessages } from '../i18n/i18n';

/** The admin pages' messages (their own catalogue, loaded with them) and the shell's. */
export const useAdminT = () => useMessages(adminMessages);
