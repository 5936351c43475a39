// The web app's messages: one provider near the root, one hook for pages.
//   const { t, rich, language } = useT();
//   t('home.upcoming'); rich('shell.account.signedInAs', { name, b: (parts) => <strong>{parts}</strong> })
import { isLanguage, otherLanguage, type Language, type MessageValues, type RichValues, type WebMessageKey } from '@convene/i18n';
import { Fragment, createContext, useContext, useEffect, useMemo, type ReactNode } from 'react';
import { useSignedIn } from '../auth';
import { adoptSavedLanguage, chosenLanguage, saveLanguage, useLanguage } from './language-store';
import { webT as translate } from './web-t';

export interface Messages {
  language: Language;
  /** The language a bilingual page shows beside the reader's. */
  other: Language;
  t(key: WebMessageKey, values?: MessageValues): string;
  /** A message with elements in it (`<b>{name}</b>`): returns nodes to render. */
  rich(key: WebMessageKey, values: RichValues<ReactNode>): ReactNode;
}

function messagesIn(language: Language): Messages {
  return {
    language,
    other: otherLanguage(language),
    t: (key, values) => translate(language, key, values),
    rich: (key, values) => translate.rich<ReactNode>(language, key, values).map((part, index) => <Fragment key={index}>{part}</Fragment>),
  };
}

const MessagesContext = createContext<Messages>(messagesIn('en'));

/**
 * Gives pages the reader's messages, and keeps the person and the browser in step: a saved
 * language applies when this browser has not chosen; a choice made here (before signing in,
 * too) is saved on the person once signed in.
 */
export function LanguageProvider({ children }: { children: ReactNode }) {
  const language = useLanguage();
  const signedIn = useSignedIn();
  const saved = signedIn.state === 'signed-in' && isLanguage(signedIn.person.language) ? signedIn.person.language : null;
  const personId = signedIn.state === 'signed-in' ? signedIn.person.id : null;

  useEffect(() => {
    if (!personId) return;
    const choice = chosenLanguage();
    if (choice && choice !== saved) saveLanguage(choice).catch(() => undefined);
    else adoptSavedLanguage(saved);
  }, [personId, saved]);

  const messages = useMemo(() => messagesIn(language), [language]);
  return <MessagesContext.Provider value={messages}>{children}</MessagesContext.Provider>;
}

export function useT(): Messages {
  return useContext(MessagesContext);
}
