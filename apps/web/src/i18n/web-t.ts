import { createTranslator, webMessages } from '@convene/i18n';

/** The web catalogue's `t(language, key, values)`, for code outside components (formatters). */
export const webT = createTranslator(webMessages);
