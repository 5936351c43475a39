import { NATIVE_NAME, pseudoMessage, pseudoText, serverMessages } from '@convene/i18n';
import { TYPE, parse } from '@formatjs/icu-messageformat-parser';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { APIResponse, BrowserContext, Page, Route } from 'playwright-core';
import type { JourneyStack, Person, ViewportName } from './journey';
import { openPerson } from './journey';

/**
 * The pseudo-locale pass (issue 18): the web app built with every English message accented and
 * bracketed ("[Ŕéĝîšţéŕ]", libs/i18n/src/pseudo-locale.ts), served to one browser in place of
 * the real build, so any ASCII letter left on a page is either content or words the code wrote
 * itself instead of taking them from the message library.
 */

const ROOT = path.resolve(__dirname, '..', '..', '..');
const PSEUDO_DIR = path.join(ROOT, 'dist', 'web-pseudo');

/** Builds dist/web-pseudo when the web app or its messages changed since the last build. */
export function buildPseudoLocale(): void {
  execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'build.mjs'), '--pseudo', '--if-stale'], { stdio: 'inherit' });
}

const TYPES: Record<string, string> = { '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.json': 'application/json', '.woff2': 'font/woff2', '.png': 'image/png' };

/** The words the API sent (titles, names, entries...): content, not the interface. Error messages and labels the server writes are not content. */
const NOT_CONTENT = new Set(['message', 'error', 'label', 'reason', 'status', 'code']);

function stringsIn(value: unknown, found: Set<string>, key = ''): void {
  if (typeof value === 'string') {
    if (!NOT_CONTENT.has(key) && /[A-Za-z]/.test(value)) found.add(value.trim());
  } else if (Array.isArray(value)) {
    for (const item of value) stringsIn(item, found, key);
  } else if (value && typeof value === 'object') {
    for (const [name, item] of Object.entries(value)) stringsIn(item, found, name);
  }
}

/**
 * The server's own words (the pages it renders itself: the sign-in page, the minutes' printable
 * page) in the pseudo-locale too, as the pseudo build of the web app has them: each English
 * message of the server's catalogue, in this test process (where the API runs), accented and
 * bracketed. Call before the API starts. Welsh, and the worker's mails, stay as they are.
 */
export function speakPseudoOnServer(): void {
  for (const message of Object.values(serverMessages) as Array<{ en: unknown }>) {
    if (typeof message.en !== 'string') continue;
    const elements = pseudoMessage(parse(message.en));
    // Plain text stays a string: the date formatter reads its zone name ("UK time") as text.
    const plain = elements.every((element) => element.type === TYPE.literal) ? elements.map((element) => (element as { value: string }).value).join('') : null;
    message.en = plain !== null && !/[{}'<#]/.test(plain) ? plain : elements;
  }
}

export interface PseudoPerson extends Person {
  /** Content the API sent this browser so far (and any the test adds): the check leaves it aside. */
  content: Set<string>;
}

/**
 * A person whose browser gets the pseudo-locale build of the web app from the same API: pages
 * (index.html, with the API's own headers) and assets from dist/web-pseudo, the API as it is.
 */
export async function openPseudoPerson(stack: JourneyStack, journey: string, viewport: ViewportName): Promise<PseudoPerson> {
  const person = await openPerson(stack, journey, viewport);
  const content = new Set<string>(PROPER_NAMES);
  await servePseudoBuild(person.context, stack.api.url);
  person.page.on('response', (response) => {
    if (!response.url().startsWith(`${stack.api.url}/api/`) || response.status() >= 400) return;
    if (!(response.headers()['content-type'] ?? '').includes('application/json')) return;
    response.json().then(
      (body: unknown) => stringsIn(body, content),
      () => undefined,
    );
  });
  return { ...person, content };
}

async function servePseudoBuild(context: BrowserContext, baseUrl: string): Promise<void> {
  const index = fs.readFileSync(path.join(PSEUDO_DIR, 'index.html'), 'utf8');
  await context.route(
    (url) => url.origin === new URL(baseUrl).origin && !url.pathname.startsWith('/api/') && !url.pathname.startsWith('/socket.io'),
    async (route) => {
      const { pathname } = new URL(route.request().url());
      if (pathname.startsWith('/assets/')) {
        const file = path.join(PSEUDO_DIR, pathname);
        if (!file.startsWith(PSEUDO_DIR) || !fs.existsSync(file)) return route.fulfill({ status: 404 });
        return route.fulfill({ status: 200, body: fs.readFileSync(file), contentType: TYPES[path.extname(file)] ?? 'application/octet-stream' });
      }
      // A page of the web app: the API's answer (its headers: CSP...) with the pseudo build's index.html.
      const response = await fetchOnce(route);
      const body = await response.text();
      return route.fulfill({ response, body: body.includes('<div id="root"></div>') ? index : body });
    },
  );
}

/**
 * Playwright's fetch reuses a kept-alive connection, which the server may close at the moment
 * the request goes out (read ECONNRESET); a browser sends such a GET again, and so does this.
 */
async function fetchOnce(route: Route, attempt = 1): Promise<APIResponse> {
  try {
    return await route.fetch();
  } catch (error) {
    if (attempt >= 3 || !String(error).includes('ECONNRESET')) throw error;
    return fetchOnce(route, attempt + 1);
  }
}

// Intl writes dates and times (not messages): its English day and month names are not untranslated words.
const CALENDAR_WORDS = (() => {
  const words = new Set<string>();
  for (let month = 0; month < 12; month++) {
    for (const style of ['long', 'short'] as const) words.add(new Date(Date.UTC(2027, month, 1)).toLocaleString('en-GB', { month: style, timeZone: 'UTC' }));
  }
  for (let day = 0; day < 7; day++) {
    for (const style of ['long', 'short'] as const) words.add(new Date(Date.UTC(2027, 1, day + 1)).toLocaleString('en-GB', { weekday: style, timeZone: 'UTC' }));
  }
  return [...words];
})();

/**
 * Names that are the same in every language: the product's, and each language's own (the switch:
 * "English", "Cymraeg").
 */
const PROPER_NAMES = ['Convene', ...Object.values(NATIVE_NAME)];

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** What is left of a text once content, addresses, ids, codes and Intl's calendar words are set aside: untranslated if it has an ASCII letter. */
export function untranslatedPart(text: string, content: Iterable<string>): string | null {
  let rest = text
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/\S+@\S+\.\S+/g, ' ')
    .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi, ' ')
    .replace(/(^|\s)\/[\w\-/.?=&%]*/g, ' ')
    // Codes people type or show: letters and digits, not words. A check-in code ("RRYMH-8AG68",
    // five and five of its alphabet) may have no digit at all ("NBWML-DCUPH", 1 in 18).
    .replace(/\b(?=[A-Z0-9-]*\d)[A-Z0-9]+(?:-[A-Z0-9]+)+\b/g, ' ')
    .replace(/\b[2-9A-HJ-NP-Z]{5}-[2-9A-HJ-NP-Z]{5}\b/g, ' ');
  // Content as people wrote it; not the API's own values ("draft", "en", "network_forum"), which a page must word.
  const written = [...content].filter((entry) => PROPER_NAMES.includes(entry) || (entry.length > 2 && !/^[a-z0-9_]+$/.test(entry))).sort((a, b) => b.length - a.length);
  for (const known of written) rest = rest.split(known).join(' ');
  rest = rest.replace(new RegExp(`\\b(${CALENDAR_WORDS.map(escape).join('|')})\\b`, 'g'), ' ');
  return /[A-Za-z]/.test(rest) ? rest.replace(/\s+/g, ' ').trim() : null;
}

