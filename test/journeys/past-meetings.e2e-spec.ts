import type { MinutesView } from '@convene/minutes';
import request from 'supertest';
import { bearer } from '../identity/identity-fixtures';
import { draftMinutes, makeMeeting } from '../minutes/minutes-fixtures';
import { makePublishedEvent, moveBackYears, registrationBody } from '../support/events';
import { WIDTHS, journeyStack, mailTo, openPerson } from './support/journey';
import { mailLink } from './support/sign-in';

/**
 * Someone looks up a meeting held in 2016 (issue 14.8): the home page's past meetings, the year,
 * the meeting, its minutes. The meeting's page invites nothing that can no longer happen.
 */
describe('Journey: reading the record of a past meeting', () => {
  jest.setTimeout(240_000);
  const stack = journeyStack();

  beforeAll(async () => {
    // Twenty meetings held in 2015: more than the first page of past meetings.
    for (let index = 0; index < 20; index += 1) await moveBackYears(stack.api, (await makePublishedEvent(stack.api)).id, 12);
  });

  it.each(WIDTHS)('finds a 2016 meeting under Past meetings, sees no registration or apologies, opens its minutes and liveblog (%s)', async (width) => {
    // Fixtures: a meeting held in June 2027 with a liveblogged session, its minutes published, moved to 2016.
    const meeting = await makeMeeting(stack.api, { day: 9 });
    await request(stack.api.url).patch(`/api/v1/sessions/${meeting.sessions[0]}`).set(bearer(meeting.organiserToken)).send({ liveblog: true }).expect(200);
    await request(stack.api.url).post(`/api/v1/events/${meeting.id}/agenda/publish`).set(bearer(meeting.organiserToken)).send({});
    const minutes: MinutesView = (await draftMinutes(stack.api, meeting).expect(201)).body;
    await request(stack.api.url).post(`/api/v1/minutes/${minutes.id}/approve`).set(bearer(meeting.chairToken)).expect(200);
    await request(stack.api.url).post(`/api/v1/minutes/${minutes.id}/publish`).set(bearer(meeting.organiserToken)).expect(200);
    // A delegate registered back then; their confirmation mail is still in their inbox.
    const delegate = registrationBody(1, { name: 'Dana Delegate' });
    await request(stack.api.url).post(`/api/v1/events/${meeting.id}/registrations`).send(delegate).expect(201);
    await moveBackYears(stack.api, meeting.id, 11);
    const title = (await request(stack.api.url).get(`/api/v1/events/${meeting.id}`).expect(200)).body.title as string;

    const person = await openPerson(stack, 'past-meetings', width);
    try {
      const { page } = person;
      await page.goto(`${stack.api.url}/`);
      const pastMeetings = page.getByRole('region', { name: 'Past meetings' });
      await pastMeetings.getByRole('status').filter({ hasText: /past meetings?, newest first/ }).waitFor();
      // Held in 2016: not among the upcoming events.
      expect(await page.getByRole('region', { name: 'Upcoming events' }).getByRole('link', { name: title }).count()).toBe(0);
      await person.check('home');

      // Newest first, twenty at a time: the rest on asking, focus on the first of them.
      const shown = pastMeetings.getByRole('listitem');
      expect(await shown.count()).toBe(20);
      expect(await shown.first().getByRole('link').textContent()).toMatch(/^Citizens Commission/);
      const total = Number(/^(\d+) past meetings/.exec((await pastMeetings.getByRole('status').textContent()) ?? '')?.[1]);
      expect(total).toBeGreaterThan(20);
      await pastMeetings.getByRole('button', { name: 'Show more past meetings' }).click();
      await pastMeetings.getByRole('button', { name: 'Show more past meetings' }).waitFor({ state: 'detached' });
      expect(await shown.count()).toBe(total);
      expect(await page.evaluate("document.activeElement?.textContent ?? ''")).toBe(await shown.nth(20).getByRole('link').textContent());
      await person.check('all-past');

      await pastMeetings.getByLabel('Year').selectOption('2016');
      await pastMeetings.getByRole('status').filter({ hasText: /in 2016, newest first/ }).waitFor();
      const listed = pastMeetings.getByRole('link', { name: title });
      await listed.waitFor();
      await person.check('past-2016');
      await listed.click();

      await page.getByRole('heading', { level: 1, name: title }).waitFor();
      await page.getByText('This meeting has taken place').waitFor();
      await page.getByText('Thursday 9 June 2016, 10:00–13:00').waitFor();
      await page.getByRole('heading', { name: 'Thursday 9 June 2016' }).waitFor();
      const minutesLink = page.getByRole('region', { name: 'Minutes' }).getByRole('link', { name: minutes.content.title });
      await minutesLink.waitFor();
      await page.getByRole('link', { name: 'Read the liveblog of this meeting' }).waitFor();
      // Nothing that can no longer happen: no registration, no apologies, no follow or Q&A.
      for (const gone of [/Register/, /apologies/i, /email when it starts/, /Ask and vote/]) {
        expect({ gone: String(gone), count: await page.getByRole('main').getByText(gone).count() }).toEqual({ gone: String(gone), count: 0 });
      }
      expect(await page.getByRole('button').filter({ hasText: /Register|apologies/i }).count()).toBe(0);
      await person.check('past-meeting');

      // The session's liveblog: its record, and no offer to mail when it starts.
      const offered = page.waitForResponse((response) => /\/follow/.test(response.url()));
      await page.getByRole('link', { name: 'Read the liveblog of Welcome and introductions' }).click();
      await page.getByRole('heading', { level: 1, name: 'Liveblog: Welcome and introductions' }).waitFor();
      await offered;
      expect(await page.getByRole('button', { name: /Email me when it starts|Follow/ }).count()).toBe(0);
      await person.check('past-liveblog');
      await page.goBack();
      await page.getByRole('heading', { level: 1, name: title }).waitFor();

      await minutesLink.click();
      await page.getByRole('heading', { level: 1, name: minutes.content.title }).waitFor();
      await page.getByText('Councillor Steve Reed').first().waitFor();
      await person.check('minutes');

      // The delegate's private page from the old mail: the record, no apologies or cancelling now.
      const confirmation = await mailTo(stack, delegate.email, /^You're registered/);
      await page.goto(mailLink(stack, confirmation, /^\/registrations\//));
      await page.getByText('This meeting has taken place.').waitFor();
      await page.getByRole('link', { name: "the event's page" }).waitFor();
      for (const gone of ['Cancel my registration', 'Send apologies instead']) {
        expect({ gone, count: await page.getByRole('button', { name: gone }).count() }).toEqual({ gone, count: 0 });
      }
      expect(await page.getByRole('heading', { name: "Can't come?" }).count()).toBe(0);
      await person.check('registration');
      await page.getByRole('link', { name: "the event's page" }).click();
      await page.getByRole('heading', { level: 1, name: title }).waitFor();
      await minutesLink.click();
      await page.getByRole('heading', { level: 1, name: minutes.content.title }).waitFor();
      await page.getByText('Councillor Steve Reed').first().waitFor();
      await person.check('minutes');
    } finally {
      await person.close();
    }
  });
});
