import request from 'supertest';
import { makePerson, unique } from '../identity/identity-fixtures';
import { makePublishedEvent, registrationBody } from '../support/events';
import { journeyStack, mailTo, openPerson, type Person, type ViewportName } from './support/journey';
import { SIGN_IN_WORDS, mailLink } from './support/sign-in';

/** The words a delegate meets on this journey, in English and Welsh. */
const WORDS = {
  en: {
    myRegistrations: 'My registrations', signIn: 'Sign in', signInAs: (email: string) => `Sign in as ${email}`, none: /not registered for any events/, seeEvents: 'See upcoming events',
    fullName: 'Full name', email: 'Email address', register: 'Register', registered: "You're registered", waiting: "You're on the waiting list (position 1)",
    confirmed: 'Place confirmed', waitingListed: 'On the waiting list, position 1', cancelledTag: 'Cancelled',
    yourRegistration: 'Your registration', cancel: 'Cancel my registration', yesCancel: 'Yes, cancel', cancelledHeading: 'Your registration has been cancelled',
  },
  cy: {
    myRegistrations: 'Fy nghofrestriadau', signIn: 'Mewngofnodwch', signInAs: (email: string) => `Mewngofnodi fel ${email}`, none: /Nid ydych wedi cofrestru/, seeEvents: 'Gweld digwyddiadau sydd i ddod',
    fullName: 'Enw llawn', email: 'Cyfeiriad e-bost', register: 'Cofrestru', registered: 'Rydych wedi cofrestru', waiting: 'Rydych ar y rhestr aros (safle 1)',
    confirmed: "Lle wedi'i gadarnhau", waitingListed: 'Ar y rhestr aros, safle 1', cancelledTag: "Wedi'i ganslo",
    yourRegistration: 'Eich cofrestriad', cancel: 'Canslo fy nghofrestriad', yesCancel: 'Ydw, canslo', cancelledHeading: "Mae eich cofrestriad wedi'i ganslo",
  },
};

// A delegate signed in finds every registration of theirs on one page, from the header, and
// opens one without digging out its mail: through the interface only, with the mailed sign-in link.
describe('Journey: my registrations', () => {
  jest.setTimeout(300_000);
  const stack = journeyStack();

  const runs: Array<[ViewportName, 'en' | 'cy']> = [
    ['desktop', 'en'],
    ['phone', 'cy'],
  ];

  it.each(runs)('signs in by the mailed link, registers for two events, sees both under My registrations, opens one, cancels it and sees it cancelled (%s, %s)', async (width, language) => {
    const words = WORDS[language];
    const name = `Nia ${unique('Evans')}`;
    const email = `${unique('nia')}@cardiff.example.org`;
    await makePerson(stack.api, { name, email });
    const forum = await makePublishedEvent(stack.api, { capacity: 10, title: unique('Housing Forum'), venueName: 'City Hall' });
    const full = await makePublishedEvent(stack.api, { capacity: 1, title: unique('Energy Roundtable'), startsAt: '2027-03-11T10:00:00Z', endsAt: '2027-03-11T16:00:00Z' });
    await request(stack.api.url).post(`/api/v1/events/${full.id}/registrations`).send(registrationBody(1)).expect(201);
    const titleOf = async (id: string) => (await request(stack.api.url).get(`/api/v1/events/${id}`).expect(200)).body.title as string;
    const [forumTitle, fullTitle] = [await titleOf(forum.id), await titleOf(full.id)];

    const person: Person = await openPerson(stack, `my-registrations-${language}`, width, { locale: language === 'cy' ? 'cy' : 'en-GB' });
    const { page } = person;
    try {
      // Signed out, the page offers to sign in, and the mailed link brings her back to it.
      await page.goto(`${stack.api.url}/my-registrations`);
      await page.getByRole('heading', { level: 1, name: words.myRegistrations }).waitFor();
      await person.check('signed-out');
      await page.getByRole('main').getByRole('link', { name: words.signIn, exact: true }).click();
      await page.waitForURL((url) => url.pathname === '/sign-in-with-code' && url.searchParams.get('next') === '/my-registrations');
      await page.getByLabel(SIGN_IN_WORDS[language].email).fill(email);
      await page.getByRole('button', { name: SIGN_IN_WORDS[language].send }).click();
      const mail = await mailTo(stack, email, /sign-in code|cod mewngofnodi/);
      await page.goto(mailLink(stack, mail, /^\/sign-in\?token=/));
      await page.getByRole('button', { name: words.signInAs(email) }).click();
      await page.waitForURL((url) => url.pathname === '/my-registrations');
      await page.getByRole('heading', { level: 1, name: words.myRegistrations }).waitFor();
      await page.getByText(words.none).waitFor();
      await person.check('none-yet');

      for (const [slug, title, outcome] of [
        [forum.slug, forumTitle, words.registered],
        [full.slug, fullTitle, words.waiting],
      ]) {
        await page.goto(`${stack.api.url}/events/${slug}`);
        await page.getByRole('heading', { level: 1, name: title }).waitFor();
        const form = page.getByRole('form', { name: words.register });
        await form.getByLabel(words.fullName).fill(name);
        await form.getByLabel(words.email).fill(email);
        await form.getByRole('button', { name: words.register }).click();
        await page.getByRole('status').filter({ hasText: outcome }).waitFor();
        await person.check(`registered-${slug === forum.slug ? 'forum' : 'full'}`);
      }

      // The header's link, on a phone too.
      await page.getByRole('navigation').getByRole('link', { name: words.myRegistrations }).click();
      await page.getByRole('heading', { level: 1, name: words.myRegistrations }).waitFor();
      const item = (title: string) => page.getByRole('listitem').filter({ has: page.getByRole('link', { name: title }) });
      await item(forumTitle).getByText(words.confirmed).waitFor();
      await item(fullTitle).getByText(words.waitingListed).waitFor();
      // Upcoming soonest first: the February forum before the March roundtable.
      const links = await page.locator('main .event-card-title a').allTextContents();
      expect(links.indexOf(forumTitle)).toBeLessThan(links.indexOf(fullTitle));
      await person.check('both-listed');

      await page.getByRole('link', { name: forumTitle }).click();
      await page.getByRole('heading', { level: 1, name: words.yourRegistration }).waitFor();
      await person.check('opened');
      await page.getByRole('button', { name: words.cancel }).click();
      await page.getByRole('button', { name: words.yesCancel }).click();
      await page.getByRole('heading', { name: words.cancelledHeading }).waitFor();
      await person.check('cancelled');

      await page.getByRole('navigation').getByRole('link', { name: words.myRegistrations }).click();
      await item(forumTitle).getByText(words.cancelledTag, { exact: true }).waitFor();
      await item(fullTitle).getByText(words.waitingListed).waitFor();
      await person.check('cancelled-listed');
    } finally {
      await person.close();
    }
  });
});
