import { testConfig } from '@convene/testing';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import request from 'supertest';
import { bearer, makeAdmin } from '../identity/identity-fixtures';
import { liveblogPath, makeLiveblogSession } from '../liveblog/liveblog-fixtures';
import { anonymous, askBody, makeQaSession } from '../qa/qa-fixtures';
import { RunningApi, startApi } from '../support/api';
import { launchBrowser, signInBrowser } from '../support/browser';
import { makePublishedEvent } from '../support/events';

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

// Issue 14.10: what a delegate met on the reader pages, on a phone and with a screen reader.
describe('The reader pages, as a delegate on a phone reads them', () => {
  let api: RunningApi;
  let browser: Browser;
  let phone: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    api = await startApi(await testConfig());
    browser = await launchBrowser();
    phone = await browser.newContext(PHONE);
  }, 120_000);

  beforeEach(async () => {
    page = await phone.newPage();
  });

  afterEach(async () => {
    await page?.close();
  });

  afterAll(async () => {
    await phone?.close();
    await browser?.close();
    await api?.close();
  });

  it('puts the entries first, each under a heading, with a permalink that says which entry it is', async () => {
    const live = await makeLiveblogSession(api);
    // A published agenda and a session still to come: the follow box is offered.
    await request(api.url).post(`/api/v1/events/${live.event.id}/agenda/publish`).set(bearer(live.event.organiserToken)).expect((response) => {
      if (response.status >= 300) throw new Error(`agenda publish: ${response.status}`);
    });
    await request(api.url).post(liveblogPath(live.sessionId)).set(bearer(live.chairToken)).send({ kind: 'update', body: 'The chair welcomes everyone to **Oldham** and sets out the day' }).expect(201);

    await page.goto(`${api.url}/sessions/${live.sessionId}/liveblog`);
    const entryHeading = page.getByRole('heading', { level: 3, name: /^\d{1,2}:\d{2} Update$/ });
    const followHeading = page.getByRole('heading', { name: "Can't be there?" });
    await followHeading.waitFor();
    const [entryBox, followBox] = [await entryHeading.boundingBox(), await followHeading.boundingBox()];
    expect(entryBox!.y).toBeLessThan(followBox!.y);
    expect(entryBox!.y).toBeLessThan(844);

    const permalink = page.getByRole('link', { name: /^Permalink to the \d{1,2}:\d{2} update: The chair welcomes everyone to Oldham/ });
    await expect(permalink.getAttribute('href')).resolves.toMatch(new RegExp(`/sessions/${live.sessionId}/liveblog/entries/`));
    await expect(page.getByRole('article', { name: /Update$/ }).count()).resolves.toBe(1);
  });

  it('names the session in the Q&A heading, the question in each vote button, and keeps "Ask anonymously" with its box', async () => {
    const qa = await makeQaSession(api, {}, { anonymousAllowed: true, moderation: 'post' });
    await request(api.url).post(`/api/v1/sessions/${qa.sessionId}/questions`).set(await anonymous(api)).send(askBody('How will the fund reach small co-ops?')).expect(201);

    await page.goto(`${api.url}/sessions/${qa.sessionId}/qa`);
    await page.getByRole('heading', { level: 1, name: 'Questions: Plenary: Question & Comments' }).waitFor();
    const vote = page.getByRole('button', { name: /^Vote for: How will the fund reach small co-ops\? \(\s*0 votes\)$/ });
    await vote.click();
    await page.getByRole('button', { name: /^Vote for: How will the fund reach small co-ops\? \(\s*1 vote\)$/, pressed: true }).waitFor();

    const checkbox = page.getByRole('checkbox', { name: 'Ask anonymously' });
    const label = page.getByText('Ask anonymously', { exact: true });
    const [box, words] = [await checkbox.boundingBox(), await label.boundingBox()];
    // On the same line, the box just before its words.
    expect(Math.abs(box!.y + box!.height / 2 - (words!.y + words!.height / 2))).toBeLessThan(box!.height);
    expect(words!.x - (box!.x + box!.width)).toBeLessThan(24);
    await label.click();
    await expect(checkbox.isChecked()).resolves.toBe(true);
  });

  it("shows delegates no API documentation, raw status or queue backend, and no chattering live region; admins keep the links, and no one the backend", async () => {
    const event = await makePublishedEvent(api, { capacity: 10 }, [
      { title: 'Community energy', capacity: 10 },
      { title: 'Care co-ops', capacity: 10, startHour: 15 },
    ]);
    await page.goto(`${api.url}/events/${event.slug}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.getByRole('radio', { name: 'Community energy' }).waitFor();
    await expect(page.getByRole('link', { name: 'API documentation' }).count()).resolves.toBe(0);
    await expect(page.getByRole('link', { name: 'Service status' }).count()).resolves.toBe(0);
    await expect(page.getByText(/queues on/).count()).resolves.toBe(0);
    const footerStatus = page.locator('footer [role="status"]');
    await expect(footerStatus.textContent()).resolves.toBe('');
    // Every id on the page once (register-workshopIds-hint was twice).
    const duplicates = await page.evaluate<string[]>(
      "(() => { const ids = [...document.querySelectorAll('[id]')].map((e) => e.id); return ids.filter((id, i) => ids.indexOf(id) !== i); })()",
    );
    expect(duplicates).toEqual([]);

    const admin = await makeAdmin(api);
    const desk = await browser.newContext();
    try {
      await signInBrowser(desk, api, admin.email!);
      const organiserPage = await desk.newPage();
      await organiserPage.goto(`${api.url}/`);
      await organiserPage.getByRole('link', { name: 'API documentation' }).waitFor();
      await organiserPage.getByRole('link', { name: 'Service status' }).waitFor();
      const status = organiserPage.locator('footer .status-ready');
      await status.waitFor({ state: 'attached' });
      await expect(status.textContent()).resolves.toBe('');
    } finally {
      await desk.close();
    }
  });
});
