import { LiveBroadcaster, sessionRoom } from '@convene/live';
import { LiveblogEntryKind, LiveblogService } from '@convene/liveblog';
import { testConfig } from '@convene/testing';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { Namespace } from 'socket.io';
import request from 'supertest';
import { RunningApi, startApi } from '../support/api';
import { launchBrowser } from '../support/browser';
import { LiveblogSession, makeLiveblogSession } from '../liveblog/liveblog-fixtures';
import { anonymous, askBody, makeQaSession } from '../qa/qa-fixtures';
import { eventually } from '../support/eventually';

// Issue 16.14 (web): a reader whose connection is lost without socket.io's replay (the API
// instance died, or the server closed the socket) saw a gap: the page relied on replay, did not
// come back after a server-side disconnect, and read only the first 500 changes of ?since=.
describe('Attack: live pages cut off from the server while things happen', () => {
  let api: RunningApi;
  let browser: Browser;
  let reader: BrowserContext;
  let live: LiveblogSession;
  let liveblog: LiveblogService;
  let namespace: Namespace;

  beforeAll(async () => {
    api = await startApi(await testConfig());
    browser = await launchBrowser();
    reader = await browser.newContext();
    live = await makeLiveblogSession(api);
    liveblog = api.app.get(LiveblogService);
    // The gateway's namespace, to close the reader's socket from the server's side.
    namespace = (api.app.get(LiveBroadcaster) as unknown as { namespace: Namespace }).namespace;
  }, 120_000);

  afterAll(async () => {
    await reader?.close();
    await browser?.close();
    await api?.close();
  });

  /**
   * Closes every socket from the server's side (no replay for them) and holds their reconnection
   * until `letIn` is called, so that what happens meanwhile can only reach them over HTTP.
   */
  const cutOff = async (): Promise<() => void> => {
    let letIn!: () => void;
    const gate = new Promise<void>((resolve) => (letIn = resolve));
    namespace.use((_socket, next) => void gate.then(() => next()));
    const sockets = await namespace.fetchSockets();
    expect(sockets.length).toBeGreaterThan(0);
    for (const socket of sockets) socket.disconnect(true);
    return letIn;
  };

  /** Waits until a page has joined the session's room, so that the cut comes after it. */
  const joined = (sessionId: string) =>
    eventually(async () => (await namespace.in(sessionRoom(sessionId)).fetchSockets()).length > 0, 'the page to join the session', 60_000, 100);


  const post = (body: string) => liveblog.post(live.sessionId, { personId: live.chair.id }, { kind: LiveblogEntryKind.Update, body });
  const entryTexts = (page: Page) => page.locator('.lb-body').allTextContents();

  it('shows everything that happened while it was cut off, past the 500-change page, and goes on live', async () => {
    await post('Before the cut: welcome');
    const page = await reader.newPage();
    await page.goto(`${api.url}/sessions/${live.sessionId}/liveblog`);
    await page.getByText('Before the cut: welcome').waitFor();
    await page.getByText('Live', { exact: true }).waitFor({ timeout: 30_000 });
    await joined(live.sessionId);

    const letIn = await cutOff();
    await page.getByText('Live', { exact: true }).waitFor({ state: 'detached', timeout: 30_000 });

    for (let index = 0; index < 510; index += 1) await post(`While away ${index}`);
    letIn();

    await page.getByText('While away 509', { exact: true }).waitFor({ timeout: 60_000 });
    await page.getByText('Live', { exact: true }).waitFor({ timeout: 30_000 });
    const shown = await entryTexts(page);
    for (const missed of ['While away 0', 'While away 499', 'While away 500', 'While away 509']) expect(shown).toContain(missed);

    // Back in the room: the next change arrives over the socket again.
    await post('After the cut: live again');
    await page.getByText('After the cut: live again', { exact: true }).waitFor({ timeout: 30_000 });
  }, 300_000);

  it('shows the Q&A audience page the questions asked while it was cut off', async () => {
    const qa = await makeQaSession(api);
    const page = await reader.newPage();
    await page.goto(`${api.url}/sessions/${qa.sessionId}/qa`);
    await page.getByRole('heading', { name: /^Questions \(0\)/ }).waitFor({ timeout: 30_000 });
    await joined(qa.sessionId);

    const letIn = await cutOff();
    const asked = ['Who maintains the heat network?', 'When do tenants get a vote?', 'Is the fund ring-fenced?'];
    for (const body of asked) await request(api.url).post(`/api/v1/sessions/${qa.sessionId}/questions`).set(await anonymous(api)).send(askBody(body)).expect(201);
    letIn();

    const questions = page.getByRole('region', { name: /^Questions \(3\)/ });
    await questions.waitFor({ timeout: 60_000 });
    for (const body of asked) await questions.getByText(body, { exact: true }).waitFor();
  }, 300_000);
});
