import { NetworkRole } from '@convene/identity';
import type { Locator, Page } from 'playwright-core';
import request from 'supertest';
import { makeOrganisation, makePerson, unique } from '../identity/identity-fixtures';
import { readMail } from '../support/calendar';
import { EVENT_PAGES_NAV, openEventPage } from './support/event-pages';
import { WIDTHS, journeyStack, mailTo, openPerson, type JourneyStack } from './support/journey';
import { eventually } from '../support/eventually';
import { mailLink, signInThroughPage } from './support/sign-in';

/** The labels of a start's or end's boxes, in each language. */
const WHEN_WORDS = {
  en: { day: 'Day', month: 'Month', year: 'Year', time: 'Time' },
  cy: { day: 'Diwrnod', month: 'Mis', year: 'Blwyddyn', time: 'Amser' },
};

/** Types a date and a time into a start's or end's boxes, found by their labels in the page's language. */
async function typeWhen(group: Locator, words: (typeof WHEN_WORDS)['en'], [day, month, year]: [string, string, string], time: string): Promise<void> {
  await group.getByLabel(words.day, { exact: true }).fill(day);
  await group.getByLabel(words.month, { exact: true }).fill(month);
  await group.getByLabel(words.year, { exact: true }).fill(year);
  await group.getByLabel(words.time, { exact: true }).fill(time);
}

/**
 * The scene: the mail server answers every mail "try again later" until the returned function is
 * called, which lets mail in again and brings the waiting mail's next try forward (as time would).
 */
function mailServerDown(stack: JourneyStack): () => Promise<void> {
  stack.sink.rejectWith(451, 'Requested action aborted: try again later');
  return async () => {
    stack.sink.rejectWith(undefined);
    await stack.dataSource.query(`UPDATE outbox_messages SET retry_at = now() WHERE status = 'pending' AND retry_at IS NOT NULL`);
  };
}

/** Reloads the page, as an organiser would, until `notice` shows (the status it reads may be 10 s old). */
const reloadUntilShown = (page: Page, notice: Locator) =>
  eventually(
    async () => {
      await page.reload();
      return notice.waitFor({ timeout: 5_000 }).then(
        () => true,
        () => false,
      );
    },
    'the notice to show',
    60_000,
    500,
  );

/** The label of the element that has the focus (a date box's "Month"). */
const focusedLabel = (page: Page): Promise<string | null> => page.evaluate('document.activeElement?.labels?.[0]?.textContent ?? null');

/**
 * An organiser runs a forum's programme in the browser: creates the event, puts sessions in
 * rooms, invites a speaker found by name, publishes; the speaker accepts from the mail; the
 * organiser moves a session's room, sees the change waiting, publishes it; the delegate gets
 * the calendar update with a higher SEQUENCE.
 */
