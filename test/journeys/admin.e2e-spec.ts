import { NetworkRole } from '@convene/identity';
import { OutboxStatus } from '@convene/notifications';
import { DataSource } from 'typeorm';
import { askForSignIn, makeOrganisation, makePerson, unique } from '../identity/identity-fixtures';
import { eventually } from '../support/eventually';
import { WIDTHS, journeyStack, mailTo, openPerson } from './support/journey';
import { signInThroughPage } from './support/sign-in';

/**
 * A network administrator in the browser (issue 15.8): signs in, opens the admin area from the
 * header, finds a council officer by name and makes them an organiser (their next page shows the
 * organiser's area), erases someone after reading what erasure does (their open session ends),
 * and sends again two mails the mail server had refused: one on its own, the rest with "send all"
 * after a confirmation; both then reach the mailbox.
 */
describe('Journey: a network administrator', () => {
  jest.setTimeout(240_000);
  const stack = journeyStack();

  /** Waits until the worker has given up on every mail to these addresses (the server refused them). */
  async function failedMailTo(addresses: string[]): Promise<void> {
    const db = stack.api.app.get(DataSource);
    await eventually(
      async () => {
        const rows: { status: OutboxStatus }[] = await db.query('SELECT status FROM outbox_messages WHERE recipient = ANY($1)', [addresses]);
        return rows.length === addresses.length && rows.every((row) => row.status === OutboxStatus.Failed);
      },
      `the worker to give up on mail to ${addresses.join(', ')}`,
      60_000,
      200,
    );
  }

  it.each(WIDTHS)('finds a person, makes them an organiser, erases someone and sends failed mail again (%s)', async (width) => {
    const adminEmail = `${unique('admin')}@example.org`;
    await makePerson(stack.api, { name: 'Nia Administrator', email: adminEmail, roles: [NetworkRole.Admin] });
    const council = await makeOrganisation(stack.api, { name: unique('Salford City Council') });
    const officerName = `Priya ${unique('Shah')}`;
    const officerEmail = `${unique('priya')}@example.org`;
    await makePerson(stack.api, { name: officerName, email: officerEmail, organisationId: council.id, jobTitle: 'Policy officer' });
    const leaverName = `Leo ${unique('Leaver')}`;
    const leaverEmail = `${unique('leo')}@example.org`;
    const leaver = await makePerson(stack.api, { name: leaverName, email: leaverEmail });

    const admin = await openPerson(stack, `admin-${width}`, width);
    const officer = await openPerson(stack, `admin-officer-${width}`, width);
    const leaving = await openPerson(stack, `admin-leaver-${width}`, width);
    try {
      const { page } = admin;

      // Before: the officer is signed in but is no organiser, and sees no admin link.
      await signInThroughPage(stack, officer, officerEmail, '/organise');
      await officer.page.getByRole('heading', { level: 1, name: 'You need to be an organiser' }).waitFor();
      expect(await officer.page.getByRole('link', { name: 'Administration' }).count()).toBe(0);
      await officer.check('not-yet-organiser');

      // The administrator opens the admin area from the header.
      await signInThroughPage(stack, admin, adminEmail, '/');
      if (width === 'phone') await page.getByRole('link', { name: 'Administration' }).scrollIntoViewIfNeeded();
      await page.getByRole('link', { name: 'Administration' }).click();
      await page.getByRole('heading', { level: 1, name: 'People' }).waitFor();
      await admin.check('people');

      // Finds the officer by name, and makes them an organiser.
      await page.getByRole('searchbox', { name: 'Find people' }).fill(officerName);
      await page.getByRole('button', { name: 'Search' }).click();
      await page.getByText(`1 person found for “${officerName}”.`).waitFor();
      await admin.check('people-found');
      await page.getByRole('link', { name: officerName, exact: true }).click();
      await page.getByRole('heading', { level: 1, name: officerName }).waitFor();
      expect(await page.getByLabel('Organisation', { exact: true }).inputValue()).toBe(council.id);
      await admin.check('person');
      const organiserRole = page.getByRole('checkbox', { name: 'Organiser' });
      expect(await organiserRole.isChecked()).toBe(false);
      await organiserRole.check();
      await page.getByRole('button', { name: 'Save changes' }).click();
      await page.getByRole('status').filter({ hasText: `The changes to ${officerName} have been saved.` }).waitFor();
      await admin.check('role-changed');

      // It takes effect: the officer's next page is the organiser's area.
      await officer.page.reload();
      await officer.page.getByRole('heading', { level: 1, name: 'Organise events' }).waitFor();
      await officer.check('now-organiser');

      // Erasure, after the confirmation says what it does; the person's open session ends.
      await signInThroughPage(stack, leaving, leaverEmail, '/my-actions');
      await page.getByRole('link', { name: 'People', exact: true }).click();
      await page.getByRole('searchbox', { name: 'Find people' }).fill(leaverName);
      await page.getByRole('button', { name: 'Search' }).click();
      await page.getByRole('link', { name: leaverName, exact: true }).click();
      await page.getByRole('heading', { level: 1, name: leaverName }).waitFor();
      await page.getByRole('button', { name: `Erase ${leaverName}…` }).click();
      const question = page.getByRole('heading', { name: `Erase ${leaverName}?` });
      await question.waitFor();
      expect(await page.evaluate('document.activeElement?.textContent')).toBe(`Erase ${leaverName}?`);
      const panel = page.locator('.erase-panel');
      for (const words of ['Removed for good:', 'Ended at once:', 'signed out everywhere', 'Kept, without their name:', 'Former participant', 'This cannot be undone.']) {
        await panel.getByText(words, { exact: false }).first().waitFor();
      }
      await admin.check('erase-confirmation');
      await page.getByRole('button', { name: `Yes, erase ${leaverName}` }).click();
      await page.getByText(`${leaverName} has been erased.`).waitFor();
      await page.getByText(/This person was erased on/).waitFor();
      await admin.check('erased');
      const [row] = await stack.api.app.get(DataSource).query('SELECT name, email, erased_at FROM people WHERE id = $1', [leaver.id]);
      expect(row).toMatchObject({ name: 'Former participant', email: null, erased_at: expect.any(Date) });
      await leaving.page.reload();
      await leaving.page.getByRole('banner').getByRole('link', { name: 'Sign in', exact: true }).waitFor();
      expect(await leaving.page.getByText(leaverName).count()).toBe(0);
      await leaving.check('session-ended');

      // A new member council: added, found, and its membership changed.
      const newCouncil = unique('Newport City Council');
      await page.getByRole('link', { name: 'Organisations', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: 'Organisations' }).waitFor();
      const add = page.getByRole('form', { name: 'Add an organisation' });
      await add.getByRole('button', { name: 'Add organisation' }).click();
      await page.getByRole('alert').filter({ hasText: 'Enter the organisation’s name' }).waitFor();
      await admin.check('organisation-errors');
      await add.getByLabel('Name', { exact: true }).fill(newCouncil);
      await add.getByLabel('Membership of the network').selectOption({ label: 'Affiliate member' });
      await add.getByLabel('Nation or region (optional)').fill('Wales');
      await add.getByRole('button', { name: 'Add organisation' }).click();
      await page.getByRole('status').filter({ hasText: `${newCouncil} has been added.` }).waitFor();
      await page.getByRole('searchbox', { name: 'Find organisations' }).fill(newCouncil);
      await page.getByRole('button', { name: 'Search' }).click();
      await page.getByText(`1 organisation found for “${newCouncil}”.`).waitFor();
      await page.getByRole('list', { name: 'Organisations found' }).getByText('Council · Affiliate member · Wales').waitFor();
      await admin.check('organisations');
      await page.getByRole('link', { name: newCouncil, exact: true }).click();
      await page.getByRole('heading', { level: 1, name: newCouncil }).waitFor();
      await page.getByLabel('Membership of the network').selectOption({ label: 'Full member' });
      await page.getByRole('button', { name: 'Save changes' }).click();
      await page.getByRole('status').filter({ hasText: `The changes to ${newCouncil} have been saved.` }).waitFor();
      await admin.check('organisation-saved');
      const [saved] = await stack.api.app.get(DataSource).query('SELECT membership, region FROM organisations WHERE name = $1', [newCouncil]);
      expect(saved).toEqual({ membership: 'full', region: 'Wales' });

      // The officer moves to it: found by a few letters of its name on their page.
      await page.getByRole('link', { name: 'People', exact: true }).click();
      await page.getByRole('searchbox', { name: 'Find people' }).fill(officerName);
      await page.getByRole('button', { name: 'Search' }).click();
      await page.getByRole('link', { name: officerName, exact: true }).click();
      await page.getByRole('heading', { level: 1, name: officerName }).waitFor();
      await page.getByRole('searchbox', { name: 'Find an organisation (optional)' }).fill(newCouncil.slice(-8));
      await page.getByLabel('Organisation', { exact: true }).locator('option', { hasText: newCouncil }).waitFor({ state: 'attached' });
      await page.getByLabel('Organisation', { exact: true }).selectOption({ label: newCouncil });
      await page.getByRole('button', { name: 'Save changes' }).click();
      await page.getByRole('status').filter({ hasText: `The changes to ${officerName} have been saved.` }).waitFor();
      await admin.check('person-moved');
      const [moved] = await stack.api.app.get(DataSource).query('SELECT o.name FROM people p JOIN organisations o ON o.id = p.organisation_id WHERE p.email = $1', [officerEmail]);
      expect(moved.name).toBe(newCouncil);

      // Two mailboxes refuse mail for good: their sign-in mails fail.
      const bounced = [`${unique('bounce-one')}@example.org`, `${unique('bounce-two')}@example.org`];
      for (const address of bounced) {
        await makePerson(stack.api, { name: 'Mailbox Moved', email: address });
        stack.sink.refuseRecipient(address);
        await askForSignIn(stack.api, address).expect(202);
      }
      await failedMailTo(bounced);

      await page.getByRole('link', { name: 'Mail queue' }).click();
      await page.getByRole('heading', { level: 1, name: 'Mail queue' }).waitFor();
      const failedList = page.getByRole('list', { name: 'Failed mail' });
      for (const address of bounced) await failedList.getByText(address, { exact: true }).waitFor();
      await failedList.getByText(/^550 No such mailbox here/).first().waitFor();
      expect(await failedList.getByText(/550 550/).count()).toBe(0);
      await failedList.getByRole('heading', { name: /sign-in code/ }).first().waitFor();
      await admin.check('mail-failed');

      // The mailboxes are fixed: the first mail is sent again on its own, the rest all at once.
      for (const address of bounced) stack.sink.refuseRecipient(address, false);
      await page.getByRole('button', { name: new RegExp(`^Send again .* to ${bounced[0].replace(/[.+]/g, '\\$&')}$`) }).click();
      await page.getByRole('status').filter({ hasText: `to ${bounced[0]} is on its way again.` }).waitFor();
      expect((await mailTo(stack, bounced[0], 'sign-in code')).to).toBe(bounced[0]);
      await admin.check('mail-retried-one');

      await page.getByRole('button', { name: 'Send all failed mail again…' }).click();
      await page.getByText(/failed mails? again\? Each goes to the mail server once more/).waitFor();
      await admin.check('mail-retry-all-confirmation');
      await page.getByRole('button', { name: /^Yes, send \d+ mails? again$/ }).click();
      await page.getByRole('status').filter({ hasText: /on (its|their) way again/ }).filter({ hasNotText: bounced[0] }).waitFor();
      expect((await mailTo(stack, bounced[1], 'sign-in code')).to).toBe(bounced[1]);
      // Each went once: the retried mail was not sent a second time by "send all".
      expect(stack.sink.received.filter((mail) => mail.to === bounced[0])).toHaveLength(1);
      await page.getByRole('button', { name: 'Check again' }).click();
      await page.getByText('No mail has failed.').waitFor();
      await admin.check('mail-all-sent');

      // The admin pages in Welsh too.
      await page.getByRole('button', { name: 'Cymraeg' }).click();
      await page.getByRole('heading', { level: 1, name: 'Ciw e-bost' }).waitFor();
      await page.getByText('Nid oes unrhyw e-bost wedi methu.').waitFor();
      await page.getByRole('link', { name: 'Pobl', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: 'Pobl' }).waitFor();
      await page.getByText(/^\d+ (person|berson|pherson), yn ôl enw\.$/).waitFor();
      await admin.check('people-cymraeg');
    } finally {
      await admin.close();
      await officer.close();
      await leaving.close();
    }
  });
});
