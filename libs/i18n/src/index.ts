import { serverMessages } from './messages';
import { createTranslator } from './translate';

export * from './languages';
export * from './translate';
export * from './when';
export type { Catalogue, Message } from './messages/message';
export { webMessages, serverMessages, type WebMessageKey, type ServerMessageKey } from './messages';

/** The server's `t(language, key, values)`: mails, invites, server-rendered pages, minutes. */
export const t = /* @__PURE__ */ createTranslator(serverMessages);
export { pseudoMessage, pseudoText } from './pseudo-locale';
