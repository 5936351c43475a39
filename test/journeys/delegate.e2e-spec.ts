import type { Page } from 'playwright-core';
import request from 'supertest';
import { bearer, unique } from '../identity/identity-fixtures';
import { MadeEvent, makePublishedEvent, registrationBody } from '../support/events';
import { Person, WIDTHS, journeyStack, linkIn, mailTo, openPerson } from './support/journey';

// A delegate, through the interface only: the home page, the event, the form, the mails and the
// private link in them. Other people (the organiser, someone ahead in line) act through the API.
describe('Journey: a delegate', () => {
  // A whole journey in a real browser, with mails through the worker: minutes, not seconds, on a shared machine.
  jest.setTimeout(240_000);
  const stack = journeyStack();

  /** Opens a link from a mail in the person's browser (the mail names the app's public address; the test app listens elsewhere). */
  const follow = (page: Page, link: string) => page.goto(`${stack.api.url}${new URL(link).pathname}${new URL(link).search}`);
  const focused = (page: Page): Promise<string> => page.evaluate("document.activeElement?.textContent?.trim() ?? ''");
  const titleOf = async (event: MadeEvent) => (await request(stack.api.url).get(`/api/v1/events/${event.id}`).expect(200)).body.title as string;
  const address = (who: string, width: string) => `${unique(`${who}-${width}`)}@example.org`;

  /** Home page, then the event by its title. */
  async function findEvent(person: Person, title: string) {
    await person.page.goto(stack.api.url);
    await person.page.getByRole('heading', { level: 1 }).waitFor();
    await person.check('home');
    await person.page.getByRole('link', { name: title }).first().click();
    await person.page.getByRole('heading', { level: 1, name: title }).waitFor();
    await person.check('event');
  }

  async function fillRegistration(person: Person, who: { name: string; email: string; dietary?: string; workshop?: string }) {
    const form = person.page.getByRole('form', { name: 'Register' });
    await form.getByLabel('Full name').fill(who.name);
    await form.getByLabel('Email address').fill(who.email);
    if (who.dietary) await form.getByLabel('Dietary needs (optional)').fill(who.dietary);
    if (who.workshop) await form.getByRole('radio', { name: who.workshop }).check();
    await person.check('register-form');
    await form.getByRole('button', { name: 'Register' }).click();
  }

  it.each(WIDTHS)('registers with a need and a workshop, follows the mailed link, changes both, subscribes to the feed and cancels (%s)', async (width) => {
    const event = await makePublishedEvent(stack.api, { capacity: 20 }, [
      { title: 'Co-design lab', capacity: 10, startHour: 11 },
      { title: 'Community energy', capacity: 10, startHour: 11 },
      { title: 'Housing co-operatives', capacity: 10, startHour: 14 },
    ]);
    const title = await titleOf(event);
    const email = address('delegate', width);
    const person = await openPerson(stack, 'delegate-register', width);
    try {
      await findEvent(person, title);
      // Parallel workshops are alternatives: one choice per time slot.
      const form = person.page.getByRole('form', { name: 'Register' });
      expect(await form.getByRole('group', { name: /11:00–12:00: choose one/ }).getByRole('radio').count()).toBe(3);
      await fillRegistration(person, { name: 'Jo Bloggs', email, dietary: 'Vegetarian', workshop: 'Co-design lab' });
      const done = person.page.getByRole('status').filter({ hasText: "You're registered" });
      await done.waitFor();
      expect(await done.textContent()).toContain('Co-design lab: place confirmed');
      expect(await focused(person.page)).toBe("You're registered");
      await person.check('registered');

      const confirmation = await mailTo(stack, email, `You're registered: ${title}`);
      expect(confirmation.decoded).toContain('Co-design lab: place confirmed');
      expect(confirmation.decoded).toContain('City Hall');
      await follow(person.page, linkIn(confirmation, stack.config.publicUrl, /^\/registrations\/[^?]+\?token=/));
      await person.page.getByRole('heading', { level: 1, name: 'Your registration' }).waitFor();
      const facts = person.page.locator('dl.facts');
      await facts.getByText('Vegetarian').waitFor();
      await person.page.getByText('Co-design lab: place confirmed').waitFor();
      await person.check('private-page');

      await person.page.getByRole('button', { name: 'Change your details' }).click();
      expect(await focused(person.page)).toBe('What would you like to change?');
      const change = person.page.getByRole('form', { name: 'What would you like to change?' });
      await change.getByLabel('Dietary needs (optional)').fill('Vegan');
      await change.getByRole('radio', { name: 'Community energy' }).check();
      await person.check('change-form');
      await change.getByRole('button', { name: 'Save changes' }).click();
      await person.page.getByRole('heading', { name: 'Your changes are saved' }).waitFor();
      expect(await focused(person.page)).toBe('Your changes are saved');
      await facts.getByText('Vegan').waitFor();
      await person.page.getByText('Community energy: place confirmed').waitFor();
      expect(await person.page.getByText('Co-design lab').count()).toBe(0);
      await person.check('changed');
      const changed = await mailTo(stack, email, `Registration changed: ${title}`);
      expect(changed.decoded).toContain('Community energy: place confirmed');
      expect(changed.decoded).not.toContain('Co-design lab');

      await person.page.getByRole('button', { name: 'Subscribe to my calendar feed' }).click();
      await person.page.getByRole('link', { name: 'Open it in your calendar app' }).waitFor();
      await person.check('feed');

      await person.page.getByRole('button', { name: 'Cancel my registration' }).click();
      expect(await focused(person.page)).toBe('Are you sure you want to cancel your registration?');
      await person.page.getByRole('button', { name: 'Yes, cancel' }).click();
      await person.page.getByRole('heading', { name: 'Your registration has been cancelled' }).waitFor();
      expect(await focused(person.page)).toBe('Your registration has been cancelled');
      await person.check('cancelled');
      const cancelled = await mailTo(stack, email, `Registration cancelled: ${title}`);
      expect(cancelled.decoded).toContain('Your registration has been cancelled.');
    } finally {
      await person.close();
    }
  });

  it.each(WIDTHS)('joins the waiting list of a full event, gets the promotion mail and sees the place through its link (%s)', async (width) => {
    const event = await makePublishedEvent(stack.api, { capacity: 1 });
    const title = await titleOf(event);
    const ahead = (await request(stack.api.url).post(`/api/v1/events/${event.id}/registrations`).send(registrationBody(1)).expect(201)).body;
    const email = address('waiting', width);
    const person = await openPerson(stack, 'delegate-waiting-list', width);
    try {
      await findEvent(person, title);
      await person.page.getByText("This event is full. If you register, you'll join the waiting list.").waitFor();
      await fillRegistration(person, { name: 'Sam Patel', email });
      const status = person.page.getByRole('status').filter({ hasText: 'waiting list' });
      await status.waitFor();
      expect(await focused(person.page)).toBe("You're on the waiting list (position 1)");
      await person.check('waitlisted');
      const waiting = await mailTo(stack, email, `You're on the waiting list: ${title}`);
      expect(waiting.decoded).toContain('at position 1');

      // The person ahead cancels (through their organiser, as it happens): the place is Sam's.
      await request(stack.api.url).delete(`/api/v1/registrations/${ahead.id}`).set(bearer(event.organiserToken)).expect(200);
      const promoted = await mailTo(stack, email, `A place is yours: ${title}`);
      expect(promoted.decoded).toContain('A place has freed up and it is now yours');
      await follow(person.page, linkIn(promoted, stack.config.publicUrl, /^\/registrations\/[^?]+\?token=/));
      await person.page.getByRole('heading', { level: 1, name: 'Your registration' }).waitFor();
      await person.page.getByText('Your place is confirmed').waitFor();
      await person.check('promoted');
    } finally {
      await person.close();
    }
  });

  it.each(WIDTHS)('registers for an event in high demand, confirms the address from the mail and takes a place invented addresses could not hold (%s)', async (width) => {
    const event = await makePublishedEvent(stack.api, { capacity: 2, confirmAddressFirst: true });
    const title = await titleOf(event);
    // Two registrations from invented addresses: never confirmed, they hold nothing.
    for (const index of [1, 2]) {
      const invented = await request(stack.api.url).post(`/api/v1/events/${event.id}/registrations`).send(registrationBody(index, { email: `${unique('nobody')}@invented.test` })).expect(201);
      expect(invented.body.status).toBe('unconfirmed');
    }
    const email = address('confirming', width);
    const person = await openPerson(stack, 'delegate-confirm-address', width);
    try {
      await findEvent(person, title);
      await fillRegistration(person, { name: 'Rhian Evans', email });
      await person.page.getByRole('status').filter({ hasText: 'Now confirm your email address' }).waitFor();
      expect(await focused(person.page)).toBe('Now confirm your email address');
      await person.check('unconfirmed');

      const asked = await mailTo(stack, email, `Confirm your address to take your place: ${title}`);
      expect(asked.decoded).toContain('a place is held only for addresses that are confirmed');
      await follow(person.page, linkIn(asked, stack.config.publicUrl, /^\/registrations\/[^?]+\?token=/));
      await person.page.getByText('Your email address is not yet confirmed').waitFor();
      await person.check('confirm-address');
      await person.page.getByRole('button', { name: 'Confirm my address and take a place' }).click();
      await person.page.getByText('Your place is confirmed').waitFor();
      await person.check('address-confirmed');
      const confirmed = await mailTo(stack, email, `You're registered: ${title}`);
      expect(confirmed.decoded).toMatch(/check-in code/i);
    } finally {
      await person.close();
    }
  });

  it.each(WIDTHS)('sends apologies instead of coming, from the private page, after being asked (%s)', async (width) => {
    const event = await makePublishedEvent(stack.api, { capacity: 1 });
    const title = await titleOf(event);
    const email = address('apologies', width);
    const person = await openPerson(stack, 'delegate-apologies', width);
    try {
      await findEvent(person, title);
      await fillRegistration(person, { name: 'Alex Morgan', email });
      await person.page.getByRole('status').filter({ hasText: "You're registered" }).waitFor();
      // Someone joins the waiting list behind: Alex's place will be theirs.
      const next = (await request(stack.api.url).post(`/api/v1/events/${event.id}/registrations`).send(registrationBody(2)).expect(201)).body;
      expect(next.status).toBe('waitlisted');

      const confirmation = await mailTo(stack, email, `You're registered: ${title}`);
      await follow(person.page, linkIn(confirmation, stack.config.publicUrl, /^\/registrations\/[^?]+\?token=/));
      await person.page.getByRole('heading', { level: 1, name: 'Your registration' }).waitFor();
      await person.page.getByRole('button', { name: 'Send apologies instead' }).click();
      expect(await focused(person.page)).toBe('Send apologies and give your place back?');
      await person.check('apologies-asked');
      await person.page.getByRole('button', { name: 'Yes, send apologies' }).click();
      await person.page.getByRole('heading', { name: 'Your apologies are sent' }).waitFor();
      expect(await focused(person.page)).toBe('Your apologies are sent');
      await person.page.getByText('Cancelled').first().waitFor();
      await person.check('apologies-sent');

      const ack = await mailTo(stack, email, `Apologies received: ${title}`);
      expect(ack.decoded).toContain('Your place has been given back');
      await mailTo(stack, next.email, `A place is yours: ${title}`);
    } finally {
      await person.close();
    }
  });
});
