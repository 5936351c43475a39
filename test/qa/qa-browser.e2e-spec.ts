import { testConfig } from '@convene/testing';
import type { Browser, BrowserContext } from 'playwright-core';
import request from 'supertest';
import { RunningApi, startApi } from '../support/api';
import { launchBrowser, signInBrowser } from '../support/browser';
import { anonymous, askBody, makeQaSession } from './qa-fixtures';

describe('Q&A in the browser', () => {
  let api: RunningApi;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    api = await startApi(await testConfig());
    browser = await launchBrowser();
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await api?.close();
  });

  async function newContext(): Promise<BrowserContext> {
    const context = await browser.newContext();
    contexts.push(context);
    return context;
  }

  it('shows a question on the audience page, live, once the chair approves it in the console, as text', async () => {
    const qa = await makeQaSession(api, {}, { moderation: 'pre' });
    const text = 'Will the <b>retrofit</b> fund reach tenants? <img src=x onerror="document.title=1">';
    const asked = await request(api.url).post(`/api/v1/sessions/${qa.sessionId}/questions`).set(await anonymous(api)).send(askBody(text)).expect(201);

    const audience = await (await newContext()).newPage();
    await audience.goto(`${api.url}/sessions/${qa.sessionId}/qa`);
    await audience.getByRole('heading', { name: /^Questions \(0\)/ }).waitFor({ timeout: 15_000 });
    expect(await audience.getByText('retrofit', { exact: false }).count()).toBe(0);

    const chairContext = await newContext();
    await signInBrowser(chairContext, api, qa.chairEmail);
    const console = await chairContext.newPage();
    await console.goto(`${api.url}/sessions/${qa.sessionId}/qa/console`);
    const incoming = console.getByRole('region', { name: /^Incoming/ });
    await incoming.getByText(text).waitFor({ timeout: 15_000 });
    await incoming.locator(`[data-question-id="${asked.body.id}"]`).getByRole('button', { name: 'Approve' }).click();
    await console.getByRole('region', { name: /^Shown/ }).getByText(text).waitFor({ timeout: 15_000 });

    // The audience page was not reloaded: the change came over the socket.
    const shown = audience.getByRole('region', { name: /^Questions \(1\)/ }).locator(`[data-question-id="${asked.body.id}"]`);
    await shown.waitFor({ timeout: 15_000 });
    expect(await shown.locator('.qa-body').textContent()).toBe(text);
    expect(await audience.locator('.qa-body img, .qa-body b').count()).toBe(0);
    expect(await audience.title()).not.toBe('1');
  });
});
