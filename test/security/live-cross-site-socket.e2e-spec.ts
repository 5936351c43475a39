import { freePort } from '@convene/testing';
import { signIn } from '../identity/identity-fixtures';
import { makeLiveblogSession } from '../liveblog/liveblog-fixtures';
import { joinSession, liveSpec } from '../support/live';

// Review 2026-12-03: the /live handshake took the session cookie whatever page opened the socket.
// WebSockets have no CORS, and SameSite=Lax sends the cookie from a same-site page (another port,
// a sibling subdomain), so such a page could act live as the person: join the moderators' room
// of a session they chair (hidden questions, the console's changes), vote and ask in their name.
describe('Attack: a page on another origin opening a live socket with the person’s cookie', () => {
  const { api, connectAsBrowser } = liveSpec();

  it('does not let the chair’s cookie make a socket from another origin a moderator', async () => {
    const live = await makeLiveblogSession(api);
    const cookie = await signIn(api, live.chair.email!);
    const otherPort = `http://127.0.0.1:${await freePort()}`;

    const byOrigin = await connectAsBrowser({ cookie, origin: otherPort });
    expect(await joinSession(byOrigin, live.sessionId)).toMatchObject({ ok: true, moderator: false });
    const byFetchSite = await connectAsBrowser({ cookie, origin: otherPort, 'sec-fetch-site': 'same-site' });
    expect(await joinSession(byFetchSite, live.sessionId)).toMatchObject({ ok: true, moderator: false });
  });

  it('still knows the chair on a socket their own pages open', async () => {
    const live = await makeLiveblogSession(api);
    const cookie = await signIn(api, live.chair.email!);
    const fromPage = await connectAsBrowser({ cookie, origin: api.url, 'sec-fetch-site': 'same-origin' });
    expect(await joinSession(fromPage, live.sessionId)).toMatchObject({ ok: true, moderator: true });
    // A client that is not a browser (no Origin, no Sec-Fetch-Site) has no other site to fear.
    const script = await connectAsBrowser({ cookie });
    expect(await joinSession(script, live.sessionId)).toMatchObject({ ok: true, moderator: true });
  });
});
