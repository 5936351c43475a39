import { WIDTHS, journeyStack, openPerson } from './support/journey';

/**
 * Someone looks for how accessible the site is (issue 14.13): the footer of any page links to
 * the accessibility statement, which says what was tested, the known gaps and whom to tell.
 */
describe('Journey: finding the accessibility statement', () => {
  const stack = journeyStack();

  it.each(WIDTHS)('follows the footer link from the home page to the statement (%s)', async (width) => {
    const person = await openPerson(stack, 'accessibility-statement', width);
    try {
      const { page } = person;
      await page.goto(stack.api.url);
      await page.getByRole('heading', { level: 1, name: 'Convene' }).waitFor();
      await page.getByRole('contentinfo').getByRole('link', { name: 'Accessibility' }).click();
      await page.getByRole('heading', { level: 1, name: 'Accessibility statement for Convene' }).waitFor();
      for (const heading of ['How accessible this website is', 'Feedback and contact information', 'How we tested this website', 'Preparation of this accessibility statement']) {
        await page.getByRole('heading', { level: 2, name: heading }).waitFor();
      }
      await page.getByRole('heading', { level: 3, name: 'Compliance status' }).waitFor();
      await page.getByText('This website is partially compliant').waitFor();
      await page.getByText(/where they gave no Welsh, a Welsh reader sees the English, marked as English/).waitFor();
      // The address to report a problem to comes from the server's configuration (MAIL_FROM).
      const report = page.getByRole('link', { name: stack.api.config.mailFrom.replace(/^.*<|>$/g, '') });
      await report.waitFor();
      expect(await report.getAttribute('href')).toBe(`mailto:${stack.api.config.mailFrom.replace(/^.*<|>$/g, '')}`);
      await page.getByText(/This statement was prepared on \d{1,2} \w+ \d{4}/).waitFor();
      await person.check('statement');
    } finally {
      await person.close();
    }
  });
});
