import { parse } from '@formatjs/icu-messageformat-parser';
import { IntlMessageFormat } from 'intl-messageformat';
import { pseudoMessage, pseudoText } from './pseudo-locale';

describe('the pseudo-locale', () => {
  it('accents every ASCII letter and leaves the rest as it is', () => {
    const text = pseudoText('Register: 3 places, 10:00 (UK time)');
    expect(text).toBe('Ŕéĝîšţéŕ: 3 þļáçéš, 10:00 (ÛĶ ţîṁé)');
    expect(text).not.toMatch(/[A-Za-z]/);
  });

  it('brackets a message and keeps its placeholders, plurals and tags working', () => {
    const format = (message: string, values: Record<string, unknown>) =>
      new IntlMessageFormat(pseudoMessage(parse(message)), 'en-GB').format<string>(values as never) as string | string[];
    expect(format('Minutes: {title}', { title: 'Cardiff Forum' })).toBe('[Ṁîñûţéš: Cardiff Forum]');
    expect(format('{count, plural, one {# place left} other {# places left}}', { count: 2 })).toBe('[2 þļáçéš ļéƒţ]');
    expect(format('<b>{name}</b> asked', { name: 'Ann', b: (parts: string[]) => `*${parts.join('')}*` })).toBe('[*Ann* ášķéð]');
  });
});
