import { unique } from '../identity/identity-fixtures';
import { makePublishedEvent } from '../support/events';
import { WIDTHS, journeyStack, openPerson } from './support/journey';

// The harness itself: a visitor finds an event from the home page, at both widths, with axe on each page.
describe('Journey harness: a visitor finds an event', () => {
  const stack = journeyStack();
  let event: { slug: string; title: string };

  beforeAll(async () => {
    const title = unique('Winter Network Forum');
    const made = await makePublishedEvent(stack.api, { title }, []);
    event = { slug: made.slug, title };
  });

  it.each(WIDTHS)('opens the event from the home page (%s)', async (width) => {
    const person = await openPerson(stack, 'harness', width);
    try {
      await person.page.goto(stack.api.url);
      await person.page.getByRole('heading', { level: 1 }).waitFor();
      await person.check('home');
      await person.page.getByRole('link', { name: event.title }).first().click();
      const heading = person.page.getByRole('heading', { level: 1, name: event.title });
      await heading.waitFor();
      expect(await heading.textContent()).toBe(event.title);
      await person.check('event');
    } finally {
      await person.close();
    }
  });
});
