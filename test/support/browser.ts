import fs from 'node:fs';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { signIn } from '../identity/identity-fixtures';
import { RunningApi } from './api';

/** Debian's Chromium (`apt-get install -y chromium`); playwright-core downloads no browser of its own. */
export const CHROMIUM = '/usr/bin/chromium';

const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/**
 * A headless Chromium for browser tests. Each launch runs on a fresh temporary profile
 * (`--user-data-dir`) that Playwright makes and deletes on close: Playwright refuses the flag in
 * `args` for a plain launch, since only launchPersistentContext may name the directory.
 * `extraArgs` add Chromium flags (a fake camera, say).
 */
export async function launchBrowser(extraArgs: string[] = []): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`Browser tests need Chromium at ${CHROMIUM}, which is missing: install it with \`apt-get install -y chromium\``);
  }
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: [...FLAGS, ...extraArgs], timeout: 30_000 });
}

/** Signs `email` in through the API and gives the browser context that session's cookie (returned as `name=value`). */
export async function signInBrowser(context: BrowserContext, api: RunningApi, email: string): Promise<string> {
  const cookie = await signIn(api, email);
  const at = cookie.indexOf('=');
  await context.addCookies([{ name: cookie.slice(0, at), value: cookie.slice(at + 1), url: api.url }]);
  return cookie;
}
