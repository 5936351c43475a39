import { nestsDeeperThan } from './json-depth';

describe('counting JSON nesting before parsing', () => {
  const nested = (levels: number) => Buffer.from('['.repeat(levels) + ']'.repeat(levels));

  it('passes a body at the limit and refuses one level more', () => {
    expect(nestsDeeperThan(nested(32), 32)).toBe(false);
    expect(nestsDeeperThan(nested(33), 32)).toBe(true);
  });

  it('counts objects and arrays alike, and only the deepest path', () => {
    expect(nestsDeeperThan(Buffer.from('{"a":[{"b":[1]}],"c":[[[]]]}'), 4)).toBe(false);
    expect(nestsDeeperThan(Buffer.from('{"a":[{"b":[1]}],"c":[[[]]]}'), 3)).toBe(true);
  });

  it('ignores brackets inside strings, escaped quotes included', () => {
    expect(nestsDeeperThan(Buffer.from(JSON.stringify({ text: '[[[[{{{{ \\" [[[[' })), 1)).toBe(false);
  });
});
