import { parseCalendar, testConfig } from '@convene/testing';
import { source as axeSource } from 'axe-core';
import { randomBytes } from 'node:crypto';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { RunningApi, startApi } from '../support/api';
import { launchBrowser } from '../support/browser';
import { makePublishedEvent } from '../support/events';

/** Serious and critical accessibility problems axe-core finds in the page's main content. */
async function accessibilityProblems(page: Page): Promise<string[]> {
  await page.evaluate(axeSource); // evaluate, not addScriptTag: the pages' CSP refuses inline scripts
  const results = await page.evaluate<{ violations: Array<{ id: string; impact: string; nodes: Array<{ html: string }> }> }>("axe.run('#main')");
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.html.slice(0, 80)).join(', ')}`);
}

const isFocused = (page: Page, locator: ReturnType<Page['getByRole']>) => locator.evaluate((element) => element.ownerDocument.activeElement === element);

// The Calendar section of the registration page (the private link in the mails), in Chromium.
describe('The calendar feeds on the registration page, in the browser', () => {
  let api: RunningApi;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    api = await startApi(await testConfig());
    browser = await launchBrowser();
  });

  beforeEach(async () => {
    context = await browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: api.url });
    page = await context.newPage();
  });

  afterEach(async () => {
    await context?.close();
  });

  afterAll(async () => {
    await browser?.close();
    await api?.close();
  });

  /** The feed path of an address the page shows (its host is the test's PUBLIC_URL). */
  const pathOf = (url: string) => new URL(url).pathname;

  it('subscribes to the personal feed, copies its address, gets a new address (the old one stops) and stops the feed', async () => {
    const event = await makePublishedEvent(api, { capacity: 10 }, [{ title: 'Co-operative housing', capacity: 20 }]);
    const title = (await request(api.url).get(`/api/v1/events/${event.id}`).expect(200)).body.title as string;
    const email = `feed-${randomBytes(4).toString('hex')}@example.org`;
    const registered = await request(api.url)
      .post(`/api/v1/events/${event.id}/registrations`)
      .send({ name: 'Sam Patel', email, category: 'delegate', workshopIds: event.workshopIds })
      .expect(201);
    const id = registered.body.id as string;
    const rows: Array<{ link: string }> = await api.app
      .get(DataSource)
      .query(`SELECT template_data->>'link' AS link FROM outbox_messages WHERE kind = 'registration-confirmed' AND recipient = $1`, [email]);
    const link = new URL(rows[0].link);
    const token = link.searchParams.get('token') as string;
    expect(link.pathname).toBe(`/registrations/${id}`);

    await page.goto(`${api.url}${link.pathname}${link.search}`);
    await page.getByRole('heading', { level: 2, name: 'Calendar' }).waitFor({ timeout: 10_000 });
    const status = page.locator('.calendar-status');
    expect(await status.getAttribute('role')).toBe('status');
    expect(await status.textContent()).toBe('');

    // Subscribe: the address is shown, focused, and serves the delegate's events.
    await page.getByRole('button', { name: 'Subscribe to my calendar feed' }).click();
    await page.getByRole('status').filter({ hasText: 'Your feed address is ready' }).waitFor({ timeout: 10_000 });
    const field = page.getByRole('textbox', { name: 'Your feed address' });
    expect(await isFocused(page, field)).toBe(true);
    expect(await field.getAttribute('readonly')).not.toBeNull();
    const first = await field.inputValue();
    expect(pathOf(first)).toMatch(/^\/api\/v1\/feeds\/[^/]+\/calendar\.ics$/);
    expect(await page.getByRole('link', { name: 'Open it in your calendar app' }).getAttribute('href')).toBe(first.replace(/^https?:/, 'webcal:'));
    const shown = (await page.getByRole('main').textContent()) ?? '';
    for (const app of ['Outlook', 'Google Calendar', 'Apple Calendar']) expect(shown).toContain(app);
    expect(shown).not.toContain(token);

    const feed = await request(api.url).get(pathOf(first)).expect(200);
    expect(feed.headers['content-type']).toMatch(/^text\/calendar/);
    const calendar = parseCalendar(feed.text);
    expect(calendar.method).toBe('PUBLISH');
    expect(calendar.events.map((item) => [item.uid, item.summary])).toEqual([
      [`event-${event.id}@localhost`, title],
      [`session-${event.workshopIds[0]}@localhost`, `Co-operative housing (${title})`],
    ]);

    await page.getByRole('button', { name: 'Copy' }).click();
    await page.getByRole('status').filter({ hasText: 'Feed address copied' }).waitFor({ timeout: 10_000 });
    expect(await page.evaluate<string>('navigator.clipboard.readText()')).toBe(first);

    // A new address: asked first, in the page; nothing changes until confirmed.
    await page.getByRole('button', { name: 'Get a new address' }).click();
    const renewQuestion = page.getByRole('heading', { name: 'Get a new feed address?' });
    await renewQuestion.waitFor();
    expect(await isFocused(page, renewQuestion)).toBe(true);
    expect(await page.getByText('including the one in your confirmation mail').count()).toBe(1);
    await request(api.url).get(pathOf(first)).expect(200);
    await page.getByRole('button', { name: 'Yes, get a new address' }).click();
    await page.getByRole('status').filter({ hasText: 'Your new feed address is ready. The old addresses no longer work' }).waitFor({ timeout: 10_000 });
    const second = await field.inputValue();
    expect(second).not.toBe(first);
    expect(await isFocused(page, field)).toBe(true);
    await request(api.url).get(pathOf(first)).expect(404);
    const renewed = await request(api.url).get(pathOf(second)).expect(200);
    expect(parseCalendar(renewed.text).events.map((item) => item.uid)).toContain(`event-${event.id}@localhost`);

    // Changing one's mind at the question leaves the feed as it was.
    await page.getByRole('button', { name: 'Stop the feed' }).click();
    await page.getByRole('button', { name: 'No, keep my feed' }).click();
    expect(await isFocused(page, page.getByRole('button', { name: 'Get a new address' }))).toBe(true);
    await request(api.url).get(pathOf(second)).expect(200);

    await page.getByRole('button', { name: 'Stop the feed' }).click();
    await page.getByRole('heading', { name: 'Stop your calendar feed?' }).waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.getByRole('button', { name: 'Yes, stop the feed' }).click();
    await page.getByRole('status').filter({ hasText: 'Your calendar feed is stopped' }).waitFor({ timeout: 10_000 });
    expect(await field.count()).toBe(0);
    expect(await isFocused(page, page.getByRole('button', { name: 'Subscribe to my calendar feed' }))).toBe(true);
    await request(api.url).get(pathOf(second)).expect(404);
    const [{ live }] = (await api.app.get(DataSource).query(`SELECT count(*)::int AS live FROM calendar_feeds WHERE email = $1 AND revoked_at IS NULL`, [email])) as {
      live: number;
    }[];
    expect(live).toBe(0);
    expect(await accessibilityProblems(page)).toEqual([]);
  });

  it("links to the public event's agenda feed, which serves the event and its sessions", async () => {
    const event = await makePublishedEvent(api, { capacity: 10 }, [{ title: 'Community energy', capacity: 20 }]);
    const email = `agenda-${randomBytes(4).toString('hex')}@example.org`;
    await request(api.url).post(`/api/v1/events/${event.id}/registrations`).send({ name: 'Jo Reed', email, category: 'delegate' }).expect(201);
    const rows: Array<{ link: string }> = await api.app
      .get(DataSource)
      .query(`SELECT template_data->>'link' AS link FROM outbox_messages WHERE kind = 'registration-confirmed' AND recipient = $1`, [email]);
    const link = new URL(rows[0].link);

    await page.goto(`${api.url}${link.pathname}${link.search}`);
    const download = page.getByRole('link', { name: "Download the event's agenda (.ics file)" });
    await download.waitFor({ timeout: 10_000 });
    const href = (await download.getAttribute('href')) as string;
    expect(href).toBe(`/api/v1/events/${event.slug}/calendar.ics`);
    expect(await download.getAttribute('download')).toBe(`${event.slug}.ics`);
    expect(await page.getByRole('link', { name: 'the agenda feed' }).getAttribute('href')).toBe(`webcal://${new URL(api.url).host}${href}`);

    // Fetched by the page itself, as the browser would download it.
    const body = await page.evaluate(async (path) => (await fetch(path)).text(), href);
    expect(parseCalendar(body).events.map((item) => item.uid).sort()).toEqual([`event-${event.id}@localhost`, `session-${event.workshopIds[0]}@localhost`].sort());
  });
});
