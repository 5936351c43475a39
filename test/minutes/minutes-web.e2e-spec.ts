import type { MinutesView } from '@convene/minutes';
import { testConfig } from '@convene/testing';
import { source as axeSource } from 'axe-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import request from 'supertest';
import { bearer } from '../identity/identity-fixtures';
import { RunningApi, startApi } from '../support/api';
import { launchBrowser, signInBrowser } from '../support/browser';
import { attend, draftMinutes, makeMeeting } from './minutes-fixtures';

/** Serious and critical accessibility problems axe-core finds in the page's main content. */
async function accessibilityProblems(page: Page): Promise<string[]> {
  await page.evaluate(axeSource); // evaluate, not addScriptTag: the pages' CSP refuses inline scripts
  const results = await page.evaluate<{ violations: Array<{ id: string; impact: string; nodes: Array<{ html: string }> }> }>("axe.run('#main')");
  return results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical').map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.html.slice(0, 80)).join(', ')}`);
}

// The minute-taker's page in a real browser: autosave, the conflict message, the public page.
describe('Minutes in the browser', () => {
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
    page = await context.newPage();
  });

  afterEach(async () => {
    await context?.close();
  });

  afterAll(async () => {
    await browser?.close();
    await api?.close();
  });

  it('autosaves while typing, and on a conflicting save keeps the text and lets the minute-taker keep it', async () => {
    const meeting = await makeMeeting(api, { day: 5 });
    await attend(api, meeting, { name: 'Richard Bridge', organisationName: 'Waterloo Community Coalition', category: 'commissioner', checkIn: true });
    const minutes: MinutesView = (await draftMinutes(api, meeting).expect(201)).body;
    await signInBrowser(context, api, meeting.organiser.email as string);

    await page.goto(`${api.url}/organise/minutes/${minutes.id}`);
    await page.getByRole('heading', { level: 1, name: `Minutes: ${minutes.content.title}` }).waitFor({ timeout: 15_000 });
    expect(await accessibilityProblems(page)).toEqual([]);
    const notes = page.getByLabel('Notes of item 1 (Markdown)');
    await notes.fill('The Chair welcomed everyone.');
    await page.getByText('All changes saved.').waitFor({ timeout: 15_000 });
    const saved = await request(api.url).get(`/api/v1/minutes/${minutes.id}`).set(bearer(meeting.organiserToken)).expect(200);
    expect(saved.body.version).toBe(2);
    expect(saved.body.content.items[0].body).toBe('The Chair welcomed everyone.');

    // Someone else saves in between; the page's next autosave is refused, and says so.
    const other = structuredClone(saved.body.content);
    other.items[0].body = 'Text from another editor';
    await request(api.url).put(`/api/v1/minutes/${minutes.id}`).set(bearer(meeting.organiserToken)).send({ version: 2, content: other }).expect(200);
    await notes.fill('The Chair welcomed everyone and thanked Lambeth.');
    const alert = page.getByRole('alert').filter({ hasText: 'Someone else saved' });
    await alert.waitFor({ timeout: 15_000 });
    expect(await notes.inputValue()).toBe('The Chair welcomed everyone and thanked Lambeth.');

    await page.getByRole('button', { name: 'Keep my text (save it over version 3)' }).click();
    await page.getByText('All changes saved.').waitFor({ timeout: 15_000 });
    const kept = await request(api.url).get(`/api/v1/minutes/${minutes.id}`).set(bearer(meeting.organiserToken)).expect(200);
    expect(kept.body.version).toBe(4);
    expect(kept.body.content.items[0].body).toBe('The Chair welcomed everyone and thanked Lambeth.');
  });

  it('shows published minutes to the public, with Present and the items', async () => {
    const meeting = await makeMeeting(api, { day: 6 });
    await attend(api, meeting, { name: 'Richard Bridge', organisationName: 'Waterloo Community Coalition', category: 'commissioner', checkIn: true });
    const minutes: MinutesView = (await draftMinutes(api, meeting).expect(201)).body;
    await request(api.url).post(`/api/v1/minutes/${minutes.id}/approve`).set(bearer(meeting.organiserToken)).expect(200);
    await request(api.url).post(`/api/v1/minutes/${minutes.id}/publish`).set(bearer(meeting.organiserToken)).expect(200);

    await page.goto(`${api.url}/minutes/${minutes.id}`);
    await page.getByRole('heading', { level: 1, name: minutes.content.title }).waitFor({ timeout: 15_000 });
    await page.getByRole('listitem').filter({ hasText: 'Richard Bridge (Waterloo Community Coalition)' }).waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);
    expect(await page.getByRole('heading', { level: 2 }).allTextContents()).toEqual([
      'Present',
      'Apologies',
      '1. Welcome and introductions',
      '2. Delegate initial statements',
      '3. Question & Comments',
    ]);
  });
});
