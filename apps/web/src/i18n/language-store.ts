// The language this browser shows: the explicit choice (a cookie, so the server's pages and mails
// follow it too), else the signed-in person's saved language, else the browser's, else English.
import { LANGUAGE_COOKIE, LOCALE_OF, cookieValue, isLanguage, negotiateLanguage, type Language } from '@convene/i18n';
import { useSyncExternalStore } from 'react';
import { apiCall } from '../api-base';

const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

export function chosenLanguage(): Language | null {
  const value = cookieValue(document.cookie, LANGUAGE_COOKIE);
  return isLanguage(value) ? value : null;
}

let current: Language = negotiateLanguage({ choice: chosenLanguage(), accept: navigator.languages });
const listeners = new Set<() => void>();

function set(next: Language): void {
  if (next === current) return;
  current = next;
  document.documentElement.lang = LOCALE_OF[next];
  for (const listener of listeners) listener();
}

document.documentElement.lang = LOCALE_OF[current];

/** The person chose: remembered in this browser (and, signed in, on the person: see LanguageProvider). */
export function chooseLanguage(language: Language): void {
  document.cookie = `${LANGUAGE_COOKIE}=${language}; Path=/; Max-Age=${ONE_YEAR_SECONDS}; SameSite=Lax`;
  set(language);
}

/** A signed-in person's saved language applies when this browser has made no choice of its own. */
export function adoptSavedLanguage(saved: Language | null): void {
  set(negotiateLanguage({ choice: chosenLanguage(), saved, accept: navigator.languages }));
}

/** Saves the language on the signed-in person, so mails and other browsers follow it. */
export async function saveLanguage(language: Language): Promise<void> {
  await apiCall<'PUT /me/language'>('PUT', '/me/language', { body: { language } });
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function currentLanguage(): Language {
  return current;
}

export function useLanguage(): Language {
  return useSyncExternalStore(subscribe, currentLanguage);
}
