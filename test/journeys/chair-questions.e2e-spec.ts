import type { Page, Route } from 'playwright-core';
import { makeQaSession } from '../qa/qa-fixtures';
import { signInBrowser } from '../support/browser';
import { WIDTHS, journeyStack, openPerson } from './support/journey';

/** A projector's screen: what the room reads from the back. */
const PROJECTOR = { width: 1920, height: 1080 };

const RETROFIT = 'Will the retrofit fund reach tenants in private rented homes?';
const DUPLICATE = 'Can private tenants get help from the retrofit fund?';
const ABUSE = 'Testing, testing: is anyone reading these before they go up?';
const HIDE_REASON = 'A test message, not a question for the panel';

/** The audience's vote button of a question: "Vote for: <question> (N votes)" (spaces around the count vary). */
const voteFor = (text: string, votes: number) => new RegExp(`^Vote for: ${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\(\\s*${votes} ${votes === 1 ? 'vote' : 'votes'}\\)$`);

/** A question's card in one of the console's columns. */
const card = (page: Page, column: RegExp, text: string) => page.getByRole('region', { name: column }).getByRole('article').filter({ hasText: text });

// The chair runs the Q&A of a public plenary from the console, with an attendee on a phone and
// the projector in the room: chooses pre-moderation when the console asks, approves, hides a
// test message with a reason, merges a duplicate (its vote moves), marks "now answering" (the
// projector shows it) and calls the attendee to the floor (the countdown runs on the console
// and the projector). A settings switch moves at once and goes back when the change fails.
describe('Journey: the chair runs the Q&A of a plenary', () => {
  const stack = journeyStack();

  it.each(WIDTHS)('moderates, merges, answers and calls the floor while a phone and the projector follow (chair at %s width)', async (width) => {
    const qa = await makeQaSession(stack.api);
    const chair = await openPerson(stack, 'chair-qa', width);
    const attendee = await openPerson(stack, `chair-qa-attendee-with-${width}-chair`, 'phone');
    const projector = await openPerson(stack, `chair-qa-projector-with-${width}-chair`, 'desktop');
    await projector.page.setViewportSize(PROJECTOR);
    try {
      // Opening the console of a public event: pre-moderation is suggested, and chosen.
      await signInBrowser(chair.context, stack.api, qa.chairEmail);
      // What the console asks the API for its questions: the list once; every change after comes over the socket
      // (a catch-up, ?since=, after each connection aside).
      const questionReads: string[] = [];
      chair.page.on('request', (request) => {
        const { pathname, searchParams } = new URL(request.url());
        if (request.method() === 'GET' && !searchParams.has('since') && /^\/api\/v1\/(questions\/[^/]+|sessions\/[^/]+\/questions(\/console)?)$/.test(pathname)) questionReads.push(pathname);
      });
      await chair.page.goto(`${stack.api.url}/sessions/${qa.sessionId}/qa/console`);
      const choice = chair.page.getByRole('group', { name: 'Before questions come in: how should they be moderated?' });
      await choice.waitFor();
      expect(await choice.getByRole('radio', { name: 'Approve each question before it is shown' }).isChecked()).toBe(true);
      await choice.getByText(/^Suggested: this event is public/).waitFor();
      await chair.check('moderation-asked');
      await choice.getByRole('button', { name: 'Use this' }).click();
      await chair.page.getByRole('status').filter({ hasText: 'Moderation chosen. You can change it under Settings.' }).waitFor();
      expect(await choice.count()).toBe(0);
      expect(await chair.page.getByRole('checkbox', { name: 'Approve questions before they are shown' }).isChecked()).toBe(true);

      // A switch moves at once; when the change fails, it goes back and says so.
      const anonymous = chair.page.getByRole('checkbox', { name: 'Allow anonymous questions' });
      expect(await anonymous.isChecked()).toBe(true);
      let hold: (route: Route) => void = () => undefined;
      const held = new Promise<Route>((resolve) => (hold = resolve));
      await chair.page.route(`**/api/v1/sessions/${qa.sessionId}/qa`, (route) => (route.request().method() === 'PATCH' ? hold(route) : route.continue()));
      await anonymous.click();
      const change = await held;
      // Unticked while the change is still on its way.
      await chair.page.getByRole('checkbox', { name: 'Allow anonymous questions', checked: false }).waitFor();
      await change.abort('connectionfailed');
      await chair.page.getByRole('alert').filter({ hasText: 'That change did not save, so the setting is back as it was' }).waitFor();
      await chair.page.getByRole('checkbox', { name: 'Allow anonymous questions', checked: true }).waitFor();
      await chair.check('setting-rolled-back');
      await chair.page.unroute(`**/api/v1/sessions/${qa.sessionId}/qa`);

      // The projector, as the chair opens it for the room: the session's title and how to join.
      await projector.page.goto(`${stack.api.url}/sessions/${qa.sessionId}/qa/projector?join=1`);
      await projector.page.getByRole('heading', { level: 1, name: 'Plenary: Question & Comments' }).waitFor();
      await projector.page.getByRole('img', { name: `QR code of ${stack.api.url}/sessions/${qa.sessionId}/qa` }).waitFor();
      await projector.check('join');

      // The attendee asks three questions from a phone; none is shown before the chair approves it.
      await attendee.page.goto(`${stack.api.url}/sessions/${qa.sessionId}/qa`);
      const ask = attendee.page.locator('form', { has: attendee.page.getByRole('heading', { name: 'Ask a question' }) });
      await ask.getByLabel('Your name').fill('Ada Delegate');
      await ask.getByLabel('Organisation (optional)').fill('Oldham Council');
      for (const text of [RETROFIT, DUPLICATE, ABUSE]) {
        await ask.getByRole('textbox', { name: 'Your question' }).fill(text);
        await ask.getByRole('button', { name: 'Send question' }).click();
        await attendee.page.getByRole('region', { name: 'Your questions not shown' }).getByText(text).waitFor();
      }
      await attendee.page.getByText('Sent. The chair will approve it before it is shown.').waitFor();
      expect(await attendee.page.getByRole('region', { name: 'Questions (0)' }).count()).toBe(1);
      await attendee.check('asked');

      // The chair approves two, and hides the test message with a reason.
      await chair.page.getByRole('region', { name: 'Incoming (3)' }).waitFor({ timeout: 15_000 });
      await card(chair.page, /^Incoming/, RETROFIT).getByRole('button', { name: 'Approve' }).click();
      await card(chair.page, /^Incoming/, DUPLICATE).getByRole('button', { name: 'Approve' }).click();
      await card(chair.page, /^Incoming/, ABUSE).getByRole('button', { name: 'Hide…' }).click();
      await card(chair.page, /^Incoming/, ABUSE).getByLabel('Reason, shown to the asker (optional)').fill(HIDE_REASON);
      await card(chair.page, /^Incoming/, ABUSE).getByRole('button', { name: 'Hide', exact: true }).click();
      await card(chair.page, /^Hidden/, ABUSE).getByText(`reason: ${HIDE_REASON}`).waitFor();
      await chair.page.getByRole('region', { name: 'Shown (2)' }).waitFor();
      expect(await chair.page.getByRole('region', { name: 'Incoming (0)' }).count()).toBe(1);
      await chair.check('moderated');

      // The phone: two questions shown, the hidden one with the chair's reason; a vote for the duplicate.
      await attendee.page.getByRole('region', { name: 'Questions (2)' }).waitFor({ timeout: 15_000 });
      await attendee.page.getByText(`Hidden by the chair: ${HIDE_REASON}`).waitFor({ timeout: 15_000 });
      expect(await projector.page.getByText(ABUSE).count()).toBe(0);
      await attendee.page.getByRole('button', { name: voteFor(DUPLICATE, 0) }).click();
      await attendee.page.getByRole('button', { name: voteFor(DUPLICATE, 1), pressed: true }).waitFor();
      await attendee.check('voted');

      // The chair merges the duplicate into the first question: the vote moves with it.
      await card(chair.page, /^Shown/, DUPLICATE).getByText('1 vote', { exact: false }).waitFor({ timeout: 15_000 });
      await card(chair.page, /^Shown/, DUPLICATE).getByRole('button', { name: 'Merge…' }).click();
      await card(chair.page, /^Shown/, DUPLICATE).getByLabel('Merge this duplicate into').selectOption({ label: RETROFIT });
      await card(chair.page, /^Shown/, DUPLICATE).getByRole('button', { name: 'Merge', exact: true }).click();
      await chair.page.getByRole('region', { name: 'Shown (1)' }).waitFor();
      await card(chair.page, /^Shown/, RETROFIT).getByText('Ada Delegate, Oldham Council · 1 vote').waitFor();
      await chair.check('merged');
      await attendee.page.getByRole('button', { name: voteFor(RETROFIT, 1), pressed: true }).waitFor({ timeout: 15_000 });
      expect(await attendee.page.getByRole('region', { name: 'Questions (1)' }).count()).toBe(1);

      // Now answering: the projector shows the question to the room.
      await card(chair.page, /^Shown/, RETROFIT).getByRole('button', { name: 'Now answering' }).click();
      await card(chair.page, /^Shown/, RETROFIT).getByText('now answering', { exact: false }).waitFor();
      const nowAnswering = projector.page.getByRole('region', { name: 'Now answering' });
      await nowAnswering.getByText(RETROFIT).waitFor({ timeout: 15_000 });
      await nowAnswering.getByText('Ada Delegate, Oldham Council').waitFor();
      await projector.check('now-answering');
      await attendee.page.getByRole('region', { name: 'Now answering' }).getByText(RETROFIT, { exact: true }).waitFor({ timeout: 15_000 });

      // The attendee asks to speak; the chair calls them, and the countdown runs on the console and the projector.
      const speak = attendee.page.getByRole('region', { name: 'Speak in the room' });
      await speak.getByLabel('Your name').fill('Ada Delegate');
      await speak.getByLabel('Topic (optional)').fill('Tenants in Oldham');
      await speak.getByRole('button', { name: 'I’d like to speak' }).click();
      await attendee.page.getByText('You are number 1 in the queue.').waitFor();
      const floor = chair.page.getByRole('region', { name: 'Floor requests' });
      await floor.getByText('Tenants in Oldham', { exact: false }).waitFor({ timeout: 15_000 });
      await floor.getByLabel('Time (seconds)').fill('90');
      await floor.getByRole('button', { name: 'Call next' }).click();
      await floor.getByText('Speaking now:', { exact: false }).getByText('Ada Delegate').waitFor();
      await floor.getByRole('timer').waitFor();
      await chair.check('floor-called');
      const speaking = projector.page.getByRole('region', { name: 'Speaking now' });
      await speaking.getByText('Ada Delegate').waitFor({ timeout: 15_000 });
      await speaking.getByRole('timer').waitFor();
      await projector.check('speaking');
      await attendee.page.getByText('The chair has called you: you have the floor.').waitFor({ timeout: 15_000 });
      await attendee.check('called');
      expect(questionReads).toEqual([`/api/v1/sessions/${qa.sessionId}/questions/console`]);
    } finally {
      await Promise.all([chair, attendee, projector].map((person) => person.close()));
    }
  }, 300_000);
});
