import { testConfig } from '@convene/testing';
import { randomBytes } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { bearer, makePerson } from '../identity/identity-fixtures';
import { RunningApi, startApi } from '../support/api';
import { launchBrowser } from '../support/browser';
import { makePublishedEvent, postRegistration } from '../support/events';

const address = (prefix: string) => `${prefix}-${randomBytes(4).toString('hex')}@example.org`;

describe('The private links in the mails, in the browser', () => {
  let api: RunningApi;
  let browser: Browser;
  let page: Page;
  let event: { id: string; slug: string; organiserToken: string };
  let title: string;

  /** The link of the newest outbox mail of this kind to this address, as a path on the running API. */
  async function mailedLink(kind: string, email: string): Promise<string> {
    const rows: Array<{ template_data: { link: string } }> = await api.app
      .get(DataSource)
      .query('SELECT template_data FROM outbox_messages WHERE kind = $1 AND recipient = $2 ORDER BY created_at DESC', [kind, email]);
    expect(rows.length).toBeGreaterThan(0);
    // The link starts with the API's PUBLIC_URL (http://localhost:0 in tests): keep its path and query.
    const link = new URL(rows[0].template_data.link);
    return link.pathname + link.search;
  }

  async function register(email: string): Promise<string> {
    const created = await postRegistration(api, event.id, { name: 'Sam Patel', email, organisationName: 'Kirklees Council', category: 'delegate' }).expect(201);
    expect(created.body.status).toBe('confirmed');
    return created.body.id as string;
  }

  beforeAll(async () => {
    api = await startApi(await testConfig());
    browser = await launchBrowser();
    event = await makePublishedEvent(api, { capacity: 10 });
    title = (await request(api.url).get(`/api/v1/events/${event.id}`).expect(200)).body.title as string;
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

  it('shows the registration from the mailed link and cancels it after an in-page confirmation', async () => {
    const email = address('manage');
    const id = await register(email);
    const path = await mailedLink('registration-confirmed', email);
    const token = new URLSearchParams(path.split('?')[1]).get('token') ?? '';
    expect(path).toBe(`/registrations/${id}?token=${encodeURIComponent(token)}`);

    const messages: string[] = [];
    page.on('console', (message) => messages.push(message.text()));
    await page.goto(`${api.url}${path}`);

    await page.getByRole('heading', { level: 1, name: 'Your registration' }).waitFor({ timeout: 10_000 });
    await page.getByRole('link', { name: title }).waitFor();
    expect(await page.getByRole('link', { name: title }).getAttribute('href')).toBe(`/events/${event.slug}`);
    await page.getByText('Your place is confirmed').waitFor();
    const shown = (await page.getByRole('main').textContent()) ?? '';
    expect(shown).toContain(email);
    expect(shown).toContain('City Hall');
    expect(shown).not.toContain(token);
    expect(await page.title()).not.toContain(token);
    expect(await page.locator('h1').count()).toBe(1);

    // Nothing happens on the first button: it asks first, in the page.
    await page.getByRole('button', { name: 'Cancel my registration' }).click();
    await page.getByRole('heading', { name: 'Are you sure you want to cancel your registration?' }).waitFor();
    let rows: Array<{ status: string }> = await api.app.get(DataSource).query('SELECT status FROM registrations WHERE id = $1', [id]);
    expect(rows).toEqual([{ status: 'confirmed' }]);

    await page.getByRole('button', { name: 'Yes, cancel' }).click();
    const cancelled = page.getByRole('status').filter({ hasText: 'Your registration has been cancelled' });
    await cancelled.waitFor({ timeout: 10_000 });
    const heading = page.getByRole('heading', { name: 'Your registration has been cancelled' });
    expect(await heading.evaluate((element) => element.ownerDocument.activeElement === element)).toBe(true);
    expect(await page.locator('.registration-status-text').textContent()).toBe('Cancelled');
    expect(await page.getByRole('button', { name: 'Cancel my registration' }).count()).toBe(0);

    rows = await api.app.get(DataSource).query('SELECT status FROM registrations WHERE id = $1', [id]);
    expect(rows).toEqual([{ status: 'cancelled' }]);
    expect(messages.filter((text) => text.includes(token))).toEqual([]);
  });

  it('says a link with a wrong token is not valid, and links home', async () => {
    const email = address('wrong-token');
    const id = await register(email);
    await page.goto(`${api.url}/registrations/${id}?token=not-the-right-token`);

    await page.getByRole('heading', { level: 1, name: 'This link is not valid or has expired' }).waitFor({ timeout: 10_000 });
    expect(await page.getByRole('main').getByRole('link', { name: 'See upcoming events' }).getAttribute('href')).toBe('/');
    expect(await page.getByRole('main').textContent()).not.toContain('not-the-right-token');
    expect(await page.getByRole('button', { name: 'Cancel my registration' }).count()).toBe(0);
  });

  it('opens the form of an invitation-only event from the invitation link, for the invitee only', async () => {
    const invitationEvent = await makePublishedEvent(api, { visibility: 'invitation', capacity: 10 });
    const invitee = address('invitee');
    await request(api.url)
      .post(`/api/v1/events/${invitationEvent.id}/invitations`)
      .set(bearer(invitationEvent.organiserToken))
      .send({ email: invitee, name: 'Ali Khan' })
      .expect(201);
    const path = await mailedLink('invitation', invitee);
    expect(path.startsWith(`/events/${invitationEvent.slug}?invitation=`)).toBe(true);

    // Without the invitation, the page says it is by invitation and shows no form.
    await page.goto(`${api.url}/events/${invitationEvent.slug}`);
    await page.getByText('This event is by invitation').waitFor({ timeout: 10_000 });
    expect(await page.getByRole('form', { name: 'Register' }).count()).toBe(0);

    await page.goto(`${api.url}${path}`);
    await page.getByText("You've been invited").waitFor({ timeout: 10_000 });
    const form = page.getByRole('form', { name: 'Register' });
    await form.getByLabel('Full name').fill('Ali Khan');

    // Someone else's address: the API's refusal is shown in the error summary.
    await form.getByLabel('Email address').fill(address('someone-else'));
    await form.getByRole('button', { name: 'Register' }).click();
    const problem = page.getByRole('alert').filter({ hasText: 'That invitation is for someone else' });
    await problem.waitFor({ timeout: 10_000 });

    await form.getByLabel('Email address').fill(invitee);
    await form.getByRole('button', { name: 'Register' }).click();
    await page.getByRole('status').filter({ hasText: "You're registered" }).waitFor({ timeout: 10_000 });

    const rows: Array<{ status: string }> = await api.app
      .get(DataSource)
      .query('SELECT status FROM registrations WHERE event_id = $1 AND email = $2', [invitationEvent.id, invitee]);
    expect(rows).toEqual([{ status: 'confirmed' }]);
    const used: Array<{ used: boolean }> = await api.app
      .get(DataSource)
      .query('SELECT used_at IS NOT NULL AS used FROM invitations WHERE event_id = $1 AND email = $2', [invitationEvent.id, invitee]);
    expect(used).toEqual([{ used: true }]);
  });

  it('lets a speaker accept an invitation through the mailed link', async () => {
    const withWorkshop = await makePublishedEvent(api, {}, [{ title: 'Co-operative housing', capacity: 20 }]);
    const speaker = await makePerson(api, { name: 'Cllr Mo Ahmed' });
    await request(api.url)
      .post(`/api/v1/sessions/${withWorkshop.workshopIds[0]}/speakers`)
      .set(bearer(withWorkshop.organiserToken))
      .send({ personId: speaker.id, role: 'panellist' })
      .expect(202);

    await page.goto(`${api.url}${await mailedLink('speaker-invitation', speaker.email as string)}`);
    await page.getByRole('heading', { level: 1, name: 'Invitation to speak' }).waitFor({ timeout: 10_000 });
    await page.getByText('Co-operative housing').waitFor();
    await page.getByRole('button', { name: 'Accept' }).click();
    await page.getByRole('status').filter({ hasText: 'you are on the agenda' }).waitFor({ timeout: 10_000 });

    const rows: Array<{ status: string }> = await api.app
      .get(DataSource)
      .query('SELECT status FROM session_speakers WHERE person_id = $1', [speaker.id]);
    expect(rows).toEqual([{ status: 'confirmed' }]);
  });
});
