import { NetworkRole } from '@convene/identity';
import type { MinutesView } from '@convene/minutes';
import request from 'supertest';
import { bearer, makePerson, signIn, unique } from '../identity/identity-fixtures';
import { makeLiveblogSession, postUpdate } from '../liveblog/liveblog-fixtures';
import { attend, draftMinutes, makeMeeting } from '../minutes/minutes-fixtures';
import { makeQaSession } from '../qa/qa-fixtures';
import { registrationBody } from '../support/events';
import { DataSource } from 'typeorm';
import { eventually } from '../support/eventually';
import { openEventPage } from './support/event-pages';
import { WIDTHS, journeyStack, screenshot } from './support/journey';
import { buildPseudoLocale, checkPseudo, openPseudoPerson, pseudo, untranslatedPart, type PseudoPerson } from './support/pseudo-locale';

/**
 * The pseudo-locale pass (issue 18): the journey suite's pages in a pseudo language in which
 * every message reads "[Ŕéĝîšţéŕ]"; any ASCII word left on a page that is not content (what the
 * API sent: titles, names, entries) did not come through the message library, and fails the step.
 *
 * Pages covered: home, an event's page and its liveblogs, a delegate's registration page, sign-in,
 * a liveblog (reader and editor), the Q&A audience page, console and projector, published
 * minutes, the minute-taker's editor, the organise page and an event's organiser page (with the
 * door's check-in), my actions, the admin area, the accessibility statement, page not found.
 */
