import { agendaMessages } from './agenda.messages';
import { commonMessages } from './common.messages';
import { feedMessages } from './feed.messages';
import { mailMessages } from './mail.messages';
import { minutesExportMessages } from './minutes-export.messages';
import { printMessages } from './print.messages';
import { shellMessages } from './shell.messages';
import { signInPageMessages } from './sign-in-page.messages';
import { WEB_PAGE_CATALOGUES } from './web';

export { webMessages, type WebMessageKey } from './web.messages';

// The catalogues, by who reads them. The web app bundles only its own; the server only its own.
// Every key is unique across all of them (messages.spec.ts checks).

export const serverMessages = { ...commonMessages, ...signInPageMessages, ...mailMessages, ...printMessages, ...agendaMessages, ...minutesExportMessages, ...feedMessages };
export type ServerMessageKey = keyof typeof serverMessages;

/** Every catalogue by file, for the translators' checks. */
export const CATALOGUES = {
  common: commonMessages,
  shell: shellMessages,
  'sign-in-page': signInPageMessages,
  mail: mailMessages,
  print: printMessages,
  agenda: agendaMessages,
  'minutes-export': minutesExportMessages,
  feed: feedMessages,
  ...WEB_PAGE_CATALOGUES,
};
