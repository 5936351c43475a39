// What the web app imports as '@convene/i18n' (apps/web's tsconfig and Vite alias point here):
// languages, dates, the translator and the web's own catalogue, never the server's catalogues.
export * from './languages';
export * from './translate';
export * from './when';
export type { Catalogue, Message } from './messages/message';
export { webMessages, type WebMessageKey } from './messages/web.messages';
