import { testConfig } from '@convene/testing';
import type { Browser } from 'playwright-core';
import { makePerson, signIn } from '../identity/identity-fixtures';
import { RunningApi, startApi } from '../support/api';
import { launchBrowser } from '../support/browser';

// Review 2026-12-03: the sign-in page's ?next= refused `//evil.example` and `/\evil.example`, but
// a browser drops tabs and line breaks from a URL before reading it, so `/<tab>/evil.example`
// became `//evil.example`: a link in a phishing mail showed a signed-in person "Continue" to
// another site. (The API's own check, returnPath, refused whitespace already.)
describe('Attack: sending a person to another site through the sign-in page’s ?next=', () => {
  let api: RunningApi;
  let browser: Browser;

  beforeAll(async () => {
    api = await startApi(await testConfig());
    browser = await launchBrowser();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await api?.close();
  });

  /** A browser holding the person's session cookie, as after signing in. */
  const signedInBrowser = async (email: string) => {
    const cookie = await signIn(api, email);
    const context = await browser.newContext();
    const at = cookie.indexOf('=');
    await context.addCookies([{ name: cookie.slice(0, at), value: cookie.slice(at + 1), url: api.url }]);
    return context;
  };

  const tricks = ['/%09/evil.example/', '/%0A/evil.example/', '/%0D%0A/evil.example/', '/%09%5Cevil.example/', '//evil.example/', 'https://evil.example/', '/%2F/evil.example/'];

  it.each(tricks)('keeps a signed-in person’s Continue link on this site for ?next=%s', async (next) => {
    const person = await makePerson(api, { name: 'Nia Evans' });
    const context = await signedInBrowser(person.email!);
    try {
      const page = await context.newPage();
      await page.goto(`${api.url}/sign-in-with-code?next=${next}`);
      const link = page.getByRole('link', { name: 'Continue' });
      // The address the browser would follow, as it resolves it.
      const followed = new URL(await link.evaluate((anchor) => (anchor as unknown as { href: string }).href));
      expect(followed.origin).toBe(new URL(api.url).origin);
    } finally {
      await context.close();
    }
  });

  it('still takes a person back to a page of this site, with its query', async () => {
    const person = await makePerson(api);
    const context = await signedInBrowser(person.email!);
    try {
      const page = await context.newPage();
      await page.goto(`${api.url}/sign-in-with-code?next=${encodeURIComponent('/events?month=2027-01')}`);
      const followed = new URL(await page.getByRole('link', { name: 'Continue' }).evaluate((anchor) => (anchor as unknown as { href: string }).href));
      expect(`${followed.origin}${followed.pathname}${followed.search}`).toBe(`${api.url}/events?month=2027-01`);
    } finally {
      await context.close();
    }
  });
});
