import { SmtpSink } from '@convene/testing';
import fs from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import request from 'supertest';
import { bearer } from '../identity/identity-fixtures';
import { RunningApi } from '../support/api';
import { launchBrowser } from '../support/browser';
import { makePublishedEvent } from '../support/events';
import { MailingStack, startMailingStack } from '../support/mailing-stack';

const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core'), 'utf8');
const MINUTE = 60_000;

async function axeViolations(page: Page): Promise<Array<{ id: string }>> {
  await page.evaluate(AXE_SOURCE); // evaluate, not addScriptTag: the pages' CSP refuses inline scripts
  return page.evaluate(`axe.run(document).then((result) => result.violations.map(({ id, help }) => ({ id, help })))`);
}

/** The path of the follow link in a received mail (its host is the test's PUBLIC_URL). */
function followPath(decoded: string): string {
  const match = /\/follows\/([0-9a-f-]{36}\.[A-Za-z0-9_-]+)/.exec(decoded);
  if (!match) throw new Error('No follow link in the mail');
  return `/follows/${match[1]}`;
}

// From the liveblog page to the mail at the session's start, through a real worker and SMTP.
describe('Following a session remotely, in the browser', () => {
  let stack: MailingStack;
  let sink: SmtpSink;
  let api: RunningApi;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    stack = await startMailingStack({ SESSION_REMINDER_MINUTES_BEFORE: '10' });
    ({ sink, api } = stack);
    browser = await launchBrowser();
  });

  beforeEach(async () => {
    page = await browser.newPage();
  });

  afterEach(async () => {
    await page?.close();
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  });

  it('asks for an address, mails a confirmation, and after confirming mails the liveblog link as the session starts; the link stops it', async () => {
    // Starts in 8 minutes: with the mail due 10 minutes before, it goes as soon as the follow is confirmed.
    const startsAt = new Date(Date.now() + 8 * MINUTE);
    const event = await makePublishedEvent(api, { startsAt: new Date(startsAt.getTime() - 30 * MINUTE).toISOString(), endsAt: new Date(startsAt.getTime() + 4 * 60 * MINUTE).toISOString() });
    const auth = bearer(event.organiserToken);
    const session = await request(api.url)
      .post(`/api/v1/events/${event.id}/sessions`)
      .set(auth)
      .send({ title: 'Plenary: co-operative places', kind: 'plenary', startsAt: startsAt.toISOString(), endsAt: new Date(startsAt.getTime() + 90 * MINUTE).toISOString(), liveblog: true })
      .expect(201);
    await request(api.url).post(`/api/v1/events/${event.id}/agenda/publish`).set(auth).expect(200);
    const sessionId = session.body.id as string;
    const email = `remote-${sessionId.slice(0, 8)}@example.org`;

    await page.goto(`${api.url}/sessions/${sessionId}/liveblog`);
    const followForm = page.getByRole('form', { name: 'Email me when it starts' });
    await followForm.getByRole('button', { name: 'Email me when it starts' }).click();
    await page.getByText('Enter your email address').waitFor();
    await followForm.getByLabel('Email address').fill(email);
    await followForm.getByRole('button', { name: 'Email me when it starts' }).click();
    await page.getByRole('status').filter({ hasText: 'Check your inbox' }).waitFor();

    const confirmation = await sink.waitFor((mail) => mail.to === email && mail.subject.startsWith('Confirm: reminders for'));
    expect(confirmation.subject).toBe('Confirm: reminders for Plenary: co-operative places');
    const path = followPath(confirmation.decoded);
    // Nothing more until the owner confirms.
    expect(sink.received.filter((mail) => mail.to === email)).toHaveLength(1);

    await page.goto(`${api.url}${path}`);
    await page.getByRole('heading', { name: 'Confirm your reminder' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Confirm the reminder' }).click();
    await page.getByRole('heading', { name: 'You follow this session' }).waitFor();
    await page.getByRole('link', { name: 'The liveblog' }).waitFor();

    const starting = await sink.waitFor((mail) => mail.to === email && mail.subject.startsWith('Starting soon:'));
    expect(starting.decoded).toContain(`/sessions/${sessionId}/liveblog`);
    expect(followPath(starting.decoded)).toBe(path);

    await page.goto(`${api.url}${path}`);
    await page.getByRole('button', { name: 'Stop reminders' }).click();
    await page.getByRole('heading', { name: 'Reminders stopped' }).waitFor();
    await request(api.url).get(`/api/v1${path}`).expect(404);
    // One confirmation and one reminder: nothing went twice.
    expect(sink.received.filter((mail) => mail.to === email).map((mail) => mail.subject.split(':')[0]).sort()).toEqual(['Confirm', 'Starting soon']);
  });

  it('offers the same on the Q&A page of a session with only live Q&A; the API offers nothing for a session with nothing live', async () => {
    const startsAt = new Date(Date.now() + 2 * 86_400_000);
    const event = await makePublishedEvent(api, { startsAt: startsAt.toISOString(), endsAt: new Date(startsAt.getTime() + 4 * 60 * MINUTE).toISOString() });
    const auth = bearer(event.organiserToken);
    const add = async (title: string, offset: number, liveQa: boolean) =>
      (
        await request(api.url)
          .post(`/api/v1/events/${event.id}/sessions`)
          .set(auth)
          .send({ title, kind: 'plenary', startsAt: new Date(startsAt.getTime() + offset * MINUTE).toISOString(), endsAt: new Date(startsAt.getTime() + (offset + 60) * MINUTE).toISOString(), liveQa })
          .expect(201)
      ).body.id as string;
    const withQa = await add('Question & Comments', 0, true);
    const without = await add('Networking', 90, false);
    await request(api.url).post(`/api/v1/events/${event.id}/agenda/publish`).set(auth).expect(200);

    await page.goto(`${api.url}/sessions/${withQa}/qa`);
    await page.getByRole('heading', { name: "Can't be there?" }).waitFor();
    await page.getByRole('form', { name: 'Email me when it starts' }).getByLabel('Email address').fill(`qa-${withQa.slice(0, 8)}@example.org`);
    await page.getByRole('form', { name: 'Email me when it starts' }).getByRole('button', { name: 'Email me when it starts' }).click();
    await page.getByRole('status').filter({ hasText: 'Check your inbox' }).waitFor();

    // The liveblog page of a session with nothing live is a 404; the API says why there is no form.
    const offer = await request(api.url).get(`/api/v1/sessions/${without}/follow`).expect(200);
    expect(offer.body).toMatchObject({ followable: false, reason: 'This session has no liveblog or live Q&A to follow' });
  });
});
