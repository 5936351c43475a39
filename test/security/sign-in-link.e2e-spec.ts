import { freePort } from '@convene/testing';
import type { Browser } from 'playwright-core';
import request from 'supertest';
import { makePerson } from '../identity/identity-fixtures';
import { launchBrowser } from '../support/browser';
import { MailingStack, startMailingStack } from '../support/mailing-stack';
import { linkIn, mailTo } from '../journeys/support/journey';

// Issue 14.1: the mailed link opened /sign-in with `Referrer-Policy: no-referrer`, so Chromium
// posted its form with `Origin: null` and the login-CSRF check refused it (403 cross_site_sign_in).
describe('Signing in from the link in the mail, in Chromium', () => {
  let stack: MailingStack;
  let browser: Browser;
  let baseUrl: string;

  beforeAll(async () => {
    const port = await freePort();
    baseUrl = `http://127.0.0.1:${port}`;
    stack = await startMailingStack({ PORT: String(port), PUBLIC_URL: baseUrl });
    browser = await launchBrowser();
    // An API, a worker process and a browser: slow to start on a loaded machine.
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  });

  it('signs in with one click on the link and one on the button', async () => {
    const person = await makePerson(stack.api, { name: 'Nia Evans' });
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      // Setting the scene: the mail is asked for (the sign-in journey asks for it from the page).
      await request(baseUrl).post('/api/v1/auth/email').send({ email: person.email }).expect(202);
      const mail = await mailTo(stack, person.email!, /sign-in code/);
      const link = linkIn(mail, baseUrl, /^\/sign-in\?token=/);

      await page.goto(link);
      await page.getByRole('button', { name: /Sign in/ }).click();
      await page.waitForURL(`${baseUrl}/`, { timeout: 10_000 });
      await page.getByText('Signed in as').waitFor();
      expect(await page.getByText('Signed in as').textContent()).toContain('Nia Evans');
    } finally {
      await context.close();
    }
  });

  it('still refuses a sign-in form posted from another site', async () => {
    const person = await makePerson(stack.api);
    await request(baseUrl).post('/api/v1/auth/email').send({ email: person.email }).expect(202);
    const mail = await mailTo(stack, person.email!, /sign-in code/);
    const token = new URL(linkIn(mail, baseUrl, /^\/sign-in\?token=/)).searchParams.get('token')!;

    // A page on another origin (another port: same site, other origin) that auto-submits the form.
    const evilPort = await freePort();
    const http = await import('node:http');
    const evil = http.createServer((_req, res) => {
      res.setHeader('Content-Type', 'text/html');
      res.setHeader('Referrer-Policy', 'no-referrer');
      res.end(`<form method="post" action="${baseUrl}/api/v1/auth/verify"><input name="token" value="${token}"></form>
        <script>document.forms[0].submit()</script>`);
    });
    await new Promise<void>((resolve) => evil.listen(evilPort, '127.0.0.1', resolve));
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      const answered = page.waitForResponse((response) => response.url().endsWith('/api/v1/auth/verify'));
      await page.goto(`http://127.0.0.1:${evilPort}/`);
      const response = await answered;
      expect(response.status()).toBe(403);
      expect(await response.json()).toMatchObject({ code: 'cross_site_sign_in' });
      expect((await context.cookies(baseUrl)).map((cookie) => cookie.name)).not.toContain('convene_session');
    } finally {
      await context.close();
      await new Promise((resolve) => evil.close(resolve));
    }
  });
});
