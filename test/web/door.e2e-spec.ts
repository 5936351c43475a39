import { NetworkRole } from '@convene/identity';
import { testConfig } from '@convene/testing';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { bearer, makePerson } from '../identity/identity-fixtures';
import { openEventPage } from '../journeys/support/event-pages';
import { RunningApi, startApi } from '../support/api';
import { launchBrowser, signInBrowser } from '../support/browser';
import { makePublishedEvent, registrationBody } from '../support/events';

describe('At the door and on the waiting list, in the browser', () => {
  let api: RunningApi;
  let db: DataSource;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    api = await startApi(await testConfig());
    db = api.app.get(DataSource);
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

  async function signInAsOrganiser(): Promise<void> {
    const organiser = await makePerson(api, { name: 'Door Organiser', roles: [NetworkRole.Organiser] });
    await signInBrowser(context, api, organiser.email!);
  }

  it('pages through more than 100 registrations, checks in by a typed code, adds a walk-in and messages registrants', async () => {
    const event = await makePublishedEvent(api, { capacity: 200 });
    const made: { id: string; email: string; name: string }[] = [];
    for (let batch = 0; batch < 3; batch += 1) {
      const responses = await Promise.all(
        Array.from({ length: 35 }, (_, index) => request(api.url).post(`/api/v1/events/${event.id}/registrations`).send(registrationBody(batch * 35 + index)).expect(201)),
      );
      made.push(...responses.map((response) => response.body as { id: string; email: string; name: string }));
    }
    const [{ code }]: { code: string }[] = await db.query(
      `SELECT template_data->>'checkInCode' AS code FROM outbox_messages WHERE kind = 'registration-confirmed' AND recipient = $1`,
      [made[0].email],
    );
    await signInAsOrganiser();
    await page.goto(`${api.url}/organise/events/${event.id}`);
    await openEventPage(page, 'Check-in');
    await page.getByRole('heading', { level: 2, name: 'Check-in' }).waitFor();

    // The code field is ready for a scanner as soon as the check-in page is.
    const codeField = page.getByLabel('Check-in code');
    await codeField.waitFor();
    expect(await codeField.evaluate((element) => element.ownerDocument.activeElement === element)).toBe(true);

    // The table shows the first 100 and pages on to the rest.
    await page.getByRole('table', { name: /Registrations, 1 to 100 of 105/ }).waitFor();
    await page.getByRole('button', { name: 'Next page' }).click();
    await page.getByRole('table', { name: /Registrations, 101 to 105 of 105/ }).waitFor();
    expect(await page.getByRole('table', { name: /Registrations, 101 to 105/ }).locator('tbody tr').count()).toBe(5);

    // A scanner types the code and presses Enter.
    await codeField.click();
    await codeField.pressSequentially(code.toLowerCase());
    await codeField.press('Enter');
    await page.getByRole('status').filter({ hasText: `${made[0].name} is checked in.` }).waitFor();
    expect(await codeField.inputValue()).toBe('');
    await codeField.fill('ABCDE-FGHJK');
    await codeField.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Nobody registered for this event has that code.' }).waitFor();

    const walkIn = page.getByRole('form', { name: 'Add a walk-in' });
    await walkIn.getByLabel('Name').fill('Robin Walk-In');
    await walkIn.getByLabel('Organisation (optional)').fill('Oldham Council');
    await walkIn.getByLabel('Attending as').selectOption({ label: 'Council officer' });
    await walkIn.getByRole('button', { name: 'Add and check in' }).click();
    await page.getByRole('status').filter({ hasText: 'Robin Walk-In has been added and checked in.' }).waitFor();

    const [rows] = await db.query(
      `SELECT count(checked_in_at)::int AS checked, count(*) FILTER (WHERE walk_in)::int AS walk_ins FROM registrations WHERE event_id = $1`,
      [event.id],
    );
    expect(rows).toEqual({ checked: 2, walk_ins: 1 });

    // The people page's summary counts them by category and organisation.
    await openEventPage(page, 'People');
    await page.getByRole('table', { name: 'By category' }).getByRole('row', { name: /Council officer 1 0 1/ }).waitFor();
    await page.getByRole('table', { name: 'By organisation' }).getByRole('row', { name: /Oldham Council 1 0 1/ }).waitFor();

    const message = page.getByRole('form', { name: 'Message registrants' });
    await message.getByLabel('Subject').fill('Room change');
    await message.getByLabel('Message').fill('We meet in the Council Chamber.');
    await message.getByRole('button', { name: 'Send message' }).click();
    await page.getByRole('status').filter({ hasText: 'Your message is on its way to 105 people.' }).waitFor();
    const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM outbox_messages WHERE kind = 'registrants-message' AND template_data->>'eventTitle' = (SELECT title FROM events WHERE id = $1)`, [
      event.id,
    ]);
    expect(n).toBe(105);
  });

  it('lets the first in line accept a place offered to them through the mailed link', async () => {
    const event = await makePublishedEvent(api, { capacity: 1, waitingListMode: 'offer', offerHours: 24 });
    const first = (await request(api.url).post(`/api/v1/events/${event.id}/registrations`).send(registrationBody(1)).expect(201)).body;
    const second = (await request(api.url).post(`/api/v1/events/${event.id}/registrations`).send(registrationBody(2)).expect(201)).body;
    await request(api.url).delete(`/api/v1/registrations/${first.id}`).set(bearer(event.organiserToken)).expect(200);
    const [{ link }]: { link: string }[] = await db.query(
      `SELECT template_data->>'link' AS link FROM outbox_messages WHERE kind = 'registration-offered' AND recipient = $1`,
      [second.email],
    );
    const url = new URL(link);

    await page.goto(`${api.url}${url.pathname}${url.search}`);
    await page.getByText('A place is offered to you').waitFor({ timeout: 10_000 });
    await page.getByText(/It is held for you until/).waitFor();
    await page.getByRole('button', { name: 'Accept the place' }).click();
    await page.getByText('Your place is confirmed').waitFor();
    const [{ status }] = await db.query('SELECT status FROM registrations WHERE id = $1', [second.id]);
    expect(status).toBe('confirmed');
  });
});
