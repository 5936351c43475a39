import request from 'supertest';
import { bearer, unique } from '../identity/identity-fixtures';
import { makeQaSession } from '../qa/qa-fixtures';
import { signInBrowser } from '../support/browser';
import { WIDTHS, journeyStack, linkIn, mailTo, openPerson } from './support/journey';

const QUESTION = "Sut bydd y gronfa ôl-osod yn cyrraedd tenantiaid mewn cartrefi rhent preifat?";

// A Welsh-speaking delegate at a live session (issue 18.4), through the interface: opens their
// private registration page from the Welsh confirmation mail, asks a question in Welsh from the
// Q&A page (the form starts in the page's language), and the chair's console and the projector,
// in English, show the question marked lang="cy" so screen readers pronounce it as Welsh.
describe('Journey: a delegate in Welsh at a live session', () => {
  jest.setTimeout(240_000);
  const stack = journeyStack();

  it.each(WIDTHS)('opens the registration page, asks in Welsh, and the console and projector mark the question as Welsh (%s)', async (width) => {
    const qa = await makeQaSession(stack.api, {}, { moderation: 'post' });
    // The session has a Welsh title: the Welsh page shows it, the English projector the English one.
    await request(stack.api.url).patch(`/api/v1/sessions/${qa.sessionId}`).set(bearer(qa.organiserToken)).send({ titleCy: 'Cyfarfod llawn agoriadol' }).expect(200);
    const email = `${unique(`nia-${width}`)}@example.org`;
    await request(stack.api.url).post(`/api/v1/events/${qa.eventId}/registrations`).send({ name: 'Nia Hughes', email, organisationName: 'Cyngor Caerdydd', language: 'cy' }).expect(201);
    const mail = await mailTo(stack, email, 'Rydych wedi cofrestru');
    const mailed = new URL(linkIn(mail, stack.config.publicUrl, /^\/registrations\/[^?]+\?token=/));
    const privateLink = `${stack.api.url}${mailed.pathname}${mailed.search}`;

    // A browser in Welsh: the site follows it.
    const delegate = await openPerson(stack, 'welsh-delegate', width, { locale: 'cy' });
    const chair = await openPerson(stack, `welsh-delegate-chair-with-${width}`, 'desktop');
    try {
      await delegate.page.goto(privateLink);
      await delegate.page.getByRole('heading', { level: 1, name: 'Eich cofrestriad' }).waitFor();
      expect(await delegate.page.evaluate('document.documentElement.lang')).toBe('cy');
      await delegate.page.getByText("Mae eich lle wedi'i gadarnhau").waitFor();
      await delegate.page.getByRole('heading', { level: 2, name: 'Calendr' }).waitFor();
      await delegate.page.getByRole('button', { name: 'Canslo fy nghofrestriad' }).waitFor();
      await delegate.check('registration');
      await delegate.page.getByRole('button', { name: 'Anfon ymddiheuriadau yn lle hynny' }).click();
      await delegate.page.getByRole('heading', { level: 3, name: 'Anfon ymddiheuriadau a rhoi eich lle yn ôl?' }).waitFor();
      await delegate.check('apologies-asked');
      await delegate.page.getByRole('button', { name: 'Na, cadw fy lle' }).click();

      // The Q&A page in Welsh; the question is written in Welsh, the form's starting language.
      await delegate.page.goto(`${stack.api.url}/sessions/${qa.sessionId}/qa`);
      await delegate.page.getByRole('heading', { level: 1, name: 'Cwestiynau: Cyfarfod llawn agoriadol' }).waitFor();
      const form = delegate.page.locator('form.qa-ask');
      await form.getByRole('heading', { name: 'Gofyn cwestiwn' }).waitFor();
      expect(await form.getByLabel('Iaith y cwestiwn').inputValue()).toBe('cy');
      await form.getByLabel('Eich cwestiwn', { exact: true }).fill(QUESTION);
      await form.getByLabel('Eich enw', { exact: true }).fill('Nia Hughes');
      await form.getByLabel('Sefydliad (dewisol)').fill('Cyngor Caerdydd');
      await delegate.check('ask-form');
      await form.getByRole('button', { name: 'Anfon y cwestiwn' }).click();
      await delegate.page.getByRole('status').filter({ hasText: "Wedi'i anfon." }).waitFor();
      const asked = delegate.page.locator('.qa-body', { hasText: QUESTION });
      await asked.first().waitFor();
      // On a Welsh page, Welsh text needs no lang of its own.
      expect(await asked.first().getAttribute('lang')).toBeNull();
      await delegate.page.getByRole('button', { name: new RegExp(`^Pleidleisio dros: ${QUESTION.replace(/[?]/g, '\\?')} \\(\\s*0 pleidlais\\)$`) }).waitFor();
      await delegate.check('asked');

      // The chair's console and the projector, in English, mark it as Welsh.
      await signInBrowser(chair.context, stack.api, qa.chairEmail);
      await chair.page.goto(`${stack.api.url}/sessions/${qa.sessionId}/qa/console`);
      await chair.page.getByRole('heading', { level: 1, name: 'Q&A console' }).waitFor();
      const inConsole = chair.page.getByRole('region', { name: /^Shown/ }).locator('.qa-body', { hasText: QUESTION });
      await inConsole.waitFor();
      expect(await inConsole.getAttribute('lang')).toBe('cy');
      await chair.check('console');
      await chair.page.getByRole('region', { name: /^Shown/ }).getByRole('article').filter({ hasText: QUESTION }).getByRole('button', { name: 'Now answering' }).click();

      await chair.page.goto(`${stack.api.url}/sessions/${qa.sessionId}/qa/projector`);
      const onProjector = chair.page.locator('.projector-question', { hasText: QUESTION });
      await onProjector.waitFor();
      expect(await onProjector.getAttribute('lang')).toBe('cy');
      expect(await chair.page.locator('h1.projector-title').textContent()).not.toBe('Cyfarfod llawn agoriadol');
      await chair.check('projector');

      // The delegate's page hears it is being answered.
      await delegate.page.getByRole('heading', { level: 2, name: 'Yn ateb nawr' }).waitFor({ timeout: 15_000 });
      await delegate.check('now-answering');
    } finally {
      await delegate.close();
      await chair.close();
    }
  });
});
