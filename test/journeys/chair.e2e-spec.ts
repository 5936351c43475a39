import { makeQaSession } from '../qa/qa-fixtures';
import { signInBrowser } from '../support/browser';
import { WIDTHS, journeyStack, openPerson } from './support/journey';

// The chair runs a poll: prepares it on the console, opens it, three phones answer, the chair
// shows the results, and the projector draws them (bars, and a table for screen readers).
describe('Journey: the chair runs a poll in the room', () => {
  const stack = journeyStack();

  it.each(WIDTHS)('opens a poll, three phones answer, the projector shows the result (chair at %s width)', async (width) => {
    const qa = await makeQaSession(stack.api);
    const chair = await openPerson(stack, 'chair-poll', width);
    const phones = await Promise.all([0, 1, 2].map((index) => openPerson(stack, `chair-poll-phone-${index + 1}`, 'phone')));
    const projector = await openPerson(stack, 'chair-poll-projector', 'desktop');
    try {
      // Signing in is the sign-in journey's; here the chair arrives signed in.
      await signInBrowser(chair.context, stack.api, qa.chairEmail);
      await chair.page.goto(`${stack.api.url}/sessions/${qa.sessionId}/qa/console`);
      await chair.page.getByRole('heading', { name: 'Polls' }).waitFor();
      await chair.page.getByText('Prepare a poll').click();
      await chair.page.getByRole('textbox', { name: 'Poll question' }).fill('Which should the network prioritise next year?');
      await chair.page.getByLabel('Options, one per line').fill('Housing\nEnergy\nCare');
      await chair.page.getByRole('button', { name: 'Save as draft' }).click();
      await chair.page.getByText('Draft: only you see it').waitFor();
      await chair.check('poll-prepared');
      await chair.page.getByRole('button', { name: 'Open poll' }).click();
      await chair.page.getByText(/^Open · results hidden from the room/).waitFor();

      const picks = ['Housing', 'Housing', 'Energy'];
      for (const [index, phone] of phones.entries()) {
        await phone.page.goto(`${stack.api.url}/sessions/${qa.sessionId}/qa`);
        await phone.page.getByRole('heading', { name: 'Which should the network prioritise next year?' }).waitFor();
        await phone.page.getByRole('radio', { name: picks[index] }).check();
        await phone.page.getByRole('button', { name: 'Send my answer' }).click();
        await phone.page.getByText('Thank you: your answer has been counted.').waitFor();
        if (index === 0) await phone.check('answered');
      }
      // Hidden from the room: a phone sees how many answered, not the counts.
      await phones[0].page.getByText('3 answered so far').waitFor({ timeout: 15_000 });
      expect(await phones[0].page.getByRole('table').count()).toBe(0);

      await projector.page.goto(`${stack.api.url}/sessions/${qa.sessionId}/qa/projector?join=1`);
      await projector.page.getByText('3 answered so far').waitFor({ timeout: 15_000 });
      await projector.page.getByRole('img', { name: /QR code/ }).waitFor();
      await projector.check('poll-open');

      await chair.page.getByRole('table').getByRole('row', { name: /Housing 2 67%/ }).waitFor();
      await chair.page.getByRole('button', { name: 'Close poll' }).click();
      await chair.page.getByRole('button', { name: 'Show results' }).click();
      await chair.page.getByText('Closed · results shown to the room').waitFor();
      await chair.check('results-shown');

      await projector.page.getByText('Poll results').waitFor({ timeout: 15_000 });
      const table = projector.page.getByRole('table', { name: /Which should the network prioritise/ });
      await table.getByRole('row', { name: 'Housing 2 67%' }).waitFor();
      expect(await table.getByRole('row', { name: 'Energy 1 33%' }).count()).toBe(1);
      await projector.check('poll-results');
      await phones[1].page.getByRole('table').getByRole('row', { name: 'Housing 2 67%' }).waitFor({ timeout: 15_000 });
      await phones[1].check('results');
    } finally {
      await Promise.all([chair, projector, ...phones].map((person) => person.close()));
    }
  }, 300_000);
});
