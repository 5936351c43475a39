import { PersonalDataParts, isOneOfNames, withoutNames } from './personal-data-parts';

describe('personal data parts', () => {
  it('refuses a second part under the same name, or under a name the export already uses', () => {
    const parts = new PersonalDataParts();
    const part = { export: () => Promise.resolve({}), erase: () => Promise.resolve() };
    parts.register('qa', part);
    expect(() => parts.register('qa', part)).toThrow(/already registered/);
    expect(() => parts.register('sessions', part)).toThrow(/already/);
    expect(parts.list().map(([name]) => name)).toEqual(['qa']);
  });

  it('matches a copied name whatever its case and outer spaces, and never an empty one', () => {
    expect(isOneOfNames(' erin ERASED ', ['Erin Erased'])).toBe(true);
    expect(isOneOfNames('Erin', ['Erin Erased'])).toBe(false);
    expect(isOneOfNames('', [''])).toBe(false);
    expect(isOneOfNames(null, ['Erin Erased'])).toBe(false);
  });

  it('replaces names in free text as whole words, the longest first, and reads them literally', () => {
    expect(withoutNames('Cllr Erin Erased thanked Erin Erased.', ['Erin Erased', 'Cllr Erin Erased'])).toBe('Former participant thanked Former participant.');
    expect(withoutNames('Ann presented the Annual report', ['Ann'])).toBe('Former participant presented the Annual report');
    expect(withoutNames('J.B. Smith and JxB Smith', ['J.B. Smith'])).toBe('Former participant and JxB Smith');
    expect(withoutNames('Zoë spoke; Zoëy did not', ['Zoë'])).toBe('Former participant spoke; Zoëy did not');
  });
});
