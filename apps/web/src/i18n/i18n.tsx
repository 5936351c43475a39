// The web app's messages: one provider near the root, one hook for the shell's messages and one
// for a page's own catalogue (which loads with the page's chunk, not with the shell).
//   const { t, rich, language } = useT();
//   t('shell.loading'); rich('shell.account.signedInAs', { name, b: (parts) => <strong>{parts}</strong> })
//   const { t } = useMessages(liveblogMessages); t('liveblog.live')
import { createTranslator, isLanguage, otherLanguage, type Catalogue, type Language, type MessageValues, type RichValues, type Translator, type WebMessageKey } from '@convene/i18n';
import { Fragment, createContext, useContext, useEffect, useMemo, type ReactNode } from 'react';
import { useSignedIn } from '../auth';
import { adoptSavedLanguage, chosenLanguage, saveLanguage, useLanguage } from './language-store';
import { webT as translate } from './web-t';

export interface Messages<K extends string = WebMessageKey> {
  language: Language;
  /** The language a bilingual page shows beside the reader's. */
  other: Language;
  t(key: K, values?: MessageValues): string;
  /** A message with elements in it (`<b>{name}</b>`): returns nodes to render. */
  rich(key: K, values: RichValues<ReactNode>): ReactNode;
}

function messagesIn<K extends string>(language: Language, translator: Translator<K>): Messages<K> {
  return {
    language,
    other: otherLanguage(language),
    t: (key, values) => translator(language, key, values),
    rich: (key, values) => translator.rich<ReactNode>(language, key, values).map((part, index) => <Fragment key={index}>{part}</Fragment>),
  };
}

const MessagesContext = createContext<Messages>(messagesIn('en', translate));

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

  const messages = useMemo(() => messagesIn(language, translate), [language]);
  return <MessagesContext.Provider value={messages}>{children}</MessagesContext.Provider>;
}

export function useT(): Messages {
  return useContext(MessagesContext);
}

// One translator per page catalogue (it keeps each message's formatter once built), falling back
// to the shell's catalogue, so a page names its own keys and the shell's alike.
const pageTranslators = new WeakMap<Catalogue, Translator<string>>();

function pageTranslator(catalogue: Catalogue): Translator<string> {
  let translator = pageTranslators.get(catalogue);
  if (!translator) {
    const own = createTranslator(catalogue);
    const either = ((language, key, values) => (key in catalogue ? own(language, key, values) : translate(language, key as WebMessageKey, values))) as Translator<string>;
    either.rich = (language, key, values) => (key in catalogue ? own.rich(language, key, values) : translate.rich(language, key as WebMessageKey, values));
    translator = either;
    pageTranslators.set(catalogue, translator);
  }
  return translator;
}

/** A page's own messages (`@convene/i18n/web/<page>.messages`) and the shell's, in the reader's language. */
export function useMessages<C extends Catalogue>(catalogue: C): Messages<(keyof C & string) | WebMessageKey> {
  const { language } = useContext(MessagesContext);
  return useMemo(() => messagesIn(language, pageTranslator(catalogue)), [language, catalogue]);
}
