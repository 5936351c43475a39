import { NetworkRole } from '@convene/identity';
import type { Page } from 'playwright-core';
import request from 'supertest';
import { bearer, makePerson, tokenFor, unique } from '../identity/identity-fixtures';
import { readMail } from '../support/calendar';
import { EVENT_PAGES_NAV, openEventPage } from './support/event-pages';
import { WIDTHS, journeyStack, mailTo, openPerson } from './support/journey';
import { signInThroughPage } from './support/sign-in';

/**
 * An organiser cancels an event through the interface: not from the overview (where it was the
 * first button, above "Publish changes"), but at the foot of the details page, after a step of its
 * own that says what will happen. On the way, every page of the event (the people page's approval
 * too). The delegate with a place gets the cancellation mail with the cancelled invite (the event
 * and her workshop); the one still awaiting approval is told no place will come.
 */
describe('Journey: an organiser cancels an event', () => {
  jest.setTimeout(240_000);
  const stack = journeyStack();

  const focused = (page: Page): Promise<string> => page.evaluate("document.activeElement?.textContent?.trim() ?? ''");

  /** The scene: a published forum whose organisers approve each place, with a workshop, and two registrations awaiting approval. */
  async function forumWithDelegates(organiserEmail: string) {
    const organiser = await makePerson(stack.api, { name: 'Olwen Organiser', email: organiserEmail, roles: [NetworkRole.Organiser] });
    const auth = bearer(await tokenFor(stack.api, organiser));
    const title = unique('Summer Forum');
    const event = await request(stack.api.url)
      .post('/api/v1/events')
      .set(auth)
      .send({ title, kind: 'network_forum', startsAt: '2027-06-10T09:00:00Z', endsAt: '2027-06-10T15:00:00Z', venueName: 'Guildhall', capacity: 10, requiresApproval: true })
      .expect(201);
    const workshop = await request(stack.api.url)
      .post(`/api/v1/events/${event.body.id}/sessions`)
      .set(auth)
      .send({ title: 'Community energy', kind: 'workshop', startsAt: '2027-06-10T13:00:00Z', endsAt: '2027-06-10T14:00:00Z', room: 'Room 2', capacity: 10 })
      .expect(201);
    await request(stack.api.url).post(`/api/v1/events/${event.body.id}/publish`).set(auth).expect(200);
    const delegateEmail = `${unique('delegate')}@example.org`;
    const delegate = await request(stack.api.url)
      .post(`/api/v1/events/${event.body.id}/registrations`)
      .send({ name: 'Dilys Delegate', email: delegateEmail, category: 'delegate', workshopIds: [workshop.body.id] })
      .expect(201);
    expect(delegate.body.status).toBe('pending');
    const waitingEmail = `${unique('waiting')}@example.org`;
    const waiting = await request(stack.api.url)
      .post(`/api/v1/events/${event.body.id}/registrations`)
      .send({ name: 'Wyn Waiting', email: waitingEmail, category: 'delegate' })
      .expect(201);
    expect(waiting.body.status).toBe('pending');
    return { id: event.body.id as string, title, delegateEmail, waitingEmail };
  }

  it.each(WIDTHS)('from the details page, after a warning that says who is told, to the delegate’s cancelled invite (%s)', async (width) => {
    const organiserEmail = `${unique('organiser')}@example.org`;
    const forum = await forumWithDelegates(organiserEmail);
    const invited: string[] = [];
    const organiser = await openPerson(stack, 'organiser-cancels', width);
    const { page } = organiser;
    try {
      await signInThroughPage(stack, organiser, organiserEmail, `/organise/events/${forum.id}`);
      await page.getByRole('heading', { level: 2, name: 'At a glance' }).waitFor();
      // The overview has no cancel button any more: nothing destructive on the way to publishing.
      expect(await page.getByRole('button', { name: /cancel/i }).count()).toBe(0);

      // Every one of the event's pages as it stands before (each screenshot and axe), the details last.
      await openEventPage(page, 'Agenda');
      await page.getByRole('heading', { level: 3, name: 'Community energy' }).waitFor();
      await organiser.check('agenda');
      // The people page: both await approval, the decision beside each status; Dilys is approved.
      await openEventPage(page, 'People');
      const people = page.getByRole('table', { name: /^Registrations/ });
      await people.getByRole('row', { name: /Wyn Waiting/ }).getByRole('button', { name: 'Approve Wyn Waiting' }).waitFor();
      await organiser.check('people');
      await people.getByRole('button', { name: 'Approve Dilys Delegate' }).click();
      await page.getByRole('status').filter({ hasText: 'Dilys Delegate has been approved (confirmed).' }).waitFor();
      await people.getByRole('row', { name: /Dilys Delegate/ }).getByRole('button', { name: 'Check in Dilys Delegate' }).waitFor();
      await organiser.check('approved');
      const confirmation = await readMail(await mailTo(stack, forum.delegateEmail, `Your place is confirmed: ${forum.title}`));
      invited.push(...confirmation.files.map((file) => file.events[0].uid));
      expect(invited).toHaveLength(2); // the event and her workshop

      await openEventPage(page, 'Check-in');
      await page.getByRole('table', { name: /^Registrations/ }).getByRole('button', { name: 'Check in Dilys Delegate' }).waitFor();
      await organiser.check('check-in');
      await openEventPage(page, 'Minutes');
      await page.getByRole('heading', { level: 2, name: 'Minutes' }).waitFor();
      await organiser.check('minutes');

      await openEventPage(page, 'Details');
      const area = page.getByRole('region', { name: 'Cancel this event' });
      await area.getByText('Everyone who registered is told by email. You cannot undo this.').waitFor();
      // It is the last thing on the page, after the form's own button.
      const save = await page.getByRole('button', { name: 'Save changes' }).boundingBox();
      const start = await area.getByRole('button', { name: 'Cancel this event' }).boundingBox();
      expect(save && start && start.y > save.y + save.height).toBe(true);
      await organiser.check('details');

      // The second step: the question takes the focus and says what will happen; No leaves everything as it was.
      await area.getByRole('button', { name: 'Cancel this event' }).click();
      const question = `Are you sure you want to cancel “${forum.title}”?`;
      await area.getByRole('heading', { level: 3, name: question }).waitFor();
      expect(await focused(page)).toBe(question);
      await area.getByText('Warning: You cannot undo this.').waitFor();
      await area.getByText('1 person has a place and 1 person is waiting for one.').waitFor();
      await area.getByText('with a calendar cancellation that takes the event and their workshops out of their calendar').waitFor();
      await area.getByText('everyone on the waiting list, offered a place or awaiting approval gets an email saying no place will come').waitFor();
      await organiser.check('cancel-question');
      await area.getByRole('button', { name: 'No, keep the event' }).click();
      await area.getByRole('button', { name: 'Cancel this event' }).waitFor();
      expect(await focused(page)).toBe('Cancel this event');
      expect((await request(stack.api.url).get(`/api/v1/events/${forum.id}`).expect(200)).body.status).toBe('published');

      // Yes: the event is cancelled, and the page says so where the focus lands.
      await area.getByRole('button', { name: 'Cancel this event' }).click();
      await area.getByRole('button', { name: 'Yes, cancel the event' }).click();
      await page.getByRole('status').filter({ hasText: `“${forum.title}” has been cancelled. The emails to everyone who registered are on their way.` }).waitFor();
      expect(await focused(page)).toBe('Event details');
      await page.getByText('This event is cancelled, so its details can no longer be changed.').waitFor();
      expect(await page.getByRole('region', { name: 'Cancel this event' }).count()).toBe(0);
      await organiser.check('cancelled');
      await openEventPage(page, 'Overview');
      await page.getByText('This event has been cancelled. It can no longer be published or changed.').waitFor();
      await page.getByText('Cancelled', { exact: true }).first().waitFor();
      await organiser.check('overview-cancelled');
    } finally {
      await organiser.close();
    }

    // The delegate's mail cancels the invites she was sent: the same UIDs, METHOD:CANCEL.
    const cancelled = await readMail(await mailTo(stack, forum.delegateEmail, `Cancelled: ${forum.title}`));
    expect(cancelled.mail.decoded).toContain('The organisers have cancelled this event.');
    expect(cancelled.alternative?.method).toBe('CANCEL');
    expect(cancelled.files.map((file) => file.events[0].uid)).toEqual(invited);
    for (const file of cancelled.files) {
      expect(file.method).toBe('CANCEL');
      expect(file.events[0].status).toBe('CANCELLED');
    }
    // The one awaiting approval is told, with no invite to cancel (he was never sent one).
    const toWaiting = await readMail(await mailTo(stack, forum.waitingEmail, `Cancelled: ${forum.title}`));
    expect(toWaiting.mail.decoded).toContain('the place you were waiting for will not come');
    expect(toWaiting.files).toEqual([]);
  });
  // The same question in Welsh (issue 18): its warning, the counts in Welsh plurals, and No.
  it.each(WIDTHS)('in Cymraeg: the question, its warning and who is told (%s)', async (width) => {
    const organiserEmail = `${unique('trefnydd')}@example.org`;
    const forum = await forumWithDelegates(organiserEmail);
    const organiser = await openPerson(stack, 'organiser-cancels-cy', width);
    const { page } = organiser;
    try {
      await signInThroughPage(stack, organiser, organiserEmail, `/organise/events/${forum.id}/details`);
      await page.getByRole('button', { name: 'Cymraeg' }).click();
      const area = page.getByRole('region', { name: "Canslo'r digwyddiad hwn" });
      await area.getByText('Caiff pawb a gofrestrodd wybod drwy e-bost. Ni allwch ddadwneud hyn.').waitFor();
      await area.getByRole('button', { name: "Canslo'r digwyddiad hwn" }).click();
      const question = `Ydych chi'n siŵr eich bod am ganslo “${forum.title}”?`;
      await area.getByRole('heading', { level: 3, name: question }).waitFor();
      expect(await focused(page)).toBe(question);
      await area.getByText('Rhybudd: Ni allwch ddadwneud hyn.').waitFor();
      // Both await approval: nobody has a place, two wait (Welsh "dau berson" after 2).
      await area.getByText('Nid oes gan neb le ac mae 2 berson yn aros am un.').waitFor();
      await organiser.check('question');
      await area.getByRole('button', { name: "Na, cadw'r digwyddiad" }).click();
      await area.getByRole('button', { name: "Canslo'r digwyddiad hwn" }).waitFor();
      await openEventPage(page, 'Trosolwg', EVENT_PAGES_NAV.cy);
      expect((await request(stack.api.url).get(`/api/v1/events/${forum.id}`).expect(200)).body.status).toBe('published');
    } finally {
      await organiser.close();
    }
  });
});
