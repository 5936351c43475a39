import { source as axeSource } from 'axe-core';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { ReceivedMail } from '@convene/testing';
import { launchBrowser } from '../../support/browser';
import { MailingStack, startMailingStack } from '../../support/mailing-stack';

/**
 * The journey suite's harness: a whole system (API, worker process, real SMTP sink), a real
 * Chromium, and a person at a desktop or a phone width. Journeys act through the interface
 * only: clicks, typing, and the links in the mails the sink received.
 */

export const VIEWPORTS = {
  desktop: { width: 1280, height: 800 },
  phone: { width: 390, height: 844 },
} as const;
export type ViewportName = keyof typeof VIEWPORTS;

/** Screenshots go here (ignored by git) so a person can look at every step. */
export const SHOTS_DIR = path.resolve(__dirname, '..', '..', '..', '.journeys');

export interface JourneyStack extends MailingStack {
  browser: Browser;
}

/**
 * The system and a browser for the tests of the `describe` it is called in: started before them,
 * closed after; `settings` reach the API and the worker. The object is filled in when the tests
 * start, so read it inside hooks and tests. A spec's own set-up goes in a `beforeAll` after it.
 */
export function journeyStack(settings: Record<string, string> = {}): JourneyStack {
  const stack = {} as JourneyStack;
  let started: JourneyStack | undefined;
  beforeAll(async () => {
    started = await startJourney(settings);
    Object.assign(stack, started);
  });
  afterAll(async () => {
    await started?.close();
  });
  return stack;
}

async function startJourney(settings: Record<string, string> = {}): Promise<JourneyStack> {
  // Calendar updates wait out a debounce in production; a journey checks them at once.
  const stack = await startMailingStack({ CALENDAR_DEBOUNCE_MS: '0', ...settings });
  const browser = await launchBrowser();
  return {
    ...stack,
    browser,
    close: async () => {
      await browser.close();
      await stack.close();
    },
  };
}

export interface Person {
  context: BrowserContext;
  page: Page;
  viewport: ViewportName;
  /** Runs axe-core on the page as it is now, fails on any violation, and screenshots the step. */
  check(step: string): Promise<void>;
  close(): Promise<void>;
}

/**
 * A Chromium whose camera films `videoFile` (a .y4m video): for a person who scans codes
 * (openPerson's `browser`). A page may use it once the person allows it
 * (`context.grantPermissions(['camera'])`); until then the browser refuses, as when a person
 * says no to its question.
 */
export function launchBrowserWithCamera(videoFile: string): Promise<Browser> {
  return launchBrowser(['--use-fake-device-for-media-stream', `--use-file-for-fake-video-capture=${videoFile}`]);
}

/** A person with their own browser profile (cookies, storage) at a desktop or phone width; `browser` other than the journey's (a camera). */
export async function openPerson(stack: JourneyStack, journey: string, viewport: ViewportName, options: { locale?: string; browser?: Browser } = {}): Promise<Person> {
  const context = await (options.browser ?? stack.browser).newContext({
    viewport: VIEWPORTS[viewport],
    isMobile: viewport === 'phone',
    hasTouch: viewport === 'phone',
    locale: options.locale ?? 'en-GB',
    timezoneId: 'Europe/London',
  });
  const page = await context.newPage();
  let step = 0;
  return {
    context,
    page,
    viewport,
    check: async (name: string) => {
      step += 1;
      await screenshot(page, `${journey}-${viewport}-${String(step).padStart(2, '0')}-${name}`);
      const violations = await axeViolations(page);
      expect({ step: name, violations }).toEqual({ step: name, violations: [] });
    },
    close: () => context.close(),
  };
}

export async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SHOTS_DIR, { recursive: true });
  const file = path.join(SHOTS_DIR, `${name.replace(/[^a-z0-9-]+/gi, '-')}.png`);
  await page.screenshot({ path: file, fullPage: true });
}

/** axe-core's violations on the page (id, help and the offending selectors), injected fresh each time. */
export async function axeViolations(page: Page): Promise<Array<{ id: string; help: string; targets: string[] }>> {
  const loaded = await page.evaluate('typeof window.axe === "object"');
  if (!loaded) await page.evaluate(axeSource); // evaluate, not addScriptTag: the pages' CSP refuses inline scripts
  return page.evaluate(`axe.run(document).then((result) => result.violations.map((v) => ({
    id: v.id, help: v.help, targets: v.nodes.map((node) => node.target.join(' ')),
  })))`);
}

/** The next mail to `email` whose subject matches, waiting for it to arrive. */
export function mailTo(stack: MailingStack, email: string, subject: RegExp | string, timeoutMs = 30_000): Promise<ReceivedMail> {
  const matches = (mail: ReceivedMail) =>
    mail.to.toLowerCase().includes(email.toLowerCase()) &&
    (typeof subject === 'string' ? mail.subject.includes(subject) : subject.test(mail.subject));
  return stack.sink.waitFor(matches, timeoutMs);
}

/** Every link in a mail's text that starts with the app's address (in order, without duplicates). */
export function linksIn(mail: ReceivedMail, baseUrl: string): string[] {
  const escaped = baseUrl.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const found = mail.decoded.match(new RegExp(`${escaped}[^\\s"'<>)\\]]*`, 'g')) ?? [];
  return [...new Set(found.map((link) => link.replace(/&amp;/g, '&')))];
}

/** The first link in the mail whose path matches `pathPattern`, or a failure naming what was there. */
export function linkIn(mail: ReceivedMail, baseUrl: string, pathPattern: RegExp): string {
  const links = linksIn(mail, baseUrl);
  const link = links.find((candidate) => pathPattern.test(new URL(candidate).pathname + new URL(candidate).search));
  if (!link) throw new Error(`No link matching ${pathPattern} in "${mail.subject}"; links: ${links.join(', ')}`);
  return link;
}

/** Runs a journey body at each width, in a fresh person each time. */
export const WIDTHS: ViewportName[] = ['desktop', 'phone'];