describe('Journey: every page in the pseudo-locale shows only words from the message library', () => {
  jest.setTimeout(300_000);
  beforeAll(() => buildPseudoLocale());
  const stack = journeyStack();

  it('tells content from untranslated words', () => {
    expect(untranslatedPart(`${pseudo('[Minutes: ')}Cardiff Forum]`, ['Cardiff Forum'])).toBeNull();
    expect(untranslatedPart('[Ţĥûŕšðáý] 11 February 2027, 10:00–16:00', [])).toBeNull();
    expect(untranslatedPart('Save now', [])).toBe('Save now');
    expect(untranslatedPart(`${pseudo('[Your check-in code: ')}RRYMH-8AG68]`, [])).toBeNull();
    expect(untranslatedPart(`${pseudo('[Your check-in code: ')}NBWML-DCUPH]`, [])).toBeNull();
    expect(untranslatedPart('SAVE-NOW', [])).toBe('SAVE-NOW');
    expect(untranslatedPart('Call next', [])).toBe('Call next');
    // The API's own values are not content: a page that shows "draft" as it came did not word it.
    expect(untranslatedPart(`${pseudo('[Status: ')}draft]`, ['draft'])).toMatch(/draft/);
    expect(untranslatedPart(`${pseudo('[Published at ')}/minutes/8f2a1c3e-1111-4222-8333-944445555666${pseudo(' by ')}ann@example.org]`, [])).toBeNull();
  });

  let day = 20;

  it.each(WIDTHS)('home, event, registration, sign-in, liveblogs, Q&A, minutes, editor, organise, my actions, Q&A console and projector, liveblog editor, admin, accessibility, not found (%s)', async (width) => {
    const live = await makeLiveblogSession(stack.api, { title: unique('Cardiff Forum'), description: 'Councils working with their communities.', capacity: 50 });
    await request(stack.api.url).post(`/api/v1/events/${live.event.id}/agenda/publish`).set(bearer(live.event.organiserToken)).send({});
    await postUpdate(stack.api, live.chairToken, live.sessionId, 'Welcome, everyone: the forum opens.');

    const meeting = await makeMeeting(stack.api, { day: day++ });
    await attend(stack.api, meeting, { name: 'Richard Bridge', organisationName: 'Waterloo Community Coalition', category: 'commissioner', checkIn: true });
    const published: MinutesView = (await draftMinutes(stack.api, meeting).expect(201)).body;
    await request(stack.api.url).post(`/api/v1/minutes/${published.id}/approve`).set(bearer(meeting.organiserToken)).expect(200);
    await request(stack.api.url).post(`/api/v1/minutes/${published.id}/publish`).set(bearer(meeting.organiserToken)).expect(200);
    const second = await makeMeeting(stack.api, { day: day++ });
    const draft: MinutesView = (await draftMinutes(stack.api, second).expect(201)).body;

    const qa = await makeQaSession(stack.api);
    const registration = registrationBody(1);
    await request(stack.api.url).post(`/api/v1/events/${live.event.id}/registrations`).send(registration).expect(201);
    const [{ link }] = await stack.api.app
      .get(DataSource)
      .query(`SELECT template_data->>'link' AS link FROM outbox_messages WHERE kind = 'registration-confirmed' AND recipient = $1`, [registration.email]);
    const registrationPage = new URL(link as string);
    const adminEmail = `${unique('admin')}@example.org`;
    await makePerson(stack.api, { name: 'Nia Administrator', email: adminEmail, roles: [NetworkRole.Admin] });

    const person = await openPseudoPerson(stack, 'pseudo-locale', width);
    const { page } = person;
    const visit = async (path: string, ready: () => Promise<unknown>, step: string, knownGaps: string[] = []) => {
      await page.goto(`${stack.api.url}${path}`);
      await ready();
      // Every part of the page loaded: no "Loading…" nor "Checking…" left (in the pseudo-locale's letters).
      const waiting = [pseudo('Loading'), pseudo('Checking')];
      await eventually(async () => {
        const text = (await page.evaluate('document.body.innerText')) as string;
        return !waiting.some((word) => text.includes(word));
      }, `${step}: the page to finish loading`, 15_000, 100);
      await checkPseudo(person, step, knownGaps);
    };
    const signedInAs = async (who: PseudoPerson, email: string) => {
      const [name, value] = (await signIn(stack.api, email)).split('=');
      await who.context.clearCookies();
      await who.context.addCookies([{ name, value, url: stack.api.url }]);
    };
    try {
      await visit('/', () => page.getByRole('heading', { level: 2, name: pseudo('Upcoming events') }).waitFor(), 'home');
      await visit(`/events/${live.event.slug}`, () => page.getByText('Councils working with their communities.').waitFor(), 'event');
      await visit(`${registrationPage.pathname}${registrationPage.search}`, () => page.getByText(registration.email).first().waitFor(), 'registration');
      await visit('/sign-in-with-code', () => page.getByLabel(pseudo('Email address')).waitFor(), 'sign-in');
      await visit(`/sessions/${live.sessionId}/liveblog`, () => page.getByText('Welcome, everyone: the forum opens.').waitFor(), 'liveblog');
      await visit(`/events/${live.event.slug}/liveblogs`, () => page.getByRole('heading', { level: 1 }).waitFor(), 'event-liveblogs');
      await visit(`/minutes/${published.id}`, () => page.getByText('Richard Bridge (Waterloo Community Coalition)').waitFor(), 'minutes');
      await visit(`/sessions/${qa.sessionId}/qa`, () => page.getByRole('heading', { level: 1 }).waitFor(), 'qa-audience');
      await visit('/accessibility', () => page.getByRole('heading', { level: 1 }).waitFor(), 'accessibility');
      await visit('/no-such-page', () => page.getByRole('heading', { level: 1, name: pseudo('Page not found') }).waitFor(), 'not-found');

      await signedInAs(person, second.organiser.email as string);
      await visit(`/organise/minutes/${draft.id}`, () => page.getByRole('button', { name: pseudo('Save now') }).waitFor(), 'minutes-editor');
      await visit('/organise', () => page.getByRole('heading', { level: 1 }).waitFor(), 'organise');
      await visit(`/organise/events/${second.id}`, () => page.getByRole('heading', { level: 2, name: pseudo('At a glance') }).waitFor(), 'organise-event');
      // The event's other organiser pages, each by its link as a person goes, the agenda last.
      for (const [name, step] of [['People', 'people'], ['Check-in', 'check-in'], ['Minutes', 'minutes'], ['Details', 'details'], ['Agenda', 'agenda']]) {
        await openEventPage(page, pseudo(name), pseudo("This event's pages"));
        await eventually(async () => !((await page.evaluate('document.body.innerText')) as string).includes(pseudo('Loading')), `the ${step} page to load`, 15_000, 100);
        await checkPseudo(person, `organise-event-${step}`);
        if (step === 'details') {
          // Cancelling's second step, with its warning and what will happen; then No.
          await page.getByRole('button', { name: pseudo('Cancel this event') }).click();
          await page.getByRole('button', { name: pseudo('No, keep the event') }).waitFor();
          await eventually(async () => !((await page.evaluate('document.body.innerText')) as string).includes(pseudo('Loading')), 'the question to load', 15_000, 100);
          await checkPseudo(person, 'organise-event-cancel-question');
          await page.getByRole('button', { name: pseudo('No, keep the event') }).click();
        }
      }
      // A session's speakers (its programme, roles and the people search) open in place.
      await page.locator('.admin-item button[aria-expanded]').first().click();
      await page.getByLabel(pseudo('Find a person')).first().waitFor();
      await page.getByRole('heading', { level: 4, name: pseudo('Speakers') }).first().waitFor();
      await eventually(async () => !((await page.evaluate('document.body.innerText')) as string).includes(pseudo('Loading')), 'the speakers to load', 15_000, 100);
      await checkPseudo(person, 'organise-event-speakers');
      await visit('/my-actions', () => page.getByRole('heading', { level: 1, name: pseudo('My actions') }).waitFor(), 'my-actions');

      await signedInAs(person, qa.chairEmail);
      await visit(`/sessions/${qa.sessionId}/qa/console`, () => page.getByRole('heading', { level: 1, name: pseudo('Q&A console') }).waitFor(), 'qa-console');
      await visit(`/sessions/${qa.sessionId}/qa/projector`, () => page.locator('main, [role="main"], h1').first().waitFor(), 'qa-projector');

      await signedInAs(person, live.chair.email as string);
      await visit(`/sessions/${live.sessionId}/liveblog/edit`, () => page.getByText('Welcome, everyone: the forum opens.').first().waitFor(), 'liveblog-editor');

      await signedInAs(person, adminEmail);
      await visit('/admin', () => page.getByRole('heading', { level: 1 }).waitFor(), 'admin');
    } catch (error) {
      await screenshot(page, `pseudo-locale-${width}-failed`);
      throw error;
    } finally {
      await person.close();
    }
  });
});
