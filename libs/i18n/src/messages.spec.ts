import fs from 'node:fs';
import path from 'node:path';
import { duplicateKeys, messageProblems, unusedKeys } from './catalogue-problems';
import { CATALOGUES } from './messages';
import { eventsMessages } from './messages/web/events.messages';
import { liveblogMessages } from './messages/web/liveblog.messages';
import { createTranslator } from './translate';
import type { Catalogue } from './messages/message';

const root = path.resolve(__dirname, '../../..');
const messagesDir = path.join(__dirname, 'messages');

/** The code that may use a key: apps and libs, not the catalogues themselves nor tests. */
function sourceFiles(dir: string, found: string[] = []): string[] {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules' && full !== messagesDir) sourceFiles(full, found);
    } else if (/\.tsx?$/.test(entry.name) && !/\.(e2e-)?spec\.ts$/.test(entry.name)) {
      found.push(full);
    }
  }
  return found;
}

describe('the message catalogues', () => {
  const catalogues: Record<string, Catalogue> = CATALOGUES;
  const sources = [...sourceFiles(path.join(root, 'apps')), ...sourceFiles(path.join(root, 'libs'))].map((file) => fs.readFileSync(file, 'utf8'));

  it('have every message in Welsh and English, with a description and the same placeholders', () => {
    expect(Object.values(catalogues).flatMap(messageProblems)).toEqual([]);
  });

  it('define each key once', () => {
    expect(duplicateKeys(catalogues)).toEqual([]);
  });

  it('hold no key the code does not use', () => {
    expect(unusedKeys(catalogues, sources)).toEqual([]);
  });

  it('count Welsh places with all six plural forms', () => {
    const t = createTranslator(eventsMessages);
    expect([0, 1, 2, 3, 6, 10].map((left) => t('cy', 'events.placesLeft', { left }))).toEqual([
      'Dim lleoedd ar ôl', '1 lle ar ôl', '2 le ar ôl', '3 lle ar ôl', '6 lle ar ôl', '10 lle ar ôl',
    ]);
  });

  it('mutate a Welsh noun after two, three and six (cofnod: 2 gofnod, 3 chofnod, 6 chofnod)', () => {
    const t = createTranslator(liveblogMessages);
    expect([1, 2, 3, 6, 7].map((count) => t('cy', 'liveblog.newEntries', { count }))).toEqual(['1 cofnod newydd', '2 gofnod newydd', '3 chofnod newydd', '6 chofnod newydd', '7 cofnod newydd']);
    expect([1, 2].map((count) => t('en', 'liveblog.newEntries', { count }))).toEqual(['1 new entry', '2 new entries']);
  });
});

describe('the checks themselves', () => {
  it('find a message missing in Welsh, one without a description, and one that does not parse', () => {
    const problems = messageProblems({
      'a.missing': { en: 'Hello', cy: '', description: 'x' },
      'a.undescribed': { en: 'Hello', cy: 'Helo', description: ' ' },
      'a.broken': { en: 'Hello {name', cy: 'Helo {name}', description: 'x' },
    });
    expect(problems).toEqual(['a.missing: missing in cy', 'a.undescribed: no description for translators', expect.stringMatching(/^a\.broken: does not parse in en/)]);
  });

  it('find placeholders and tags that differ across languages, and Welsh plurals lacking a form', () => {
    const problems = messageProblems({
      'b.placeholder': { en: 'Hello {name}', cy: 'Helo {enw}', description: 'x' },
      'b.tag': { en: 'Hello <b>{name}</b>', cy: 'Helo {name}', description: 'x' },
      'b.plural': { en: '{n, plural, one {# place} other {# places}}', cy: '{n, plural, one {# lle} other {# lle}}', description: 'x' },
    });
    expect(problems).toEqual([
      'b.placeholder: placeholders differ (en: name; cy: enw)',
      'b.tag: tags differ (en: b; cy: )',
      'b.plural: the Welsh plural of {n} lacks zero, two, few, many',
    ]);
  });

  it('find a key defined twice and a key the code never names', () => {
    const message = { en: 'x', cy: 'x', description: 'x' };
    expect(duplicateKeys({ one: { 'c.key': message }, two: { 'c.key': message } })).toEqual(['c.key: defined in one and two']);
    expect(unusedKeys({ one: { 'c.used': message, 'c.unused': message } }, ["t('en', 'c.used')"])).toEqual(['c.unused: not used']);
  });
});
