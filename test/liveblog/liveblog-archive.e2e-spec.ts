import { testConfig } from '@convene/testing';
import request from 'supertest';
import { bearer } from '../identity/identity-fixtures';
import { RunningApi, startApi } from '../support/api';
import { liveblogPath, makeLiveblogSession, postUpdate } from './liveblog-fixtures';

describe('A liveblog after the session', () => {
  let api: RunningApi;

  beforeAll(async () => {
    api = await startApi(await testConfig());
  });

  afterAll(async () => {
    await api?.close();
  });

  it('serves each published entry at its permalink, and only under its own session', async () => {
    const live = await makeLiveblogSession(api);
    const entry = await postUpdate(api, live.chairToken, live.sessionId, 'Permanent');
    const read = await request(api.url).get(`${liveblogPath(live.sessionId)}/entries/${entry.id}`).expect(200);
    expect(read.body.body).toBe('Permanent');
    const other = await makeLiveblogSession(api);
    await request(api.url).get(`${liveblogPath(other.sessionId)}/entries/${entry.id}`).expect(404);
  });

  it('offers a well-formed Atom feed with hostile text escaped', async () => {
    const live = await makeLiveblogSession(api, {}, { title: 'Plenary: "Trust" & <Power>' });
    await postUpdate(api, live.chairToken, live.sessionId, 'Tom & Jerry <script>alert(1)</script> ]]>');
    await request(api.url)
      .post(liveblogPath(live.sessionId))
      .set(bearer(live.chairToken))
      .send({ kind: 'image', imageUrl: 'https://example.org/a.jpg?x=1&y="2"', imageAlt: 'A <b>bold</b> "alt"' })
      .expect(201);
    const feed = await request(api.url).get(`/api/v1/sessions/${live.sessionId}/liveblog.atom`).expect(200);
    expect(feed.headers['content-type']).toMatch(/^application\/atom\+xml/);
    const xml = feed.text;
    // No raw markup from people's text survives into the XML.
    expect(xml).not.toMatch(/<script|<b>|<img/);
    expect(xml).toContain('<title>Liveblog: Plenary: &quot;Trust&quot; &amp; &lt;Power&gt;</title>');
    expect(xml).toContain('Tom &amp;amp; Jerry &amp;lt;script&amp;gt;');
    expect(xml).toContain('alt=&quot;A &amp;lt;b&amp;gt;bold&amp;lt;/b&amp;gt; &amp;quot;alt&amp;quot;&quot;');
    expect(xml.match(/<entry>/g)).toHaveLength(2);
    expect(xml).toContain(`/sessions/${live.sessionId}/liveblog/entries/`);
    expectWellFormed(xml);
  });

  it('words the feed in the reader\'s language, and says which in xml:lang', async () => {
    const live = await makeLiveblogSession(api, {}, { title: 'Opening plenary' });
    await postUpdate(api, live.chairToken, live.sessionId, 'Croeso i bawb');
    const english = (await request(api.url).get(`/api/v1/sessions/${live.sessionId}/liveblog.atom`).expect(200)).text;
    expect(english).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en-GB">');
    expect(english).toContain('<title>Update: Croeso i bawb</title>');
    const welsh = (await request(api.url).get(`/api/v1/sessions/${live.sessionId}/liveblog.atom`).set('Accept-Language', 'cy').expect(200)).text;
    expect(welsh).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="cy">');
    expect(welsh).toContain('<title>Blog byw: Opening plenary</title>');
    expect(welsh).toContain('<title>Diweddariad: Croeso i bawb</title>');
    expect(welsh).toContain('<author><name>Rhwydwaith Arloesi Cynghorau Cydweithredol</name></author>');
  });

  it("lists the event's liveblogs with how many entries each has, with the Welsh titles and rooms where given", async () => {
    const live = await makeLiveblogSession(api, { titleCy: 'Fforwm y Gaeaf' }, { titleCy: 'Cyfarfod llawn', room: 'Main Hall', roomCy: 'Y Brif Neuadd' });
    await postUpdate(api, live.chairToken, live.sessionId, 'One');
    await postUpdate(api, live.chairToken, live.sessionId, 'Two');
    await request(api.url)
      .post(`/api/v1/events/${live.event.id}/sessions`)
      .set(bearer(live.event.organiserToken))
      .send({ title: 'Lunch', kind: 'break', startsAt: '2027-02-11T12:00:00Z', endsAt: '2027-02-11T13:00:00Z' })
      .expect(201);
    const list = await request(api.url).get(`/api/v1/events/${live.event.slug}/liveblogs`).expect(200);
    expect(list.body.items).toEqual([expect.objectContaining({ sessionId: live.sessionId, entries: 2, titleCy: 'Cyfarfod llawn', roomCy: 'Y Brif Neuadd' })]);
    expect(list.body.event).toMatchObject({ titleCy: 'Fforwm y Gaeaf' });
  });
});

/** A small XML well-formedness check: every tag closes in order, no stray & or <, one root. */
function expectWellFormed(xml: string): void {
  const body = xml.replace(/^<\?xml[^?]*\?>\s*/, '');
  const stack: string[] = [];
  const tag = /<(\/?)([A-Za-z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>|([^<]+)/gy;
  let match: RegExpExecArray | null;
  let roots = 0;
  let consumed = 0;
  while ((match = tag.exec(body))) {
    consumed = tag.lastIndex;
    const [, closing, name, attributes, selfClosing, text] = match;
    if (text !== undefined) {
      expect(text.replace(/&(amp|lt|gt|quot|apos);/g, '')).not.toMatch(/[&<>]/);
      continue;
    }
    expect((attributes ?? '').replace(/&(amp|lt|gt|quot|apos);/g, '')).not.toMatch(/&/);
    if (closing) expect(stack.pop()).toBe(name);
    else if (!selfClosing) {
      if (stack.length === 0) roots += 1;
      stack.push(name);
    }
  }
  expect(consumed).toBe(body.length);
  expect(stack).toEqual([]);
  expect(roots).toBe(1);
}