/**
 * Every text a person reads or hears on the page as it is now: visible text (screen-reader-only
 * text too), accessible names and hints in attributes, and the tab's title. Left aside: what is
 * marked as content (data-content) or as a name (translate="no"), in another language than the page (lang), inside <time>,
 * scripts and styles, and what is not rendered.
 */
export async function textsOnPage(page: Page): Promise<Array<{ text: string; where: string }>> {
  // Run in the page (a string: this file is compiled without the DOM's types).
  return page.evaluate(`(() => {
    const found = [];
    const pageLang = document.documentElement.lang;
    const describe = (element) => {
      const parts = [];
      for (let at = element; at && at !== document.body && parts.length < 4; at = at.parentElement) {
        parts.unshift(at.tagName.toLowerCase() + (at.id ? '#' + at.id : '') + (at.classList.length ? '.' + [...at.classList].join('.') : ''));
      }
      return parts.join(' > ');
    };
    const leftAside = (element) => {
      if (element.closest('script, style, noscript, template, time, [data-content], [translate="no"]')) return true;
      const tagged = element.closest('[lang]');
      if (tagged && tagged !== document.documentElement && tagged.getAttribute('lang') !== pageLang) return true;
      return !element.checkVisibility({ visibilityProperty: true });
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = (node.textContent || '').trim();
      const element = node.parentElement;
      if (text && element && !leftAside(element)) found.push({ text, where: describe(element) });
    }
    for (const element of document.body.querySelectorAll('[aria-label], [placeholder], [alt], [title], input[type="submit"], input[type="button"]')) {
      if (leftAside(element)) continue;
      for (const name of ['aria-label', 'placeholder', 'alt', 'title']) {
        const value = (element.getAttribute(name) || '').trim();
        if (value) found.push({ text: value, where: describe(element) + ' [' + name + ']' });
      }
      if (element.tagName === 'INPUT' && (element.type === 'submit' || element.type === 'button') && element.value) found.push({ text: element.value, where: describe(element) + ' [value]' });
    }
    if (document.title.trim()) found.push({ text: document.title.trim(), where: 'title' });
    return found;
  })()`);
}

/** The texts on the page that did not come through the message library (content aside). */
export async function untranslatedTexts(person: PseudoPerson): Promise<string[]> {
  const texts = await textsOnPage(person.page);
  return texts.flatMap(({ text, where }) => {
    const rest = untranslatedPart(text, person.content);
    return rest === null ? [] : [`${where}: "${text}" (left: "${rest}")`];
  });
}

/**
 * A step of the pass: screenshot and axe as every journey step, then no word outside the message
 * library. `knownGaps`: texts still being translated elsewhere (each named in the spec, to go).
 */
export async function checkPseudo(person: PseudoPerson, step: string, knownGaps: string[] = []): Promise<void> {
  await person.check(step);
  const untranslated = (await untranslatedTexts(person)).filter((found) => !knownGaps.some((gap) => found.includes(`"${gap}"`)));
  expect({ step, untranslated }).toEqual({ step, untranslated: [] });
}

/** Content the test knows the page shows (what an export or a server page prints from the API's data), set aside as the API's answers are. */
export function addContent(person: PseudoPerson, value: unknown): void {
  stringsIn(value, person.content);
}

/** A message's English in the pseudo-locale, to find elements by their words ("Send me a code" -> "Šéñð ṁé á çöðé"). */
export const pseudo = pseudoText;
