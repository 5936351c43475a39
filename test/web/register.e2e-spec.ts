import { testConfig } from '@convene/testing';
import { randomBytes } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { RunningApi, startApi } from '../support/api';
import { launchBrowser } from '../support/browser';
import { makePublishedEvent } from '../support/events';

const WORKSHOP = 'Co-design lab';

describe('Registering for an event in the browser', () => {
  let api: RunningApi;
  let browser: Browser;
  let page: Page;
  let event: { id: string; slug: string };

  beforeAll(async () => {
    api = await startApi(await testConfig());
    browser = await launchBrowser();
    // Two workshops at the same time in different rooms: the agenda shows them side by side.
    event = await makePublishedEvent(api, {}, [
      { title: WORKSHOP, capacity: 20 },
      { title: 'Community wealth building', capacity: 20 },
    ]);
  });

  beforeEach(async () => {
    page = await browser.newPage();
  });

  afterEach(async () => {
    await page?.close();
  });

  afterAll(async () => {
    await browser?.close();
    await api?.close();
  });

  it('registers a delegate through the labelled form and confirms on the page and in the database', async () => {
    const email = `browser-${randomBytes(4).toString('hex')}@example.org`;
    await page.goto(`${api.url}/events/${event.slug}`);

    const form = page.getByRole('form', { name: 'Register' });
    await form.getByLabel('Full name').fill('Jo Bloggs');
    await form.getByLabel('Email address').fill(email);
    await form.getByLabel('Organisation (optional)').fill('Oldham Council');
    await form.getByLabel('Job title (optional)').fill('Policy officer');
    await form.getByLabel('Attending as').selectOption({ label: 'Council officer' });
    await form.getByLabel('Dietary needs (optional)').fill('Vegetarian');
    await form.getByLabel('Access needs (optional)').fill('Step-free access');
    await form.getByLabel('Show my name on the public attendee list').check();
    await form.getByLabel(WORKSHOP).check();
    await form.getByRole('button', { name: 'Register' }).press('Enter');

    const confirmation = page.getByRole('status').filter({ hasText: "You're registered" });
    await confirmation.waitFor({ timeout: 10_000 });
    const confirmed = await confirmation.textContent();
    expect(confirmed).toContain(`We've sent a confirmation to ${email}`);
    expect(confirmed).toContain(`${WORKSHOP}: place confirmed`);
    const heading = page.getByRole('heading', { name: "You're registered" });
    expect(await heading.evaluate((element) => element.ownerDocument.activeElement === element)).toBe(true);

    const rows: Array<{ status: string }> = await api.app.get(DataSource).query('SELECT status FROM registrations WHERE email = $1', [email]);
    expect(rows).toEqual([{ status: 'confirmed' }]);
  });

  it('has exactly one h1 and a main landmark', async () => {
    await page.goto(`${api.url}/events/${event.slug}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.locator('h1').count()).toBe(1);
    expect(await page.getByRole('main').count()).toBe(1);
  });

  it('shows the event on the home page and opens it without a full page load', async () => {
    const view = await request(api.url).get(`/api/v1/events/${event.id}`).expect(200);
    const title = (view.body as { title: string }).title;
    await page.goto(`${api.url}/`);
    // A marker on the page's global object survives only if the link is followed without a page load.
    await page.evaluate(() => ((globalThis as { stayed?: boolean }).stayed = true));
    await page.getByRole('link', { name: title }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/events/${event.slug}`);
    expect(await page.evaluate(() => (globalThis as { stayed?: boolean }).stayed)).toBe(true);
  });
});
