import { testConfig } from '@convene/testing';
import fs from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import request from 'supertest';
import { bearer } from '../identity/identity-fixtures';
import { RunningApi, startApi } from '../support/api';
import { launchBrowser, signInBrowser } from '../support/browser';
import { LiveblogSession, liveblogPath, makeLiveblogSession } from './liveblog-fixtures';

const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core'), 'utf8');

interface AxeViolation {
  id: string;
  help: string;
  nodes: Array<{ target: string[] }>;
}

async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(AXE_SOURCE); // evaluate, not addScriptTag: the pages' CSP refuses inline scripts
  // A string, so that this Node-side file needs no DOM types.
  return page.evaluate(`axe.run(document).then((result) =>
    result.violations.map(({ id, help, nodes }) => ({ id, help, nodes: nodes.map(({ target }) => ({ target })) })))`);
}

describe('A liveblog in the browser', () => {
  let api: RunningApi;
  let browser: Browser;
  let live: LiveblogSession;
  let editor: BrowserContext;
  let reader: BrowserContext;

  beforeAll(async () => {
    api = await startApi(await testConfig());
    browser = await launchBrowser();
    live = await makeLiveblogSession(api);
    editor = await browser.newContext();
    await signInBrowser(editor, api, live.chair.email as string);
    reader = await browser.newContext();
  });

  afterAll(async () => {
    await editor?.close();
    await reader?.close();
    await browser?.close();
    await api?.close();
  });

  it("shows an editor's post to a reader in another browser without a reload, and passes an axe check", async () => {
    await request(api.url).post(liveblogPath(live.sessionId)).set(bearer(live.chairToken)).send({ kind: 'key_moment', body: 'The chair opens the session' }).expect(201);
    await request(api.url).post(liveblogPath(live.sessionId)).set(bearer(live.chairToken)).send({ kind: 'quote', body: 'Co-operation *works*.', quotePersonId: live.speaker.id }).expect(201);

    const follower = await reader.newPage();
    await follower.goto(`${api.url}/sessions/${live.sessionId}/liveblog`);
    await follower.getByRole('heading', { name: /Liveblog: Opening plenary/ }).waitFor();
    await follower.getByText('Live', { exact: true }).waitFor({ timeout: 15_000 });
    let loads = 0;
    follower.on('load', () => (loads += 1));

    const writer = await editor.newPage();
    await writer.goto(`${api.url}/sessions/${live.sessionId}/liveblog/edit`);
    await writer.getByLabel('Kind').selectOption({ label: 'Update' });
    await writer.getByLabel('Text').fill('The panel turns to **housing**; see [the report](https://example.org/report) <script>alert(1)</script>');
    await writer.getByRole('button', { name: 'Post' }).click();
    await writer.getByText('Posted.').waitFor();

    const entry = follower.locator('.lb-entries article').filter({ hasText: 'The panel turns to housing' });
    await entry.waitFor({ timeout: 15_000 });
    expect(loads).toBe(0);
    expect(await entry.locator('strong').textContent()).toBe('housing');
    expect(await entry.locator('a[href="https://example.org/report"]').getAttribute('rel')).toBe('noopener nofollow');
    expect(await entry.textContent()).toContain('<script>alert(1)</script>');
    expect(await follower.locator('.lb-entries script').count()).toBe(0);
    // Announced politely to screen readers.
    expect(await follower.locator('[aria-live="polite"]').filter({ hasText: 'New entry: The panel turns to housing' }).count()).toBe(1);
    // Newest first, key moments on top.
    expect(await follower.locator('.lb-entries article').first().textContent()).toContain('The panel turns to housing');
    expect(await follower.locator('.lb-moments').textContent()).toContain('The chair opens the session');

    expect(await axeViolations(follower)).toEqual([]);
  });

  it('keeps a scrolled-down reader in place and offers the new entries behind a button', async () => {
    const session = await makeLiveblogSession(api);
    for (let index = 1; index <= 15; index += 1) {
      await request(api.url).post(liveblogPath(session.sessionId)).set(bearer(session.chairToken)).send({ kind: 'update', body: `Earlier entry ${index}\n\nwith a second paragraph` }).expect(201);
    }
    const follower = await reader.newPage();
    await follower.goto(`${api.url}/sessions/${session.sessionId}/liveblog`);
    await follower.getByText('Live', { exact: true }).waitFor({ timeout: 15_000 });
    await follower.evaluate('window.scrollTo(0, document.body.scrollHeight)');
    const scrolled = await follower.evaluate('window.scrollY');
    expect(scrolled).toBeGreaterThan(300);

    for (const text of ['New one', 'New two', 'New three']) {
      await request(api.url).post(liveblogPath(session.sessionId)).set(bearer(session.chairToken)).send({ kind: 'update', body: text }).expect(201);
    }
    const button = follower.getByRole('button', { name: '3 new entries' });
    await button.waitFor({ timeout: 15_000 });
    expect(await follower.evaluate('window.scrollY')).toBe(scrolled);
    expect(await follower.locator('.lb-entries article').filter({ hasText: 'New one' }).count()).toBe(0);
    expect(await follower.locator('[aria-live="polite"]').filter({ hasText: '3 new entries above' }).count()).toBe(1);

    await button.click();
    const first = await follower.locator('.lb-entries article').first().textContent();
    expect(first).toContain('New three');
    expect(await follower.locator('.lb-entries article').count()).toBe(18);
  });

  it("shows the Q&A's question being answered, and follows the chair's next pick live", async () => {
    const withQa = await makeLiveblogSession(api, {}, { liveQa: true });
    const identity = (await request(api.url).post('/api/v1/live/identity').expect(201)).body.token as string;
    const ask = (body: string) =>
      request(api.url)
        .post(`/api/v1/sessions/${withQa.sessionId}/questions`)
        .set('X-Live-Identity', identity)
        .send({ body, askerName: 'Pat Doe', askerOrganisation: 'Plymouth City Council' })
        .expect(201);
    const first = await ask('How will the fund reach community energy groups?');
    const second = await ask('Who sits on the panel that decides?');
    await request(api.url).post(`/api/v1/questions/${first.body.id}/answering`).set(bearer(withQa.chairToken)).expect(200);

    const follower = await reader.newPage();
    await follower.goto(`${api.url}/sessions/${withQa.sessionId}/liveblog`);
    const nowAnswering = follower.getByRole('region', { name: 'Now answering' });
    await nowAnswering.getByText('How will the fund reach community energy groups?').waitFor({ timeout: 15_000 });
    expect(await nowAnswering.textContent()).toContain('Pat Doe, Plymouth City Council');

    await request(api.url).post(`/api/v1/questions/${second.body.id}/answering`).set(bearer(withQa.chairToken)).expect(200);
    await nowAnswering.getByText('Who sits on the panel that decides?').waitFor({ timeout: 15_000 });
    expect(await nowAnswering.textContent()).not.toContain('community energy');
  });
});
