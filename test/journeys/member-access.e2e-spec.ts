import { Membership, NetworkRole } from '@convene/identity';
import { makeOrganisation, makePerson, unique } from '../identity/identity-fixtures';
import { makePublishedEvent } from '../support/events';
import { WIDTHS, journeyStack, mailTo, openPerson } from './support/journey';
import { mailLink, signInThroughPage } from './support/sign-in';

/**
 * Someone from a member council without an account finds a members-only event (issue 14.6): the
 * page offers sign-in and a request for access; an organiser approves it on their page; the
 * approval mail's link leads to sign-in, and back to the event, whose programme is now shown.
 */
describe('Journey: someone without an account at a members-only event', () => {
  jest.setTimeout(240_000);
  const stack = journeyStack();

  it.each(WIDTHS)('asks for access, hears back, signs in and sees the programme (%s)', async (width) => {
    const council = await makeOrganisation(stack.api, { name: unique('Oldham Council'), membership: Membership.Full });
    const organiserEmail = `${unique('organiser')}@example.org`;
    await makePerson(stack.api, { name: 'Olwen Organiser', email: organiserEmail, roles: [NetworkRole.Organiser] });
    const event = await makePublishedEvent(stack.api, { visibility: 'members' }, [{ title: 'Community wealth lab', capacity: 20 }]);
    const email = `${unique('sam')}@oldham.example.org`;
    const name = `Sam ${unique('Jones')}`;

    const visitor = await openPerson(stack, `member-access-${width}`, width);
    const organiser = await openPerson(stack, `member-access-organiser-${width}`, width);
    try {
      const { page } = visitor;
      await page.goto(`${stack.api.url}/events/${event.slug}`);
      await page.getByText('This event is for member councils').waitFor();
      await page.getByRole('link', { name: 'Sign in to see the programme' }).waitFor();
      await visitor.check('members-only');

      // Nothing filled in: told what to fix, nothing sent.
      await page.locator('summary', { hasText: 'Ask for access' }).click();
      await page.getByRole('button', { name: 'Ask for access' }).click();
      await page.getByRole('alert').filter({ hasText: 'Choose your council or organisation' }).waitFor();
      await visitor.check('access-errors');

      const form = page.getByRole('form', { name: 'Ask for access' });
      await form.getByLabel('Full name').fill(name);
      await form.getByLabel('Email address').fill(email);
      await form.getByLabel('Council or organisation').selectOption({ label: council.name });
      await form.getByLabel('Job title or role (optional)').fill('Policy officer');
      await form.getByLabel('Why you would like access (optional)').fill('I lead our community wealth building work.');
      await form.getByRole('button', { name: 'Ask for access' }).click();
      await page.getByRole('heading', { name: 'Your request has been sent' }).waitFor();
      expect(await page.evaluate("document.activeElement?.textContent?.trim() ?? ''")).toBe('Your request has been sent');
      await visitor.check('access-asked');
      const acknowledged = await mailTo(stack, email, /have your request/);
      expect(acknowledged.decoded).toContain(council.name);

      // The organiser answers on their page.
      await signInThroughPage(stack, organiser, organiserEmail, '/organise');
      const requests = organiser.page.getByRole('region', { name: 'Requests for access' });
      await requests.getByRole('heading', { name }).waitFor();
      await requests.getByText('I lead our community wealth building work.').waitFor();
      await organiser.check('requests');
      const approval = organiser.page.waitForRequest((request) => request.method() === 'POST' && request.url().endsWith('/approve'));
      await requests.getByRole('button', { name: `Approve ${name}` }).click();
      await requests.getByRole('status').filter({ hasText: `${name} can now sign in` }).waitFor();
      // The route documents no body, and the page sends none (it sent `{}`).
      expect((await approval).postData()).toBeNull();
      await organiser.check('approved');

      // The approval mail leads to sign-in, then back to the event.
      const approved = await mailTo(stack, email, /access to .* is ready/);
      await page.goto(mailLink(stack, approved, /^\/sign-in-with-code/));
      await page.getByLabel('Email address').fill(email);
      await page.getByRole('button', { name: 'Send me a code' }).click();
      const codeMail = await mailTo(stack, email, 'sign-in code');
      await page.getByLabel('6-digit code').fill(/\b(\d{6})\b/.exec(codeMail.decoded)![1]);
      await visitor.check('sign-in');
      await page.getByRole('button', { name: 'Sign in', exact: true }).click();
      await page.waitForURL((url) => url.pathname === `/events/${event.slug}`);
      await page.getByRole('heading', { name: 'Agenda' }).waitFor();
      await page.getByText('Community wealth lab').first().waitFor();
      expect(await page.getByText('This event is for member councils').count()).toBe(0);
      await visitor.check('programme');
    } finally {
      await visitor.close();
      await organiser.close();
    }
  });
});
