import { LiveBroadcaster, sessionRoom } from '@convene/live';
import type { Page } from 'playwright-core';
import type { Namespace } from 'socket.io';
import request from 'supertest';
import { bearer } from '../identity/identity-fixtures';
import { makeLiveblogSession, postUpdate } from '../liveblog/liveblog-fixtures';
import { anonymous, askBody } from '../qa/qa-fixtures';
import { WIDTHS, journeyStack, openPerson } from './support/journey';
import { eventually } from '../support/eventually';

/**
 * A remote attendee follows a session from a phone (issue 14, the journey suite): the liveblog
 * while the editor posts; the connection really lost (the server closes the socket and holds
 * every reconnection, and the phone goes offline), posts meanwhile, and on return what was missed
 * appears in order; then the session's Q&A: a question asked, another one voted for.
 */
describe('Journey: a remote attendee follows a session', () => {
  jest.setTimeout(300_000);
  const stack = journeyStack();
  let namespace: Namespace;

  beforeAll(async () => {
    // The gateway's namespace, to close the attendee's socket from the server's side.
    namespace = (stack.api.app.get(LiveBroadcaster) as unknown as { namespace: Namespace }).namespace;
  });

  /** Waits until a page has joined the session's room, so that what follows reaches it live. */
  const joined = (sessionId: string) =>
    eventually(async () => (await namespace.in(sessionRoom(sessionId)).fetchSockets()).length > 0, 'the page to join the session', 60_000, 100);


  /**
   * Closes the session's sockets from the server's side (no replay) and holds every reconnection
   * until the returned function is called: what happens meanwhile can only reach the page over HTTP.
   */
  const cutOff = async (sessionId: string): Promise<() => void> => {
    let letIn!: () => void;
    const gate = new Promise<void>((resolve) => (letIn = resolve));
    namespace.use((_socket, next) => void gate.then(() => next()));
    const sockets = await namespace.in(sessionRoom(sessionId)).fetchSockets();
    expect(sockets.length).toBeGreaterThan(0);
    for (const socket of sockets) socket.disconnect(true);
    return letIn;
  };

  /** The liveblog's entries as shown, top to bottom, as the posts of `posts` they carry. */
  const shownInOrder = async (page: Page, posts: string[]) =>
    (await page.getByRole('article').allTextContents()).map((text) => posts.find((post) => text.includes(post))).filter(Boolean);

  it.each(WIDTHS)('follows the liveblog through a lost connection, then asks and votes on the Q&A (%s)', async (width) => {
    const live = await makeLiveblogSession(stack.api, {}, { liveQa: true, title: 'Plenary: community energy' });
    await request(stack.api.url).post(`/api/v1/events/${live.event.id}/agenda/publish`).set(bearer(live.event.organiserToken)).send({});
    // The editor posts from their console; here their posts are made through the API.
    const post = (body: string) => postUpdate(stack.api, live.chairToken, live.sessionId, body);
    const attendee = await openPerson(stack, 'remote-attendee', width);
    try {
      const { page } = attendee;
      const before = ['Welcome to the plenary on community energy.', 'Cllr Peck opens: 40 schemes across the network.'];
      await post(before[0]);
      await page.goto(`${stack.api.url}/sessions/${live.sessionId}/liveblog`);
      await page.getByRole('heading', { level: 1, name: /Plenary: community energy/ }).waitFor();
      await page.getByText(before[0], { exact: true }).waitFor();
      await page.getByText('Live', { exact: true }).waitFor({ timeout: 30_000 });
      await joined(live.sessionId);
      await post(before[1]);
      await page.getByText(before[1], { exact: true }).waitFor({ timeout: 30_000 });
      // Announced to a screen reader too, as it arrives.
      await page.getByRole('status').filter({ hasText: 'Cllr Peck opens' }).waitFor();
      await attendee.check('liveblog-live');

      // The connection is lost: the server closes the socket (holding its return) and the phone goes offline.
      const letIn = await cutOff(live.sessionId);
      await attendee.context.setOffline(true);
      await page.getByText('Live', { exact: true }).waitFor({ state: 'detached', timeout: 30_000 });
      const missed = ['Q1 asks about grid connections.', 'Oldham: the first rooftop scheme pays back in 7 years.', 'Vote on the network energy charter at 11:30.'];
      for (const body of missed) await post(body);
      await attendee.check('liveblog-offline');
      expect(await page.getByText(missed[0], { exact: true }).count()).toBe(0);

      await attendee.context.setOffline(false);
      letIn();
      await page.getByText(missed[2], { exact: true }).waitFor({ timeout: 60_000 });
      await page.getByText('Live', { exact: true }).waitFor({ timeout: 30_000 });
      // Newest first, what was missed in the order it was posted, none twice.
      const everything = [...before, ...missed];
      expect(await shownInOrder(page, everything)).toEqual([...everything].reverse());
      await attendee.check('liveblog-back');

      // Live again: the next post arrives over the new socket.
      await post('After the break: questions from the floor.');
      await page.getByText('After the break: questions from the floor.', { exact: true }).waitFor({ timeout: 30_000 });

      // The session's Q&A: someone has already asked; the attendee asks, and votes for the other question.
      const theirs = 'Will the charter cover heat networks as well as solar?';
      await request(stack.api.url).post(`/api/v1/sessions/${live.sessionId}/questions`).set(await anonymous(stack.api)).send(askBody(theirs)).expect(201);
      await page.goto(`${stack.api.url}/sessions/${live.sessionId}/qa`);
      await page.getByText(theirs, { exact: true }).waitFor({ timeout: 30_000 });
      await joined(live.sessionId);
      await attendee.check('qa');

      const mine = 'How will smaller councils get a share of the fund?';
      const ask = page.locator('form').filter({ has: page.getByRole('heading', { name: 'Ask a question' }) });
      await ask.getByLabel('Your question').fill(mine);
      await ask.getByLabel('Your name').fill('Priya Shah');
      await ask.getByLabel('Organisation (optional)').fill('Kirklees Council');
      await ask.getByRole('button', { name: 'Send question' }).click();
      const myQuestion = page.getByRole('article').filter({ hasText: mine });
      await myQuestion.waitFor({ timeout: 30_000 });
      expect(await myQuestion.textContent()).toContain('Priya Shah, Kirklees Council');

      const theirQuestion = page.getByRole('article').filter({ hasText: theirs });
      const vote = theirQuestion.getByRole('button');
      expect(await vote.getAttribute('aria-pressed')).toBe('false');
      await vote.click();
      await theirQuestion.getByRole('button', { pressed: true }).waitFor({ timeout: 30_000 });
      expect(await theirQuestion.locator('.qa-vote-count').textContent()).toBe('1');
      // Most votes first: the question voted for now leads the list.
      const order = (await page.getByRole('article').allTextContents()).map((text) => (text.includes(theirs) ? 'theirs' : text.includes(mine) ? 'mine' : null)).filter(Boolean);
      expect(order).toEqual(['theirs', 'mine']);
      await attendee.check('qa-asked-and-voted');
    } finally {
      await attendee.close();
    }
  });
});
