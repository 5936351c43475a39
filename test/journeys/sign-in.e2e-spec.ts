import { makePerson, unique } from '../identity/identity-fixtures';
import { makePublishedEvent } from '../support/events';
import { Person, WIDTHS, journeyStack, mailTo, openPerson } from './support/journey';
import { mailLink } from './support/sign-in';

const focusedText = (person: Person) => person.page.evaluate("document.activeElement?.textContent?.trim() ?? ''");
const focusedId = (person: Person) => person.page.evaluate("document.activeElement?.id ?? ''");

/**
 * Someone with an account signs in from an event's page (issue 14.1): "Sign in", their address,
 * the mail; then either the mailed link and its button (a scanner opening the link spends
 * nothing), or the 6-digit code typed in. Either way they are back on the event, signed in.
 */
describe('Journey: signing in', () => {
  jest.setTimeout(240_000);
  const stack = journeyStack();

  /** From the event's page: the header's Sign in, the address typed, the mail received. */
  async function askForTheMail(person: Person, email: string, eventSlug: string) {
    const { page } = person;
    await page.goto(`${stack.api.url}/events/${eventSlug}`);
    await page.getByRole('link', { name: 'Sign in', exact: true }).click();
    await page.getByRole('heading', { name: 'Get a sign-in code' }).waitFor();
    await person.check('sign-in');
    await page.getByLabel('Email address').fill(email);
    await page.getByRole('button', { name: 'Send me a code' }).click();
    await page.getByRole('heading', { name: 'Check your email' }).waitFor();
    expect(await focusedText(person)).toBe('Check your email');
    await page.getByText(`If ${email} has a Convene account, we've sent a sign-in code there.`).waitFor();
    await person.check('code-sent');
    return mailTo(stack, email, 'sign-in code');
  }

  it.each(WIDTHS)('opens the mailed link, presses its button, is signed in on the event; the used link is refused (%s)', async (width) => {
    const name = `Nia ${unique('Evans')}`;
    const email = `${unique('nia')}@cardiff.example.org`;
    await makePerson(stack.api, { name, email });
    const event = await makePublishedEvent(stack.api);
    const person = await openPerson(stack, 'sign-in-link', width);
    try {
      const { page } = person;
      const mail = await askForTheMail(person, email, event.slug);
      expect(mail.decoded).toMatch(/\b\d{6}\b/);
      const link = mailLink(stack, mail, /^\/sign-in\?token=/);
      expect(new URL(link).searchParams.get('next')).toBe(`/events/${event.slug}`);

      // Opening the link spends nothing (mail scanners open links): the button does.
      await page.goto(link);
      const button = page.getByRole('button', { name: `Sign in as ${email}` });
      await button.waitFor();
      await person.check('mailed-link');
      await button.click();
      await page.waitForURL((url) => url.pathname === `/events/${event.slug}`);
      await page.getByText(`Signed in as ${name}`).waitFor();
      await page.getByText('Loading the agenda…').waitFor({ state: 'detached' });
      expect(await page.getByRole('link', { name: 'Sign in', exact: true }).count()).toBe(0);
      await person.check('signed-in');

      // The same link again: refused, plainly, with the way to sign in by code on the page.
      await page.goto(link);
      await page.getByRole('button', { name: `Sign in as ${email}` }).click();
      const refusal = page.getByRole('alert');
      await refusal.waitFor();
      expect(await refusal.textContent()).toBe('This sign-in code or link has already been used. Ask for a new one.');
      await person.check('link-used');
      await page.getByRole('link', { name: 'Get a new sign-in code' }).click();
      await page.waitForURL((url) => url.pathname === '/sign-in-with-code' && url.searchParams.get('next') === `/events/${event.slug}`);
      // Still signed in from the first use: the page says so rather than asking again.
      await page.getByText(`You're signed in as ${name}.`).waitFor();
      expect(await page.getByRole('link', { name: 'Continue' }).getAttribute('href')).toBe(`/events/${event.slug}`);
    } finally {
      await person.close();
    }
  });

  it.each(WIDTHS)('types the 6-digit code, a wrong one first, and is signed in on the event (%s)', async (width) => {
    const name = `Rhys ${unique('Morgan')}`;
    const email = `${unique('rhys')}@swansea.example.org`;
    await makePerson(stack.api, { name, email });
    const event = await makePublishedEvent(stack.api);
    const person = await openPerson(stack, 'sign-in-code', width);
    try {
      const { page } = person;
      const mail = await askForTheMail(person, email, event.slug);
      const code = /\b(\d{6})\b/.exec(mail.decoded)?.[1];
      expect(code).toMatch(/^\d{6}$/);

      const wrong = code === '000000' ? '111111' : '000000';
      await page.getByLabel('6-digit code').fill(wrong);
      await page.getByRole('button', { name: 'Sign in', exact: true }).click();
      await page.getByText(/That code is not right/).first().waitFor();
      await person.check('wrong-code');

      await page.getByLabel('6-digit code').fill(code!);
      await page.getByRole('button', { name: 'Sign in', exact: true }).click();
      await page.waitForURL((url) => url.pathname === `/events/${event.slug}`);
      await page.getByText(`Signed in as ${name}`).waitFor();
      // An in-app move: focus goes to the page's main content, as a page load would start there.
      expect(await focusedId(person)).toBe('main');
      await person.check('signed-in');
    } finally {
      await person.close();
    }
  });
});
