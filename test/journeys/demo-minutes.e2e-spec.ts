import { seedDemoData } from '../../apps/cli/src/seed/seed';
import { WIDTHS, journeyStack, openPerson } from './support/journey';
import { signInThroughPage } from './support/sign-in';

/** The demo's published minutes (the Lambeth Citizens' Commission, 11 October 2010), seeded through the minutes services, as an organiser reads them. */
describe("Journey: the demo's minutes", () => {
  jest.setTimeout(240_000);
  const stack = journeyStack();

  beforeAll(async () => {
    if (!(await seedDemoData(stack.api.app)).seeded) throw new Error('A fresh test database should take the demo data');
  });

  it.each(WIDTHS)('an organiser reads the published minutes (%s)', async (width) => {
    const [{ id }] = await stack.dataSource.query(`SELECT id FROM minutes WHERE content->>'title' = $1`, ["Co-operative Council Citizens' Commission"]);
    const person = await openPerson(stack, 'demo-minutes', width);
    try {
      const { page } = person;
      await signInThroughPage(stack, person, 'admin@example.org', `/minutes/${id}`);
      await page.getByRole('heading', { name: "Co-operative Council Citizens' Commission", level: 1 }).waitFor();
      for (const text of ['Monday 11 October 2010', 'Commissioners', 'Delegates', 'Officers', 'Round-table discussion', 'Circulated by email on 20 October']) {
        expect(await page.getByText(text).count()).toBeGreaterThan(0);
      }
      await person.check('minutes');
    } finally {
      await person.close();
    }
  });
});
