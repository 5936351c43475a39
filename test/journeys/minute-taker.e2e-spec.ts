import request from 'supertest';
import { unique } from '../identity/identity-fixtures';
import { attend, makeMeeting } from '../minutes/minutes-fixtures';
import { openEventPage } from './support/event-pages';
import { WIDTHS, journeyStack, mailTo, openPerson, screenshot } from './support/journey';
import { mailLink, signInThroughPage } from './support/sign-in';

/**
 * A minute-taker takes a meeting nobody checked in to from first draft to published minutes:
 * records Present by hand, gives an action to a person, circulates; a delegate without an
 * account suggests a correction through the mail's link; accepted, approved, published; the
 * public page and the mail.
 */
describe('Journey: a minute-taker publishes the minutes of a meeting nobody checked in to', () => {
  jest.setTimeout(300_000);
  const stack = journeyStack();
  let day = 1;

  it.each(WIDTHS)('from the draft to the published minutes (%s)', async (width) => {
    const meeting = await makeMeeting(stack.api, { day: day++ });
    const surname = unique('Okafor');
    const delegateName = `Ngozi ${surname}`;
    const delegateEmail = await attend(stack.api, meeting, { name: delegateName, organisationName: 'Lewisham Council', category: 'delegate', checkIn: false });
    const ownerEmail = `${unique('owner')}@example.org`;

    const clerk = await openPerson(stack, `minute-taker-${width}`, width);
    const delegate = await openPerson(stack, `minute-taker-delegate-${width}`, width);
    try {
      const { page } = clerk;
      await signInThroughPage(stack, clerk, meeting.organiser.email as string, `/organise/events/${meeting.id}`);
      await openEventPage(page, 'Minutes');
      await page.getByRole('button', { name: 'Draft minutes from the record' }).click();
      await page.getByRole('heading', { level: 1, name: /^Minutes:/ }).waitFor();
      await page.getByText('Nobody is recorded as present').waitFor();
      await clerk.check('draft');

      // Present by hand, found among the registrations.
      await page.getByLabel('Find a delegate or person').fill(surname);
      await page.getByRole('list', { name: 'People found' }).getByRole('listitem').filter({ hasText: delegateName }).getByRole('button', { name: /^Present/ }).click();
      await page.getByText(`${delegateName} is recorded as present`).waitFor();
      await page.getByRole('button', { name: 'Save now' }).click();
      await page.getByText('All changes saved.').waitFor();
      await clerk.check('present');

      // An action owned by someone typed by name and address.
      await page.getByRole('group', { name: 'Owner of the next action' }).getByRole('button', { name: 'Someone not in the list?' }).click();
      await page.getByLabel('Full name').fill('Owen Owner');
      await page.getByLabel('Email address').fill(ownerEmail);
      await page.getByRole('button', { name: 'Make owner', exact: true }).click();
      await page.getByText(`Owen Owner (${ownerEmail})`).waitFor();
      await page.getByLabel('New action').fill('Send the housing report to every council');
      // Due by a day, month and year typed in boxes labelled in the page's language (Chromium's own
      // date picker showed "mm/dd/yyyy", in its own language and order); optional, as it says.
      const due = page.getByRole('group', { name: 'Due date (optional)' });
      await due.getByText('For example, 27 3 2027').waitFor();
      await due.getByLabel('Day').fill('31');
      await due.getByLabel('Month').fill('1');
      // A two-digit year is named as the problem, nothing is added, and the year's box has the focus.
      await due.getByLabel('Year').fill('30');
      await page.getByRole('button', { name: 'Add the action' }).click();
      await due.getByText('The year must include 4 numbers, like 2027').waitFor();
      await expect(page.evaluate("document.activeElement?.getAttribute('name')")).resolves.toBe('dueYear');
      await clerk.check('action-due-error');
      await due.getByLabel('Year').fill('2030');
      await page.getByRole('button', { name: 'Add the action' }).click();
      await page.getByText(/Action added\. We mailed Owen Owner/).waitFor();
      await page.getByRole('listitem').filter({ hasText: 'Send the housing report to every council' }).getByText(/due 31 January 2030/).waitFor();
      await clerk.check('action');

      await page.getByRole('button', { name: 'Circulate to those present for corrections' }).click();
      await page.getByText('The draft was mailed to 1 person present').waitFor();
      await clerk.check('circulated');

      // The delegate, without an account, opens the draft from the mail and suggests a correction.
      const circulation = await mailTo(stack, delegateEmail, 'Draft minutes for your corrections');
      await delegate.page.goto(mailLink(stack, circulation, /^\/minutes\/[^/]+\?key=/));
      await delegate.page.getByText(`${delegateName}, these are draft minutes`).waitFor();
      await delegate.check('draft-by-link');
      await delegate.page.getByText('Suggest a correction to this item').first().click();
      await delegate.page.getByLabel('What is wrong or missing').first().fill('The welcome also thanked Lewisham for hosting');
      await delegate.page.getByLabel('The item as it should read (optional)').first().fill('The Chair welcomed everyone and thanked Lewisham for hosting.');
      await delegate.page.getByRole('button', { name: 'Send the correction' }).first().click();
      await delegate.page.getByText('Thank you: the minute-taker will accept or decline your correction.').waitFor();
      await delegate.check('correction-sent');

      // Accepted, approved (asked first), published (asked first).
      await page.reload();
      await page.getByText('The welcome also thanked Lewisham for hosting').waitFor();
      await page.getByRole('button', { name: 'Accept', exact: true }).click();
      await page.getByText('Correction accepted into the text.').waitFor();
      await page.getByRole('button', { name: 'Approve (freezes the text)' }).click();
      await page.getByRole('heading', { name: 'Approve these minutes?' }).waitFor();
      await clerk.check('approve-asks');
      await page.getByRole('button', { name: 'Yes, approve' }).click();
      await page.getByText('Approved: the text is now frozen.').waitFor();
      await page.getByRole('button', { name: 'Publish and mail those present and with apologies' }).click();
      await page.getByRole('heading', { name: 'Publish these minutes?' }).waitFor();
      await clerk.check('publish-asks');
      await page.getByRole('button', { name: 'Yes, publish and mail' }).click();
      await page.getByText('Published. We mailed a link to 1 person').waitFor();
      await clerk.check('published');

      // The mail, the public page, and the event's page linking to them.
      const published = await mailTo(stack, delegateEmail, 'Minutes published');
      await delegate.page.goto(mailLink(stack, published, /^\/minutes\/[^/?]+$/));
      await delegate.page.getByText('The Chair welcomed everyone and thanked Lewisham for hosting.').waitFor();
      await delegate.check('published-minutes');
      await delegate.page.goto(`${stack.api.url}/events/${meeting.slug}`);
      await delegate.page.getByRole('heading', { name: 'Minutes', exact: true }).waitFor();
      await delegate.check('event-links-minutes');
      const owned = await mailTo(stack, ownerEmail, 'An action for you');
      expect(owned.decoded).toContain('Send the housing report to every council');
      const minutesId = new URL(mailLink(stack, published, /^\/minutes\//)).pathname.split('/').pop();
      const view = await request(stack.api.url).get(`/api/v1/minutes/${minutesId}`).expect(200);
      expect(view.body.status).toBe('published');
    } catch (error) {
      await screenshot(clerk.page, `minute-taker-${width}-failed-clerk`);
      await screenshot(delegate.page, `minute-taker-${width}-failed-delegate`);
      throw error;
    } finally {
      await clerk.close();
      await delegate.close();
    }
  });
});
