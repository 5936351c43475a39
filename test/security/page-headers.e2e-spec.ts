import { testConfig } from '@convene/testing';
import fs from 'node:fs';
import type { Browser } from 'playwright-core';
import request from 'supertest';
import { RunningApi, startApi } from '../support/api';
import { launchBrowser } from '../support/browser';
import { makePublishedEvent } from '../support/events';

const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core'), 'utf8');

// Issue 16, smaller: the web app's pages (served by the API) had no Content-Security-Policy, no
// X-Frame-Options / frame-ancestors and no nosniff, so another site could frame them; the sign-in
// page had them.
describe('Attack: framing the web app, and scripts it did not ship', () => {
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

  const expectLockedDown = (headers: Record<string, string>) => {
    expect(headers['x-frame-options']).toBe('DENY');
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['content-security-policy']).toMatch(/frame-ancestors 'none'/);
    expect(headers['content-security-policy']).toMatch(/script-src 'self'(;|$)/);
  };

  it.each(['/', '/events/some-forum', '/sessions/00000000-0000-4000-8000-000000000000/live'])('sends the headers with the page %s', async (path) => {
    const page = await request(api.url).get(path).expect(200);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    expectLockedDown(page.headers);
  });

  it('names no server software, on a page or an API answer', async () => {
    for (const path of ['/', '/api/v1/events', '/api/v1/no-such-route']) {
      expect((await request(api.url).get(path)).headers['x-powered-by']).toBeUndefined();
    }
  });

  it('sends them with the scripts and styles the page loads', async () => {
    const index = (await request(api.url).get('/').expect(200)).text;
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(index)![1];
    expectLockedDown((await request(api.url).get(script).expect(200)).headers);
  });

  it('runs the page under that policy without a single violation, and axe still checks it', async () => {
    const event = await makePublishedEvent(api, { capacity: 10 });
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      const violations: string[] = [];
      page.on('console', (message) => {
        if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
      });
      await page.goto(`${api.url}/events/${event.slug}`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      expect(await page.evaluate<number>("document.querySelectorAll('script:not([src]), style').length")).toBe(0);
      await page.evaluate(AXE_SOURCE);
      const axeViolations = await page.evaluate<string[]>('axe.run(document).then((result) => result.violations.map((v) => v.id))');
      expect(Array.isArray(axeViolations)).toBe(true);
      expect(violations).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
