import type { MinutesView } from '@convene/minutes';
import request from 'supertest';
import { bearer, makePerson, signIn, unique } from '../identity/identity-fixtures';
import { makeLiveblogSession } from '../liveblog/liveblog-fixtures';
import { draftMinutes, makeMeeting } from '../minutes/minutes-fixtures';
import { makeQaSession } from '../qa/qa-fixtures';
import { eventually } from '../support/eventually';
import { openEventPage } from './support/event-pages';
import { WIDTHS, journeyStack, linkIn, mailTo, screenshot } from './support/journey';
import { addContent, buildPseudoLocale, checkPseudo, openPseudoPerson, pseudo, speakPseudoOnServer, type PseudoPerson } from './support/pseudo-locale';

/**
 * The pseudo-locale pass, second part (issue 18): what pages say after a person acts (registered,
 * following, asked and voted, refused, saved, "check your mail"), the pages behind mailed links
 * (following a session, an invitation to speak), and the pages the API renders itself (the
 * sign-in link's page, refused and not, and the minutes' printable page), with the server's words
 * in the pseudo-locale too. pseudo-locale.e2e-spec.ts covers the pages as they load.
 */
describe('Journey: after each action, and on the pages the server renders, only words from the message library', () => {
  jest.setTimeout(300_000);
  // Before the stack starts: the API (in this process) speaks the pseudo-locale from its first page.
  beforeAll(() => {
    buildPseudoLocale();
    speakPseudoOnServer();
  });
  const stack = journeyStack();

  /** The path of the link in the mail to `email` whose subject starts so (the worker's mails are in real English). */
  const mailedLink = async (email: string, subject: string, path: RegExp): Promise<string> => {
    const link = new URL(linkIn(await mailTo(stack, email, subject), stack.config.publicUrl, path));
    return `${link.pathname}${link.search}`;
  };

  let day = 1;

  it.each(WIDTHS)('registered, refused, following, invited, asked and voted, saved, signing in, and the server pages (%s)', async (width) => {
    const live = await makeLiveblogSession(stack.api, { title: unique('Cardiff Forum'), capacity: 50 });
    await request(stack.api.url).post(`/api/v1/events/${live.event.id}/agenda/publish`).set(bearer(live.event.organiserToken)).send({});
    const qa = await makeQaSession(stack.api, {}, { moderation: 'post' });
    const meeting = await makeMeeting(stack.api, { day: day++ });
    const minutes: MinutesView = (await draftMinutes(stack.api, meeting).expect(201)).body;
    const speaker = await makePerson(stack.api, { name: 'Cllr Rhian Evans' });
    await request(stack.api.url).post(`/api/v1/sessions/${live.sessionId}/speakers`).set(bearer(live.event.organiserToken)).send({ personId: speaker.id, role: 'facilitator' }).expect(202);
    const invitation = await mailedLink(speaker.email as string, 'Will you speak?', /^\/speaker-invitations\//);
    const delegateEmail = `${unique(`nia-${width}`)}@example.org`;
    const followerEmail = `${unique(`follower-${width}`)}@example.org`;

    const person = await openPseudoPerson(stack, 'pseudo-locale-after', width);
    const { page } = person;
    /** Waits for `ready`, then checks the page as it is: no "Loading…" left, no word outside the catalogues. */
    const step = async (name: string, ready: () => Promise<unknown>) => {
      await ready();
      await eventually(async () => !((await page.evaluate('document.body.innerText')) as string).includes(pseudo('Loading')), `${name}: the page to finish loading`, 15_000, 100);
      await checkPseudo(person, name);
    };
    const signedInAs = async (who: PseudoPerson, email: string) => {
      const [name, value] = (await signIn(stack.api, email)).split('=');
      await who.context.clearCookies();
      await who.context.addCookies([{ name, value, url: stack.api.url }]);
    };
    try {
      // Signing in with a code: "check your mail", then a wrong code refused.
      await page.goto(`${stack.api.url}/sign-in-with-code`);
      await page.getByLabel(pseudo('Email address')).fill(delegateEmail);
      await page.getByRole('button', { name: pseudo('Send me a code') }).click();
      await step('sign-in-code-sent', () => page.getByLabel(pseudo('6-digit code')).waitFor());
      await page.getByLabel(pseudo('6-digit code')).fill('000000');
      await page.getByRole('button', { name: `[${pseudo('Sign in')}]`, exact: true }).click();
      await step('sign-in-code-refused', () => page.getByRole('alert').first().waitFor());

      // The page a mailed sign-in link opens (the API's own), and its answer to a link that is no good.
      await page.goto(`${stack.api.url}/sign-in?token=not-a-real-token&email=${encodeURIComponent(delegateEmail)}`);
      await step('server-sign-in-link', () => page.getByRole('button').waitFor());
      await page.getByRole('button').click();
      await step('server-sign-in-refused', () => page.getByRole('alert').waitFor());
      await page.goto(`${stack.api.url}/sign-in`);
      await step('server-sign-in-code', () => page.getByRole('button').waitFor());

      // Registering: the form refused with nothing filled in, then registered.
      await page.goto(`${stack.api.url}/events/${live.event.slug}`);
      const form = page.getByRole('form', { name: pseudo('Register') });
      await form.getByRole('button', { name: pseudo('Register') }).click();
      await step('register-refused', () => page.getByRole('alert').first().waitFor());
      await form.getByLabel(pseudo('Full name')).fill('Nia Hughes');
      await form.getByLabel(pseudo('Email address')).fill(delegateEmail);
      await form.getByRole('button', { name: pseudo('Register') }).click();
      await step('registered', () => page.getByRole('status').filter({ hasText: delegateEmail }).waitFor());

      // Following a session from its liveblog: an address the API refuses, then one it takes.
      await page.goto(`${stack.api.url}/sessions/${live.sessionId}/liveblog`);
      const follow = page.getByRole('form', { name: pseudo('Email me when it starts') });
      await follow.getByLabel(pseudo('Email address')).fill('nia@example');
      await follow.getByRole('button', { name: pseudo('Email me when it starts') }).click();
      await step('follow-refused', () => follow.locator('.error-message, .error-text').first().waitFor());
      await follow.getByLabel(pseudo('Email address')).fill(followerEmail);
      await follow.getByRole('button', { name: pseudo('Email me when it starts') }).click();
      await step('follow-sent', () => page.getByRole('status').filter({ hasText: followerEmail }).waitFor());

      // The follow page from the mail: shown, confirmed, stopped.
      await page.goto(`${stack.api.url}${await mailedLink(followerEmail, 'Confirm: reminders for', /^\/follows\//)}`);
      await step('follow-page', () => page.getByRole('button', { name: pseudo('Confirm the reminder') }).waitFor());
      await page.getByRole('button', { name: pseudo('Confirm the reminder') }).click();
      await step('follow-confirmed', () => page.getByRole('button', { name: pseudo('Stop reminders') }).waitFor());
      await page.getByRole('button', { name: pseudo('Stop reminders') }).click();
      await step('follow-stopped', () => page.getByRole('heading', { level: 1, name: pseudo('Reminders stopped') }).waitFor());

      // A session without a liveblog: the reader says so in its own words.
      await page.goto(`${stack.api.url}/sessions/${qa.sessionId}/liveblog`);
      await step('liveblog-not-found', () => page.getByRole('heading', { level: 1, name: pseudo('Liveblog not found') }).waitFor());

      // The invitation to speak: shown, accepted.
      await page.goto(`${stack.api.url}${invitation}`);
      await step('speaker-invitation', () => page.getByRole('button', { name: pseudo('Accept') }).waitFor());
      await page.getByRole('button', { name: pseudo('Accept') }).click();
      await step('speaker-accepted', () => page.getByRole('heading', { level: 2, name: pseudo('Thank you: you are on the agenda') }).waitFor());

      // The Q&A: asked, then voted for.
      await page.goto(`${stack.api.url}/sessions/${qa.sessionId}/qa`);
      const ask = page.locator('form.qa-ask');
      const question = 'How will smaller councils get a share of the fund?';
      await ask.getByLabel(`[${pseudo('Your question')}]`, { exact: true }).fill(question);
      await ask.getByLabel(`[${pseudo('Your name')}]`, { exact: true }).fill('Priya Shah');
      await ask.getByRole('button', { name: pseudo('Send question') }).click();
      const asked = page.getByRole('article').filter({ hasText: question });
      await step('qa-asked', () => asked.waitFor());
      await asked.getByRole('button').first().click();
      await step('qa-voted', () => asked.getByRole('button', { pressed: true }).waitFor());

      // The organiser: a session changed and the change published; the minutes saved.
      await signedInAs(person, meeting.organiser.email as string);
      await page.goto(`${stack.api.url}/organise/events/${meeting.id}`);
      await openEventPage(page, pseudo('Agenda'), pseudo("This event's pages"));
      await page.getByRole('button', { name: new RegExp(`^${escapeRegExp(`[${pseudo('Edit the session ')}`)}`) }).first().click();
      const edit = page.locator('form').filter({ has: page.getByLabel(pseudo('Room (optional)')) }).first();
      await edit.getByLabel(pseudo('Room (optional)')).fill('Room 3');
      await edit.getByRole('button', { name: pseudo('Save changes') }).click();
      await step('organise-session-saved', () => page.getByRole('region', { name: pseudo('Unpublished changes to the agenda') }).getByText(/Room 3/).first().waitFor());
      await page.getByRole('button', { name: pseudo('Publish changes') }).click();
      await step('organise-published', () => page.getByRole('status').filter({ hasText: pseudo('The agenda changes are published') }).waitFor());

      await page.goto(`${stack.api.url}/organise/minutes/${minutes.id}`);
      await page.getByLabel(`[${pseudo('Place')}]`, { exact: true }).fill('Council Chamber, Lambeth Town Hall');
      await page.getByRole('button', { name: pseudo('Save now') }).click();
      await step('minutes-saved', () => page.getByText(pseudo('All changes saved.')).waitFor());

      // The minutes' printable page, rendered by the API: its headings from the catalogue, the rest the minutes' content.
      const saved: MinutesView = (await request(stack.api.url).get(`/api/v1/minutes/${minutes.id}`).set(bearer(meeting.organiserToken)).expect(200)).body;
      addContent(person, saved);
      await page.goto(`${stack.api.url}/api/v1/minutes/${minutes.id}/export/html`);
      await step('server-minutes-html', () => page.getByRole('heading', { level: 1 }).waitFor());
    } catch (error) {
      await screenshot(page, `pseudo-locale-after-${width}-failed`);
      throw error;
    } finally {
      await person.close();
    }
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
