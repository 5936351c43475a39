import { commonMessages } from './common.messages';
import { shellMessages } from './shell.messages';

/**
 * The web app's catalogue. The web build replaces this module with the same messages already
 * parsed (apps/web/precompiled-messages.ts), so browsers download no ICU parser.
 */
export const webMessages = { ...commonMessages, ...shellMessages };
export type WebMessageKey = keyof typeof webMessages;
