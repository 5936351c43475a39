import { renderSignInPage } from './sign-in-page';

describe('the sign-in page', () => {
  it('puts the token in a form that posts to the verify endpoint, escaped', () => {
    const html = renderSignInPage({ token: 'abc"><script>alert(1)</script>', email: 'jo@example.org' });
    expect(html).toContain('action="/api/v1/auth/verify"');
    expect(html).toContain('value="abc&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
    expect(html).not.toContain('<script>alert(1)');
    expect(html).toContain('Sign in as jo@example.org');
  });

  it('escapes the email shown on the page', () => {
    const html = renderSignInPage({ token: 't', email: '<img src=x onerror=alert(1)>@example.org' });
    expect(html).not.toContain('<img');
  });

  it('carries where the person asked from in the form, escaped, and offers a new code leading back there', () => {
    const html = renderSignInPage({ token: 't', next: '/events/a"b' });
    expect(html).toContain('<input type="hidden" name="next" value="/events/a&quot;b">');
    const refused = renderSignInPage({ next: '/events/forum', refused: 'sign_in_used' });
    expect(refused).toContain('<a href="/sign-in-with-code?next=%2Fevents%2Fforum">Get a new sign-in code</a>');
  });

  it('asks for the email and code when there is no token, and says why a sign-in was refused by its code', () => {
    const html = renderSignInPage({ refused: 'sign_in_expired' });
    expect(html).toContain('name="code"');
    expect(html).toContain('<p class="error" role="alert">This sign-in code or link has expired. Ask for a new one.</p>');
    // A code the page does not know is still said plainly, never echoed.
    expect(renderSignInPage({ refused: '<b>new_code</b>' })).toContain('You could not be signed in.');
  });
});

describe('the sign-in page in Welsh', () => {
  it('speaks Welsh and says so in its lang', () => {
    const html = renderSignInPage({ token: 't', email: 'jo@example.org' }, 'cy');
    expect(html).toContain('<html lang="cy">');
    expect(html).toContain('<h1>Mewngofnodi i Convene</h1>');
    expect(html).toContain('Mewngofnodi fel jo@example.org');
  });

  it('says why a sign-in was refused in Welsh', () => {
    expect(renderSignInPage({ refused: 'sign_in_used' }, 'cy')).toContain("Mae'r cod neu'r ddolen fewngofnodi hon wedi'i defnyddio eisoes.");
  });

  it('labels the code form in Welsh', () => {
    const html = renderSignInPage({}, 'cy');
    expect(html).toContain('Cyfeiriad e-bost');
    expect(html).toContain("Cod o'r e-bost");
  });
});
