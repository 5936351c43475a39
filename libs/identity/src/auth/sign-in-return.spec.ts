import { returnPath } from './sign-in-return';

describe('where a sign-in leads back to', () => {
  it('keeps a path of this site, with its query', () => {
    expect(returnPath('/events/annual-forum')).toBe('/events/annual-forum');
    expect(returnPath('/sessions/1/qa?join=1')).toBe('/sessions/1/qa?join=1');
  });

  it.each(['//evil.example/', '/\\evil.example', 'https://evil.example/', 'javascript:alert(1)', '/a b', '/sign-in?token=x', '/sign-in-with-code', '', undefined])(
    'refuses %p',
    (next) => {
      expect(returnPath(next)).toBeUndefined();
    },
  );
});