describe('Journey: an organiser builds and changes a programme', () => {
  jest.setTimeout(240_000);
  const stack = journeyStack();

  it.each(WIDTHS)('from a new event to the delegate’s updated invite (%s)', async (width) => {
    const organiserEmail = `${unique('organiser')}@example.org`;
    await makePerson(stack.api, { name: 'Olwen Organiser', email: organiserEmail, roles: [NetworkRole.Organiser] });
    const council = await makeOrganisation(stack.api, { name: unique('Swansea Council') });
    const surname = unique('Griffiths');
    const speakerEmail = `${unique('speaker')}@example.org`;
    await makePerson(stack.api, { name: `Cllr Rhian ${surname}`, email: speakerEmail, organisationId: council.id });
    const title = unique('Winter Forum');

    const organiser = await openPerson(stack, `organiser-${width}`, width);
    const speaker = await openPerson(stack, `organiser-speaker-${width}`, width);
    try {
      const { page } = organiser;
      await signInThroughPage(stack, organiser, organiserEmail, '/organise');
      await page.getByRole('heading', { level: 1 }).waitFor();
      // The footer speaks to a council officer: once the service check has answered, it says nothing
      // when all is well (it said "queues on postgres"), and the raw status is for admins only.
      const footerStatus = page.locator('footer .status-ready');
      await footerStatus.waitFor({ state: 'attached' });
      await expect(footerStatus.textContent()).resolves.toBe('');
      await expect(page.locator('footer').innerText()).resolves.not.toMatch(/postgres|redis|queue/i);
      await expect(page.getByRole('banner').getByRole('link', { name: 'Service status' }).count()).resolves.toBe(0);
      await organiser.check('organise');

      // Create the event.
      await page.getByLabel('Title', { exact: true }).fill(title);
      await page.getByLabel('Venue name (optional)').fill('Guildhall');
      // Hosted in Wales: the Welsh beside the English, both shown to everyone.
      await page.getByLabel('Hold this event in Welsh and English').check();
      await page.getByLabel('Title in Welsh').fill(`Cy ${title}`);
      expect(await page.getByLabel('Title in Welsh').getAttribute('lang')).toBe('cy');
      // Dates in day, month and year boxes, times typed on the 24-hour clock: Chromium's own date
      // and time pickers showed "mm/dd/yyyy" and "--:-- --" under a hint of "1 July 2027 at 10:00".
      // The hint's example is typed as the boxes take it, and an error names the box that is wrong and links to it.
      const starts = page.getByRole('group', { name: 'Starts' });
      await starts.getByText('In UK time (Europe/London). For example, 27 3 2027 at 14:30').waitFor();
      await typeWhen(starts, WHEN_WORDS.en, ['11', '13', '2027'], '10:00');
      await typeWhen(page.getByRole('group', { name: 'Ends' }), WHEN_WORDS.en, ['11', '2', '2027'], '1600');
      await page.getByRole('button', { name: 'Create event' }).click();
      await page.getByRole('alert').getByRole('link', { name: 'Start: The month must be a number from 1 to 12' }).click();
      await expect(focusedLabel(page)).resolves.toBe('Month');
      await expect(starts.getByLabel('Month', { exact: true }).getAttribute('aria-invalid')).resolves.toBe('true');
      await expect(starts.getByLabel('Day', { exact: true }).getAttribute('aria-invalid')).resolves.toBeNull();
      await organiser.check('event-date-error');
      await starts.getByLabel('Month', { exact: true }).fill('2');
      await page.getByRole('button', { name: 'Create event' }).click();
      await page.getByRole('heading', { level: 1, name: title }).waitFor();
      await page.getByRole('navigation', { name: EVENT_PAGES_NAV.en }).locator('a[aria-current="page"]').filter({ hasText: 'Overview' }).waitFor();
      await organiser.check('event-created');

      // Sessions in rooms, on the event's agenda page.
      await openEventPage(page, 'Agenda');
      expect(new URL(page.url()).pathname).toMatch(/^\/organise\/events\/[^/]+\/agenda$/);
      const addSession = async (name: string, kind: string, from: string, to: string, room: string, places?: string, welsh?: { title: string; room: string }) => {
        const form = page.getByRole('form', { name: 'Add a session' });
        await form.getByLabel('Session title').fill(name);
        await form.getByLabel('Kind of session').selectOption(kind);
        await form.getByLabel('Starts').fill(from);
        await form.getByLabel('Ends').fill(to);
        await form.getByLabel('Room (optional)').fill(room);
        if (places) await form.getByLabel('Places (optional)').fill(places);
        if (welsh) {
          await form.getByLabel('Title in Welsh').fill(welsh.title);
          await form.getByLabel('Room in Welsh').fill(welsh.room);
        }
        await form.getByRole('button', { name: 'Add session' }).click();
        await page.getByRole('status').filter({ hasText: `“${name}” has been added` }).waitFor();
      };
      await addSession('Opening plenary', 'plenary', '10:00', '11:00', 'Main Hall', undefined, { title: 'Cyfarfod llawn agoriadol', room: 'Y Brif Neuadd' });
      await addSession('Housing workshop', 'workshop', '13:00', '14:00', 'Room 2', '1');
      await page.getByText('1 place', { exact: false }).first().waitFor();
      await organiser.check('sessions');

      // Invite a speaker found by name.
      await page.getByRole('button', { name: 'Speakers of Opening plenary' }).click();
      const programme = page.locator('.programme').first();
      await programme.getByLabel('In the role of').selectOption('speaker');
      await programme.getByLabel('Find a person').fill(surname);
      await programme.getByRole('button', { name: `Invite Cllr Rhian ${surname}` }).click();
      await programme.getByText(/is invited as speaker: we mailed them a link/).waitFor();
      await programme.getByText('Invited: no answer yet').waitFor();
      await organiser.check('speaker-invited');

      // Publish, from the overview.
      await openEventPage(page, 'Overview');
      await page.getByRole('button', { name: 'Publish event' }).click();
      await page.getByRole('status').filter({ hasText: /is published/ }).waitFor();
      await organiser.check('published');

      // The public page names the event and its sessions Welsh first, the English marked as such.
      const eventPath = new URL(page.url()).pathname;
      await page.goto(`${stack.api.url}/events/${eventPath.split('/').pop()}`);
      const eventHeading = page.getByRole('heading', { level: 1 });
      await eventHeading.waitFor();
      expect(await eventHeading.locator('span').allTextContents()).toEqual([`Cy ${title}`, title]);
      const plenary = page.locator('.session-title').filter({ hasText: 'Cyfarfod llawn agoriadol' });
      await plenary.waitFor(); // the agenda loads after the event's heading
      expect(await plenary.locator('span').allTextContents()).toEqual(['Cyfarfod llawn agoriadol', 'Opening plenary']);
      expect(await plenary.locator('span').first().getAttribute('lang')).toBe('cy');
      await page.locator('.session-meta').getByText('Y Brif Neuadd').waitFor();
      // No Welsh venue was given: one venue, not the same one twice.
      await page.getByText('Guildhall', { exact: true }).waitFor();
      await organiser.check('public-bilingual');
      await page.goto(`${stack.api.url}${eventPath}`);
      await page.getByRole('heading', { level: 1 }).waitFor();

      // A delegate registers for the workshop (another person's doing: the scene).
      const eventId = new URL(page.url()).pathname.split('/').pop() as string;
      const agenda = await request(stack.api.url).get(`/api/v1/events/${eventId}/agenda`).expect(200);
      const workshop = agenda.body.days.flatMap((day: { sessions: Array<{ id: string; title: string }> }) => day.sessions).find((s: { title: string }) => s.title === 'Housing workshop');
      const delegateEmail = `${unique('delegate')}@example.org`;
      // The mail server refuses for now: the organiser's page says the confirmation waits, and what to do.
      const mailBack = mailServerDown(stack);
      await request(stack.api.url).post(`/api/v1/events/${eventId}/registrations`).send({ name: 'Dilys Delegate', email: delegateEmail, category: 'delegate', workshopIds: [workshop.id] }).expect(201);
      const stuck = page.getByRole('region', { name: 'Mail is not going out at the moment' });
      await reloadUntilShown(page, stuck);
      await stuck.getByText(/confirmations, calendar invites and messages to this event's delegates have been waiting to be sent/).waitFor();
      await organiser.check('mail-stuck');
      await mailBack();
      const confirmation = await readMail(await mailTo(stack, delegateEmail, "You're registered"));
      const sessionUid = `session-${workshop.id}@`;
      const before = confirmation.files.flatMap((file) => file.events).find((item) => item.uid.startsWith(sessionUid));
      expect(before?.sequence).toBe(0);

      // The speaker accepts from the mail.
      const invitation = await mailTo(stack, speakerEmail, 'Will you speak?');
      await speaker.page.goto(mailLink(stack, invitation, /^\/speaker-invitations\//));
      await speaker.page.getByRole('heading', { level: 1, name: 'Invitation to speak' }).waitFor();
      await speaker.check('invitation');
      await speaker.page.getByRole('button', { name: 'Accept' }).click();
      await speaker.page.getByText(/accepted|confirmed|thank/i).first().waitFor();
      await speaker.check('accepted');

      // The organiser sees the acceptance waiting to be published (on the overview), and moves the workshop.
      await page.reload();
      await page.getByRole('region', { name: 'Unpublished changes to the agenda' }).waitFor();
      await page.getByText(`Speakers of "Opening plenary" are now: Cllr Rhian ${surname} (speaker)`).waitFor();
      await organiser.check('overview-waiting');
      await openEventPage(page, 'Agenda');
      await page.getByRole('button', { name: 'Edit the session Housing workshop' }).click();
      const edit = page.getByRole('form', { name: 'Change “Housing workshop”' });
      await edit.getByLabel('Room (optional)').fill('Room 3');
      await organiser.check('editing');
      await edit.getByRole('button', { name: 'Save changes' }).click();
      await page.getByText('Moved "Housing workshop" from Room 2 to Room 3').waitFor();
      await organiser.check('unpublished-changes');
      await page.getByRole('button', { name: 'Publish changes' }).click();
      await page.getByRole('status').filter({ hasText: 'The agenda changes are published' }).waitFor();
      expect(await page.getByRole('region', { name: 'Unpublished changes to the agenda' }).count()).toBe(0);
      await organiser.check('changes-published');

      // The delegate's update: the same item, one SEQUENCE up, in the new room.
      const update = await readMail(await mailTo(stack, delegateEmail, 'Changed:'));
      const item = [...(update.alternative?.calendar.events ?? []), ...update.files.flatMap((file) => file.events)].find((event) => event.uid.startsWith(sessionUid));
      expect(item?.sequence).toBeGreaterThan(before?.sequence ?? 0);
      expect(item?.location).toContain('Room 3');
    } finally {
      await organiser.close();
      await speaker.close();
    }
  });
  // The same walk in Welsh (issue 18): the organiser switches the header to Cymraeg, and the
  // event form, the agenda editor and the speaker's invitation page speak Welsh.
  it.each(WIDTHS)('in Cymraeg: the event form, the agenda editor and the speaker’s invitation (%s)', async (width) => {
    const organiserEmail = `${unique('trefnydd')}@example.org`;
    await makePerson(stack.api, { name: 'Olwen Trefnydd', email: organiserEmail, roles: [NetworkRole.Organiser] });
    const council = await makeOrganisation(stack.api, { name: unique('Cyngor Abertawe') });
    const surname = unique('Prys');
    const speakerEmail = `${unique('siaradwr')}@example.org`;
    const speakerName = `Cllr Nia ${surname}`;
    await makePerson(stack.api, { name: speakerName, email: speakerEmail, organisationId: council.id });
    const title = unique('Fforwm y Gaeaf');

    const organiser = await openPerson(stack, `organiser-cy-${width}`, width);
    const speaker = await openPerson(stack, `organiser-cy-speaker-${width}`, width);
    try {
      const { page } = organiser;
      await signInThroughPage(stack, organiser, organiserEmail, '/organise');
      await page.getByRole('heading', { level: 1, name: 'Organise events' }).waitFor();
      await page.getByRole('button', { name: 'Cymraeg' }).click();
      await page.getByRole('heading', { level: 1, name: 'Trefnu digwyddiadau' }).waitFor();
      expect(await page.evaluate('document.documentElement.lang')).toBe('cy');

      // The event form in Welsh, its errors too.
      const create = page.getByRole('form', { name: 'Creu digwyddiad' });
      await create.getByRole('button', { name: "Creu'r digwyddiad" }).click();
      await page.getByRole('alert').filter({ hasText: 'Mae problem' }).waitFor();
      await create.getByRole('link', { name: 'Rhowch deitl' }).waitFor();
      await create.getByText('Yn amser y DU (Europe/London). Er enghraifft, 27 3 2027 am 14:30').first().waitFor();
      await create.getByRole('link', { name: 'Dechrau: Rhowch y dyddiad' }).waitFor();
      await organiser.check('event-form');
      await create.getByLabel('Teitl', { exact: true }).fill(title);
      await create.getByLabel('Math o ddigwyddiad').selectOption({ label: 'Fforwm y rhwydwaith' });
      await create.getByLabel("Enw'r lleoliad (dewisol)").fill('Neuadd y Ddinas');
      // The date's boxes in Welsh too: a day left out is named, and its link goes to the day's box.
      const dechrau = create.getByRole('group', { name: 'Dechrau' });
      await typeWhen(dechrau, WHEN_WORDS.cy, ['', '02', '2027'], '10.00');
      await create.getByRole('button', { name: "Creu'r digwyddiad" }).click();
      await create.getByRole('link', { name: "Dechrau: Rhaid i'r dyddiad gynnwys diwrnod" }).click();
      await expect(focusedLabel(page)).resolves.toBe('Diwrnod');
      await organiser.check('event-date-error');
      await typeWhen(dechrau, WHEN_WORDS.cy, ['11', '02', '2027'], '10.00');
      await typeWhen(create.getByRole('group', { name: 'Gorffen' }), WHEN_WORDS.cy, ['11', '2', '2027'], '16:00');
      await create.getByRole('button', { name: "Creu'r digwyddiad" }).click();
      await page.getByRole('heading', { level: 1, name: title }).waitFor();
      await page.getByRole('status').filter({ hasText: `Mae “${title}” wedi'i greu fel drafft.` }).waitFor();
      await page.getByText('Dydd Iau 11 Chwefror 2027, 10:00–16:00').waitFor();
      await page.getByText('Drafft', { exact: true }).first().waitFor();
      await organiser.check('event-created');

      // The agenda editor in Welsh: a session added, its places counted in Welsh.
      await openEventPage(page, 'Agenda', EVENT_PAGES_NAV.cy);
      await page.getByRole('heading', { level: 2, name: 'Agenda' }).waitFor();
      await page.getByText('Dim sesiynau eto.').waitFor();
      const addSession = page.getByRole('form', { name: 'Ychwanegu sesiwn' });
      await addSession.getByLabel('Teitl y sesiwn').fill('Sesiwn agoriadol');
      await addSession.getByLabel('Math o sesiwn').selectOption({ label: 'Sesiwn lawn' });
      await addSession.getByLabel('Dechrau').fill('10:00');
      await addSession.getByLabel('Gorffen').fill('11:00');
      await addSession.getByLabel('Ystafell (dewisol)').fill('Y Brif Neuadd');
      await addSession.getByLabel('Lleoedd (dewisol)').fill('2');
      await addSession.getByRole('button', { name: "Ychwanegu'r sesiwn" }).click();
      await page.getByRole('status').filter({ hasText: "Mae'r sesiwn “Sesiwn agoriadol” wedi'i hychwanegu." }).waitFor();
      await page.getByText('Dydd Iau 11 Chwefror 2027, 10:00–11:00 · Sesiwn lawn · Y Brif Neuadd · 2 le').waitFor();
      await organiser.check('agenda');

      // A speaker invited in Welsh.
      await page.getByRole('button', { name: 'Siaradwyr Sesiwn agoriadol' }).click();
      const programme = page.locator('.programme').first();
      await programme.getByLabel('Yn y rôl').selectOption({ label: 'Siaradwr' });
      await programme.getByLabel('Dod o hyd i berson').fill(surname);
      // While the mail server refuses for now: the invitation waits, and the page says so in Welsh.
      const mailBack = mailServerDown(stack);
      await programme.getByRole('button', { name: `Gwahodd ${speakerName}` }).click();
      await programme.getByText(`Mae ${speakerName} wedi cael gwahoddiad fel siaradwr: rydym wedi anfon dolen atynt i dderbyn neu wrthod.`).waitFor();
      await programme.getByText('Gwahoddwyd: dim ateb eto').waitFor();
      await organiser.check('speaker-invited');
      const stuck = page.getByRole('region', { name: 'Nid yw negeseuon e-bost yn mynd allan ar hyn o bryd' });
      await reloadUntilShown(page, stuck);
      await stuck.getByText(/felly peidiwch ag anfon dim eto/).waitFor();
      await organiser.check('mail-stuck');
      await mailBack();

      await openEventPage(page, 'Trosolwg', EVENT_PAGES_NAV.cy);
      await page.getByRole('button', { name: "Cyhoeddi'r digwyddiad" }).click();
      await page.getByRole('status').filter({ hasText: `Mae “${title}” wedi'i gyhoeddi` }).waitFor();

      // The speaker's invitation page in Welsh.
      const invitation = await mailTo(stack, speakerEmail, 'Will you speak?');
      await speaker.page.goto(mailLink(stack, invitation, /^\/speaker-invitations\//));
      await speaker.page.getByRole('heading', { level: 1, name: 'Invitation to speak' }).waitFor();
      await speaker.page.getByRole('button', { name: 'Cymraeg' }).click();
      await speaker.page.getByRole('heading', { level: 1, name: 'Gwahoddiad i siarad' }).waitFor();
      await speaker.page.getByText(`${speakerName}, rydych yn cael eich gwahodd i gymryd rhan yn y sesiwn Sesiwn agoriadol fel siaradwr, yn y digwyddiad ${title}.`).waitFor();
      await speaker.page.getByText('Dydd Iau 11 Chwefror 2027, 10:00–11:00 (amser y DU)').waitFor();
      await speaker.check('invitation');
      await speaker.page.getByRole('button', { name: 'Derbyn' }).click();
      await speaker.page.getByRole('heading', { level: 2, name: 'Diolch: rydych ar yr agenda' }).waitFor();
      await speaker.check('accepted');

      // The acceptance waits to be published, and is published in Welsh, from the overview.
      await page.reload();
      const waiting = page.getByRole('region', { name: "Newidiadau i'r agenda heb eu cyhoeddi" });
      await waiting.waitFor();
      await waiting.getByText(`Siaradwyr "Sesiwn agoriadol" bellach: ${speakerName} (siaradwr)`).waitFor();
      await organiser.check('unpublished-changes');
      await waiting.getByRole('button', { name: "Cyhoeddi'r newidiadau" }).click();
      await page.getByRole('status').filter({ hasText: "Mae newidiadau'r agenda wedi'u cyhoeddi (1 newid)" }).waitFor();
      await organiser.check('changes-published');
    } finally {
      await organiser.close();
      await speaker.close();
    }
  });
});
