import ICAL from 'ical.js';
import request from 'supertest';
import { bearer, makePerson, unique } from '../identity/identity-fixtures';
import { makeLiveblogSession, postUpdate } from '../liveblog/liveblog-fixtures';
import { readMail } from '../support/calendar';
import { WIDTHS, journeyStack, mailTo, openPerson } from './support/journey';
import { SIGN_IN_WORDS, signInThroughPage } from './support/sign-in';

// A Welsh-speaking delegate (issue 18), through the interface only: switches the site to
// Cymraeg, registers for a bilingual event, gets the Welsh confirmation with a Welsh invite,
// follows the liveblog, and finds Welsh again on another device once signed in.
describe('Journey: a delegate in Welsh', () => {
  jest.setTimeout(240_000);
  const stack = journeyStack();

  it.each(WIDTHS)('switches to Cymraeg, registers for a bilingual event, gets a Welsh invite, follows the liveblog, and keeps Welsh after signing in (%s)', async (width) => {
    const title = unique('Cardiff Forum');
    const titleCy = unique('Fforwm Caerdydd');
    const sessionTitleCy = unique('Cyfarfod llawn agoriadol');
    const live = await makeLiveblogSession(stack.api, {
      title,
      titleCy,
      bilingual: true,
      description: 'Councils working with their communities.',
      descriptionCy: "Cynghorau'n gweithio gyda'u cymunedau.",
      venueName: 'City Hall',
      venueNameCy: 'Neuadd y Ddinas',
      venueAddress: 'Cardiff',
      capacity: 50,
    }, { titleCy: sessionTitleCy, room: 'Council Chamber', roomCy: 'Siambr y Cyngor' });
    const auth = bearer(live.event.organiserToken);
    await request(stack.api.url).post(`/api/v1/events/${live.event.id}/agenda/publish`).set(auth).send({});
    const sessionTitle = (await request(stack.api.url).get(`/api/v1/sessions/${live.sessionId}/liveblog`).expect(200)).body.session.title as string;
    const email = `${unique(`sian-${width}`)}@example.org`;
    await makePerson(stack.api, { name: 'Siân Jones', email });

    const person = await openPerson(stack, 'welsh', width);
    const { page } = person;
    try {
      // The site starts in the browser's language (English), and the header offers Cymraeg in Welsh.
      await page.goto(stack.api.url);
      await page.getByRole('heading', { level: 2, name: 'Upcoming events' }).waitFor();
      await page.getByRole('button', { name: 'Cymraeg' }).click();
      await page.getByRole('heading', { level: 2, name: 'Digwyddiadau i ddod' }).waitFor();
      expect(await page.evaluate('document.documentElement.lang')).toBe('cy');
      expect(await page.getByRole('button', { name: 'English' }).getAttribute('lang')).toBe('en-GB');
      // Welsh words are longer, and the header keeps its shape: "Mewngofnodi" (sign in) beside the
      // switch, on the brand's row at desktop width; it once wrapped onto a row of its own.
      const header = page.getByRole('banner');
      const [switchBox, signInBox, brandBox] = await Promise.all([
        header.getByRole('list', { name: 'Iaith' }).boundingBox(),
        header.getByRole('link', { name: 'Mewngofnodi' }).boundingBox(),
        header.locator('.brand').boundingBox(),
      ]);
      const middle = (box: { y: number; height: number }) => box.y + box.height / 2;
      expect(Math.abs(middle(signInBox!) - middle(switchBox!))).toBeLessThan(switchBox!.height / 2);
      if (width === 'desktop') expect(middle(signInBox!)).toBeGreaterThan(brandBox!.y);
      if (width === 'desktop') expect(middle(signInBox!)).toBeLessThan(brandBox!.y + brandBox!.height);
      await person.check('home-cymraeg');

      // A bilingual event: named Welsh first, the English beside it marked as English.
      await page.getByRole('link', { name: titleCy }).first().click();
      const heading = page.getByRole('heading', { level: 1 });
      await heading.waitFor();
      expect(await heading.locator('span').allTextContents()).toEqual([titleCy, title]);
      expect(await heading.locator('span').nth(1).getAttribute('lang')).toBe('en-GB');
      expect(await heading.locator('span').first().getAttribute('lang')).toBeNull();
      const about = page.locator('section[aria-labelledby="about-heading"] > div');
      expect(await about.allTextContents()).toEqual(["Cynghorau'n gweithio gyda'u cymunedau.", 'Councils working with their communities.']);
      expect(await about.nth(1).getAttribute('lang')).toBe('en-GB');
      await page.getByText('Neuadd y Ddinas').first().waitFor();
      // Days and months in Welsh, whatever the browser's own Intl knows of Welsh.
      await page.getByText('Dydd Iau 11 Chwefror 2027, 10:00–16:00').waitFor();
      await page.getByRole('heading', { level: 2, name: 'Agenda' }).waitFor();
      // Its sessions too: the Welsh title first, the English marked; the room in Welsh.
      const sessionHeading = page.locator('.session-title').first();
      await sessionHeading.waitFor();
      expect(await sessionHeading.locator('span').allTextContents()).toEqual([sessionTitleCy, sessionTitle]);
      expect(await sessionHeading.locator('span').nth(1).getAttribute('lang')).toBe('en-GB');
      await page.locator('.session-meta').getByText('Siambr y Cyngor').waitFor();
      await person.check('event');

      // The form in Welsh.
      const form = page.getByRole('form', { name: 'Cofrestru' });
      await form.getByLabel('Enw llawn').fill('Siân Jones');
      await form.getByLabel('Cyfeiriad e-bost').fill(email);
      await form.getByLabel('Yn bresennol fel').selectOption({ label: 'Swyddog cyngor' });
      await person.check('register-form');
      await form.getByRole('button', { name: 'Cofrestru' }).click();
      await page.getByRole('status').filter({ hasText: 'Rydych wedi cofrestru' }).waitFor();
      await page.getByText(`Rydym wedi anfon cadarnhad at ${email}.`).waitFor();
      await person.check('registered');

      // The confirmation in Welsh first (a bilingual event's mail carries both), its invite in Welsh, read by ical.js.
      const mail = await readMail(await mailTo(stack, email, 'Rydych wedi cofrestru'));
      expect(mail.mail.subject).toBe(`Rydych wedi cofrestru: ${titleCy} / You're registered: ${title}`);
      const text = mail.parsed.text ?? '';
      expect(text).toContain('Helo Siân Jones,');
      expect(text.indexOf('Dydd Iau 11 Chwefror 2027')).toBeLessThan(text.indexOf('Thursday 11 February 2027'));
      const [invite] = mail.files;
      expect(invite.events[0].summary).toBe(titleCy);
      expect(invite.events[0].location).toBe('Neuadd y Ddinas, Cardiff');
      const vevent = new ICAL.Component(ICAL.parse(invite.raw)).getFirstSubcomponent('vevent')!;
      expect(vevent.getFirstProperty('summary')?.getParameter('language')).toBe('cy');

      // The liveblog's frame in Welsh; what is posted arrives live.
      await page.goto(`${stack.api.url}/sessions/${live.sessionId}/liveblog`);
      // Named in Welsh where the organisers gave it: the session and the event.
      await page.getByRole('heading', { level: 1, name: `Blog byw: ${sessionTitleCy}` }).waitFor();
      await page.locator('.caption').getByRole('link', { name: titleCy }).waitFor();
      await page.getByText('Byw', { exact: true }).waitFor();
      await page.getByText('Dydd Iau 11 Chwefror 2027, 10:00–11:00').waitFor();
      // The room in Welsh too, where the organisers gave it.
      await page.locator('.lb p.muted').getByText('Siambr y Cyngor').waitFor();
      await page.getByText("Does dim wedi'i bostio eto.", { exact: false }).waitFor();
      await postUpdate(stack.api, live.chairToken, live.sessionId, 'Croeso i bawb: welcome, everyone.');
      await page.locator('.lb-entries').getByText('Croeso i bawb: welcome, everyone.').waitFor();
      // Posted through the API in English (no language given, no Welsh page behind it): marked as English on this Welsh page.
      expect(await page.locator('.lb-entries .lb-body').filter({ hasText: 'Croeso i bawb' }).getAttribute('lang')).toBe('en');
      // Screen readers hear of it in Welsh too.
      expect(await page.getByRole('status').filter({ hasText: 'Cofnod newydd:' }).textContent()).toBe('Cofnod newydd: Croeso i bawb: welcome, everyone.');
      await page.getByRole('heading', { level: 3, name: /Diweddariad$/ }).waitFor();
      await person.check('liveblog');

      // Signing in here keeps Cymraeg, and saves it on the person.
      const saved = page.waitForResponse((response) => response.url().endsWith('/api/v1/me/language') && response.request().method() === 'PUT');
      await signInThroughPage(stack, person, email, '/', SIGN_IN_WORDS.cy);
      expect((await saved).status()).toBeLessThan(300);
      await page.getByText('Wedi mewngofnodi fel').waitFor();
      await page.getByRole('heading', { level: 2, name: 'Digwyddiadau i ddod' }).waitFor();
      await person.check('signed-in');
    } finally {
      await person.close();
    }

    // Another device, in English by default: the sign-in mail comes in the person's Welsh, and
    // once signed in, the site is in Welsh again.
    const elsewhere = await openPerson(stack, 'welsh-other-device', width);
    try {
      await signInThroughPage(stack, elsewhere, email, '/', { ...SIGN_IN_WORDS.en, subject: SIGN_IN_WORDS.cy.subject });
      await elsewhere.page.getByRole('heading', { level: 2, name: 'Digwyddiadau i ddod' }).waitFor();
      expect(await elsewhere.page.evaluate('document.documentElement.lang')).toBe('cy');
      await elsewhere.check('home-remembered');
      // The accessibility statement in Welsh too, from the footer.
      await elsewhere.page.getByRole('contentinfo').getByRole('link', { name: 'Hygyrchedd' }).click();
      await elsewhere.page.getByRole('heading', { level: 1, name: 'Datganiad hygyrchedd ar gyfer Convene' }).waitFor();
      await elsewhere.page.getByText(/Paratowyd y datganiad hwn ar 2 Rhagfyr 2026/).waitFor();
      await elsewhere.check('accessibility-statement');
    } finally {
      await elsewhere.close();
    }
  });
});
