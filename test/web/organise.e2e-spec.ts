import { NetworkRole } from '@convene/identity';
import { testConfig } from '@convene/testing';
import { randomBytes } from 'node:crypto';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { mailedSignIns, makePerson, tokenFor } from '../identity/identity-fixtures';
import { openEventPage } from '../journeys/support/event-pages';
import { RunningApi, startApi } from '../support/api';
import { launchBrowser, signInBrowser } from '../support/browser';

describe('Organising an event in the browser', () => {
  let api: RunningApi;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  /** The code of the newest sign-in mail to this address, read from the outbox (no mail is delivered here). */
  async function mailedCode(email: string): Promise<string> {
    const [newest] = await mailedSignIns(api, email);
    expect(newest).toBeDefined();
    return newest.code;
  }

  beforeAll(async () => {
    api = await startApi(await testConfig());
    browser = await launchBrowser();
  });

  beforeEach(async () => {
    // A context of its own for each test: its cookies (the session) go with it.
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

  it('signs in with a mailed code, creates an event in UK time, adds a session, publishes it and checks a delegate in', async () => {
    const organiser = await makePerson(api, { name: 'Priya Organiser', roles: [NetworkRole.Organiser] });
    const title = `Summer Network Forum ${randomBytes(3).toString('hex')}`;

    // Signed out, /organise asks to sign in and comes back afterwards.
    await page.goto(`${api.url}/organise`);
    await page.getByRole('heading', { level: 1, name: 'Sign in to organise events' }).waitFor({ timeout: 10_000 });
    await page.getByRole('main').getByRole('link', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    expect(new URL(page.url()).searchParams.get('next')).toBe('/organise');

    await page.getByLabel('Email address').fill(organiser.email!);
    await page.getByRole('button', { name: 'Send me a code' }).click();
    await page.getByRole('status').filter({ hasText: 'Check your email' }).waitFor({ timeout: 10_000 });
    await page.getByLabel('6-digit code').fill(await mailedCode(organiser.email!));
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();

    await page.getByRole('heading', { level: 1, name: 'Organise events' }).waitFor({ timeout: 10_000 });
    expect(new URL(page.url()).pathname).toBe('/organise');
    expect(await page.getByRole('banner').textContent()).toContain('Signed in as Priya Organiser');
    expect(await page.getByRole('banner').getByRole('button', { name: 'Sign out' }).count()).toBe(1);

    // Without a title, the form says so next to the field and in a summary.
    const form = page.getByRole('form', { name: 'Create an event' });
    await form.getByRole('button', { name: 'Create event' }).click();
    await page.getByRole('alert').filter({ hasText: 'Enter a title' }).waitFor();
    expect(await form.getByLabel('Title', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    expect(await form.getByLabel('Title', { exact: true }).getAttribute('aria-describedby')).toBe('create-title-error');

    await form.getByLabel('Title', { exact: true }).fill(title);
    await form.getByLabel('Kind of event').selectOption({ label: 'Network forum' });
    await form.getByLabel('Theme (optional)').fill('Community wealth building');
    await form.getByLabel('Description (optional)').fill('A day of workshops.\n\nLunch is provided.');
    await form.getByLabel('Venue name (optional)').fill('Sunderland City Hall');
    await form.getByLabel('Venue address (optional)').fill('Plater Way\nSunderland SR1 3AA');
    await form.getByLabel('Who can see and register').selectOption('public');
    // 1 July 2027 is in British Summer Time: 10:00 in London is 09:00 UTC.
    const starts = form.getByRole('group', { name: 'Starts' });
    for (const [group, time] of [[starts, '10:00'], [form.getByRole('group', { name: 'Ends' }), '16:00']] as const) {
      await group.getByLabel('Day').fill('1');
      await group.getByLabel('Month').fill('7');
      await group.getByLabel('Year').fill('2027');
      await group.getByLabel('Time').fill(time);
    }
    await form.getByLabel('Capacity (optional)').fill('120');
    await form.getByLabel('Reserved places (optional)').fill('10');
    await form.getByRole('button', { name: 'Create event' }).click();

    await page.getByRole('heading', { level: 1, name: title }).waitFor({ timeout: 10_000 });
    const eventId = /^\/organise\/events\/([0-9a-f-]{36})$/.exec(new URL(page.url()).pathname)?.[1];
    expect(eventId).toBeDefined();
    await page.getByRole('status').filter({ hasText: 'has been created as a draft' }).waitFor();
    expect(await page.locator('h1').count()).toBe(1);

    // The agenda, on its own page: one session, 10:00-11:00 London time, on the event's day (filled in already).
    await openEventPage(page, 'Agenda');
    const sessionForm = page.getByRole('form', { name: 'Add a session' });
    const sessionDate = sessionForm.getByRole('group', { name: 'Date' });
    expect([await sessionDate.getByLabel('Day').inputValue(), await sessionDate.getByLabel('Month').inputValue(), await sessionDate.getByLabel('Year').inputValue()]).toEqual(['1', '7', '2027']);
    await sessionForm.getByLabel('Session title').fill('Opening plenary');
    await sessionForm.getByLabel('Kind of session').selectOption({ label: 'Plenary' });
    await sessionForm.getByLabel('Starts').fill('10:00');
    await sessionForm.getByLabel('Ends').fill('11:00');
    await sessionForm.getByLabel('Room (optional)').fill('Main hall');
    await sessionForm.getByLabel('Live Q&A').check();
    await sessionForm.getByRole('button', { name: 'Add session' }).click();
    await page.getByRole('status').filter({ hasText: 'The session “Opening plenary” has been added' }).waitFor({ timeout: 10_000 });
    await page.getByRole('list', { name: 'Sessions' }).getByRole('heading', { name: 'Opening plenary' }).waitFor();

    // A second session in the same room at the same time: the API's refusal is shown.
    await sessionForm.getByLabel('Session title').fill('Clashing workshop');
    await sessionForm.getByLabel('Starts').fill('10:30');
    await sessionForm.getByLabel('Ends').fill('11:30');
    await sessionForm.getByLabel('Room (optional)').fill('Main hall');
    await sessionForm.getByRole('button', { name: 'Add session' }).click();
    await sessionForm.getByRole('alert').filter({ hasText: 'There is a problem' }).waitFor({ timeout: 10_000 });

    await openEventPage(page, 'Overview');
    await page.getByRole('button', { name: 'Publish event' }).click();
    await page.getByRole('status').filter({ hasText: 'is published' }).waitFor({ timeout: 10_000 });
    expect(await page.getByRole('button', { name: 'Publish event' }).count()).toBe(0);

    const view = await request(api.url).get(`/api/v1/events/${eventId}`).expect(200);
    const event = view.body as { slug: string; status: string; startsAt: string; endsAt: string; capacity: number; placesLeft: number };
    const bySlug = await request(api.url).get(`/api/v1/events/${event.slug}`).expect(200);
    expect(bySlug.body).toMatchObject({
      id: eventId,
      title,
      status: 'published',
      startsAt: '2027-07-01T09:00:00.000Z',
      endsAt: '2027-07-01T15:00:00.000Z',
      venueName: 'Sunderland City Hall',
      capacity: 120,
      placesLeft: 110,
    });
    const agenda = await request(api.url).get(`/api/v1/events/${event.slug}/agenda`).expect(200);
    const sessions = (agenda.body as { days: Array<{ sessions: Array<{ title: string; startsAt: string; endsAt: string; room: string; liveQa: boolean }> }> }).days.flatMap(
      (day) => day.sessions,
    );
    expect(sessions).toEqual([
      expect.objectContaining({ title: 'Opening plenary', startsAt: '2027-07-01T09:00:00.000Z', endsAt: '2027-07-01T10:00:00.000Z', room: 'Main hall', liveQa: true }),
    ]);

    // A delegate registers; the organiser finds them in the table and checks them in.
    const delegate = `delegate-${randomBytes(4).toString('hex')}@example.org`;
    const registered = await request(api.url)
      .post(`/api/v1/events/${eventId}/registrations`)
      .send({ name: 'Sam Patel', email: delegate, organisationName: 'Oldham Council', category: 'delegate' })
      .expect(201);
    await page.reload();
    await openEventPage(page, 'People');
    const search = page.getByRole('search', { name: 'Registrations' });
    await search.getByLabel('Search by name, email or organisation').fill('Oldham');
    await search.getByRole('button', { name: 'Search' }).click();
    const table = page.getByRole('table', { name: /Registrations matching “Oldham”/ });
    const row = table.getByRole('row').filter({ hasText: 'Sam Patel' });
    await row.waitFor({ timeout: 10_000 });
    expect(await row.textContent()).toContain('Confirmed');
    await row.getByRole('button', { name: 'Check in Sam Patel' }).click();
    await page.getByRole('status').filter({ hasText: 'Sam Patel has been checked in' }).waitFor({ timeout: 10_000 });

    const rows: Array<{ checked: boolean }> = await api.app
      .get(DataSource)
      .query('SELECT checked_in_at IS NOT NULL AS checked FROM registrations WHERE id = $1', [registered.body.id]);
    expect(rows).toEqual([{ checked: true }]);
  });

  it('switches on "hold a place only once the address is confirmed" for an event in high demand, with its hours (issue 16.7)', async () => {
    const organiser = await makePerson(api, { name: 'Priya Organiser', roles: [NetworkRole.Organiser] });
    const created = await request(api.url)
      .post('/api/v1/events')
      .set({ Authorization: `Bearer ${await tokenFor(api, organiser)}` })
      .send({ title: `Busy Forum ${randomBytes(3).toString('hex')}`, kind: 'network_forum', startsAt: '2027-07-01T09:00:00Z', endsAt: '2027-07-01T15:00:00Z', capacity: 20 })
      .expect(201);
    await signInBrowser(context, api, organiser.email!);
    await page.goto(`${api.url}/organise/events/${created.body.id}`);
    await openEventPage(page, 'Details');
    const form = page.getByRole('form', { name: "Change the event's details" });
    await form.waitFor({ timeout: 10_000 });
    const option = form.getByLabel('Hold a place only once the address is confirmed');
    expect(await option.isChecked()).toBe(false);
    await option.check();
    await form.getByLabel('Hours to confirm an address').fill('0');
    await form.getByRole('button', { name: 'Save changes' }).click();
    await form.getByText('Hours to confirm an address must be a whole number from 1 to 168').first().waitFor();
    await form.getByLabel('Hours to confirm an address').fill('12');
    await form.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText('Your changes have been saved').waitFor();

    const view = await request(api.url).get(`/api/v1/events/${created.body.id}`).set({ Authorization: `Bearer ${await tokenFor(api, organiser)}` }).expect(200);
    expect(view.body).toMatchObject({ confirmAddressFirst: true, confirmationHours: 12 });
    // The details page has its own address: reloaded (or bookmarked), it opens again.
    expect(new URL(page.url()).pathname).toBe(`/organise/events/${created.body.id}/details`);
    await page.reload();
    await page.getByRole('form', { name: "Change the event's details" }).waitFor();
    expect(await page.getByRole('form', { name: "Change the event's details" }).getByLabel('Hold a place only once the address is confirmed').isChecked()).toBe(true);
  });

  it('tells a signed-in person without the organiser role that they need to be an organiser', async () => {
    const delegate = await makePerson(api, { name: 'Dana Delegate' });
    const cookie = await signInBrowser(context, api, delegate.email!);

    await page.goto(`${api.url}/organise`);
    await page.getByRole('heading', { level: 1, name: 'You need to be an organiser' }).waitFor({ timeout: 10_000 });
    expect(await page.getByRole('form', { name: 'Create an event' }).count()).toBe(0);
    expect(await page.getByRole('banner').textContent()).toContain('Signed in as Dana Delegate');
    expect(await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Organise' }).count()).toBe(0);

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sign in to organise events' }).waitFor({ timeout: 10_000 });
    await request(api.url).get('/api/v1/me').set('Cookie', cookie).expect(401);
  });
});
