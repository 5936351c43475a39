import { NetworkRole } from '@convene/identity';
import { testConfig } from '@convene/testing';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { bearer, makePerson, tokenFor } from '../identity/identity-fixtures';
import { RunningApi, startApi } from '../support/api';
import { LiveblogSession, liveblogPath, makeLiveblogSession, postUpdate } from './liveblog-fixtures';

describe('Writing a liveblog', () => {
  let api: RunningApi;
  let live: LiveblogSession;

  beforeAll(async () => {
    api = await startApi(await testConfig());
    live = await makeLiveblogSession(api);
  });

  afterAll(async () => {
    await api?.close();
  });

  const post = (token: string, body: Record<string, unknown>, sessionId = live.sessionId) =>
    request(api.url).post(liveblogPath(sessionId)).set(bearer(token)).send(body);

  // Hostile input through the real route: what readers get back, or the 4xx that refuses it.
  const markdownCases: Array<[string, string, string]> = [
    ['a script tag', 'Hello <script>alert(1)</script>', '<p>Hello &lt;script&gt;alert(1)&lt;/script&gt;</p>'],
    ['a javascript: link', '[click](javascript:alert(1))', '<p>[click](javascript:alert(1))</p>'],
    ['a mixed-case javascript: link', '[click](JaVaScRiPt:alert(1))', '<p>[click](JaVaScRiPt:alert(1))</p>'],
    ['a data: link', '[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)', '<p>[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)</p>'],
    ['an img tag with onerror', '<img src=x onerror=alert(1)>', '<p>&lt;img src=x onerror=alert(1)&gt;</p>'],
    ['an HTML link in Markdown', '<a href="javascript:alert(1)">x</a>', '<p>&lt;a href=&quot;javascript:alert(1)&quot;&gt;x&lt;/a&gt;</p>'],
    ['a Markdown image (images are their own entries)', '![x](https://example.org/x.png)', '<p>!<a href="https://example.org/x.png" rel="noopener nofollow">x</a></p>'],
    ['an attribute break-out', '[x](https://example.org" onclick="alert(1))', '<p>[x](<a href="https://example.org" rel="noopener nofollow">https://example.org</a>&quot; onclick=&quot;alert(1))</p>'],
    ['a safe link', 'See [the report](https://example.org/report?a=1&b=2)', '<p>See <a href="https://example.org/report?a=1&amp;b=2" rel="noopener nofollow">the report</a></p>'],
    ['a mailto link', '[write](mailto:network@example.org)', '<p><a href="mailto:network@example.org" rel="noopener nofollow">write</a></p>'],
    ['emphasis and a list', '**Housing** first:\n\n- one\n- two', '<p><strong>Housing</strong> first:</p>\n<ul>\n<li>one</li>\n<li>two</li>\n</ul>'],
  ];

  it.each(markdownCases)('neutralises %s', async (_name, body, html) => {
    const response = await post(live.chairToken, { kind: 'update', body }).expect(201);
    expect(response.body.html).toBe(html);
    const read = await request(api.url).get(liveblogPath(live.sessionId)).expect(200);
    expect(read.body.entries.find((entry: { id: string }) => entry.id === response.body.id).html).toBe(html);
  });

  const refusals: Array<[string, Record<string, unknown>, number, RegExp]> = [
    ['an image without alt text', { kind: 'image', imageUrl: 'https://example.org/panel.jpg' }, 400, /Describe the image/],
    ['an image with blank alt text', { kind: 'image', imageUrl: 'https://example.org/panel.jpg', imageAlt: '   ' }, 400, /Describe the image/],
    ['a javascript: image', { kind: 'image', imageUrl: 'javascript:alert(1)', imageAlt: 'x' }, 400, /http or https/],
    ['a data: image', { kind: 'image', imageUrl: 'data:image/png;base64,iVBORw0KGgo=', imageAlt: 'x' }, 400, /http or https/],
    ['a 100 kB entry', { kind: 'update', body: 'a'.repeat(100_000) }, 400, /at most 10000 characters/],
    ['an empty update', { kind: 'update', body: '  ' }, 400, /body is empty/],
    ['a quote with nobody quoted', { kind: 'quote', body: 'We must act' }, 400, /Say who is quoted/],
    ['a quote of someone not speaking here', { kind: 'quote', body: 'We must act', quotePersonId: randomUUID() }, 400, /not a confirmed speaker/],
    ['an update with an image', { kind: 'update', body: 'x', imageUrl: 'https://example.org/x.png', imageAlt: 'x' }, 400, /Only image entries/],
    ['an unknown kind', { kind: 'poll', body: 'x' }, 400, /invalid fields/],
    ['an unknown field', { kind: 'update', body: 'x', authorId: randomUUID() }, 400, /invalid fields/],
  ];

  it.each(refusals)('refuses %s with a clear 4xx and saves nothing', async (_name, body, status, message) => {
    const before = await count();
    const response = await post(live.chairToken, body).expect(status);
    expect(`${response.body.message} ${JSON.stringify(response.body.details ?? {})}`).toMatch(message);
    expect(await count()).toBe(before);
  });

  it('refuses a body over the 256 kB request limit with 413', async () => {
    const before = await count();
    const response = await post(live.chairToken, { kind: 'update', body: 'a'.repeat(300_000) }).expect(413);
    expect(response.body.statusCode).toBe(413);
    expect(await count()).toBe(before);
  });

  it('attributes a quote to a confirmed speaker, or to a typed name and organisation', async () => {
    const speaker = await post(live.chairToken, { kind: 'quote', body: 'Co-operation is how we *deliver*.', quotePersonId: live.speaker.id }).expect(201);
    expect(speaker.body.quote).toEqual({ personId: live.speaker.id, name: 'Cllr Lib Peck', organisation: expect.stringContaining('Oldham Council') });
    expect(speaker.body.html).toBe('<p>Co-operation is how we <em>deliver</em>.</p>');
    const typed = await post(live.chairToken, { kind: 'quote', body: 'Thank you', quoteName: 'A resident', quoteOrganisation: 'Lambeth <Citizens>' }).expect(201);
    expect(typed.body.quote).toEqual({ personId: null, name: 'A resident', organisation: 'Lambeth <Citizens>' });
  });

  it('posts an image with its alt text and a key moment that leads the summary', async () => {
    const image = await post(live.chairToken, { kind: 'image', imageUrl: 'https://example.org/panel.jpg', imageAlt: 'The panel on stage', body: 'The panel' }).expect(201);
    expect(image.body.image).toEqual({ url: 'https://example.org/panel.jpg', alt: 'The panel on stage' });
    const moment = await post(live.chairToken, { kind: 'key_moment', body: 'The motion is carried' }).expect(201);
    const read = await request(api.url).get(liveblogPath(live.sessionId)).expect(200);
    expect(read.body.keyMoments.map((entry: { id: string }) => entry.id)).toContain(moment.body.id);
    expect(read.body.entries[0].id).toBe(moment.body.id);
    expect(read.body.session.title).toMatch(/Opening plenary/);
    expect(read.body.chair.map((person: { name: string }) => person.name)).toEqual(['Cllr Sean Fielding']);
    expect(read.body.speakers.map((person: { name: string }) => person.name)).toEqual(['Cllr Lib Peck']);
  });

  it('makes one entry from a retried POST with the same Idempotency-Key, even when the retries race', async () => {
    const key = randomUUID();
    const send = () => post(live.chairToken, { kind: 'update', body: 'Retried update' }).set('Idempotency-Key', key);
    const first = await send().expect(201);
    const responses = await Promise.all([send(), send(), send()]);
    expect(responses.map((response) => response.status)).toEqual([200, 200, 200]);
    expect(new Set(responses.map((response) => response.body.id))).toEqual(new Set([first.body.id]));
    const rows: unknown[] = await api.app.get(DataSource).query(`SELECT id FROM liveblog_entries WHERE client_id = $1`, [key]);
    expect(rows).toHaveLength(1);

    const viaField = randomUUID();
    const [a, b] = await Promise.all([
      post(live.chairToken, { kind: 'update', body: 'Racing', clientId: viaField }),
      post(live.chairToken, { kind: 'update', body: 'Racing', clientId: viaField }),
    ]);
    expect(a.body.id).toBe(b.body.id);
    expect([a.status, b.status].sort()).toEqual([200, 201]);
  });

  it('refuses posting by a signed-in non-editor (403) and by nobody (401), and lets a named editor post', async () => {
    const stranger = await makePerson(api, { name: 'Not An Editor' });
    const strangerToken = await tokenFor(api, stranger);
    const before = await count();
    await post(strangerToken, { kind: 'update', body: 'Let me in' }).expect(403);
    await request(api.url).post(liveblogPath(live.sessionId)).send({ kind: 'update', body: 'Anonymous' }).expect(401);
    expect(await count()).toBe(before);

    // Only the event's organisers name editors.
    await request(api.url).put(`${liveblogPath(live.sessionId)}/editors/${stranger.id}`).set(bearer(live.chairToken)).expect(403);
    await request(api.url).put(`${liveblogPath(live.sessionId)}/editors/${stranger.id}`).set(bearer(live.event.organiserToken)).expect(204);
    const editors = await request(api.url).get(`${liveblogPath(live.sessionId)}/editors`).set(bearer(live.event.organiserToken)).expect(200);
    expect(editors.body.items).toEqual([{ personId: stranger.id, name: 'Not An Editor', organisation: null }]);
    await post(strangerToken, { kind: 'update', body: 'Now I may' }).expect(201);
    await request(api.url).delete(`${liveblogPath(live.sessionId)}/editors/${stranger.id}`).set(bearer(live.event.organiserToken)).expect(204);
    const again = await request(api.url).delete(`${liveblogPath(live.sessionId)}/editors/${stranger.id}`).set(bearer(live.event.organiserToken)).expect(404);
    expect(again.body.message).toBe('That person is not a liveblog editor of this session');
    await post(strangerToken, { kind: 'update', body: 'Not any more' }).expect(403);
  });

  it("lets an organiser of the session's own event post, not an organiser of another event; an unknown session is 404 whoever asks", async () => {
    const ours = await makePerson(api, { name: 'Event Organiser' });
    const theirs = await makePerson(api, { name: 'Other Event Organiser' });
    const other = await makeLiveblogSession(api);
    // Organisers of one event only (not of the network): the grant comes from the session's event.
    await api.app.get(DataSource).query('INSERT INTO event_organisers (event_id, person_id) VALUES ($1, $2), ($3, $4)', [live.event.id, ours.id, other.event.id, theirs.id]);
    const before = await count();
    await post(await tokenFor(api, theirs), { kind: 'update', body: 'Not my event' }).expect(403);
    expect(await count()).toBe(before);
    await post(await tokenFor(api, ours), { kind: 'update', body: 'My event' }).expect(201);
    await post(live.chairToken, { kind: 'update', body: 'Nowhere' }, randomUUID()).expect(404);
    await post(await tokenFor(api, theirs), { kind: 'update', body: 'Nowhere' }, randomUUID()).expect(404);
  });

  it("refuses editing, deleting or pinning another session's entry through this session", async () => {
    const other = await makeLiveblogSession(api);
    const theirs = await postUpdate(api, other.chairToken, other.sessionId, 'Their entry');
    // Our chair, on our session's route, naming their entry:
    const path = `${liveblogPath(live.sessionId)}/${theirs.id}`;
    await request(api.url).patch(path).set(bearer(live.chairToken)).send({ body: 'Hijacked' }).expect(404);
    await request(api.url).delete(path).set(bearer(live.chairToken)).expect(404);
    await request(api.url).put(`${path}/pin`).set(bearer(live.chairToken)).expect(404);
    // Our chair on their session's route: not their editor.
    await request(api.url).patch(`${liveblogPath(other.sessionId)}/${theirs.id}`).set(bearer(live.chairToken)).send({ body: 'Hijacked' }).expect(403);
    const read = await request(api.url).get(liveblogPath(other.sessionId)).expect(200);
    expect(read.body.entries.map((entry: { body: string }) => entry.body)).toEqual(['Their entry']);
  });

  it('edits (marked edited), deletes (gone for readers, kept as deleted) and pins one entry at a time', async () => {
    const session = await makeLiveblogSession(api);
    const first = await postUpdate(api, session.chairToken, session.sessionId, 'First');
    const second = await postUpdate(api, session.chairToken, session.sessionId, 'Second');
    const edited = await request(api.url).patch(`${liveblogPath(session.sessionId)}/${first.id}`).set(bearer(session.chairToken)).send({ body: 'First, *corrected*' }).expect(200);
    expect(edited.body.html).toBe('<p>First, <em>corrected</em></p>');
    expect(edited.body.editedAt).toEqual(expect.any(String));

    await request(api.url).put(`${liveblogPath(session.sessionId)}/${first.id}/pin`).set(bearer(session.chairToken)).expect(200);
    await request(api.url).put(`${liveblogPath(session.sessionId)}/${second.id}/pin`).set(bearer(session.chairToken)).expect(200);
    let read = await request(api.url).get(liveblogPath(session.sessionId)).expect(200);
    expect(read.body.pinned.id).toBe(second.id);
    expect(read.body.entries.filter((entry: { pinned: boolean }) => entry.pinned).map((entry: { id: string }) => entry.id)).toEqual([second.id]);

    await request(api.url).delete(`${liveblogPath(session.sessionId)}/${second.id}`).set(bearer(session.chairToken)).expect(204);
    read = await request(api.url).get(liveblogPath(session.sessionId)).expect(200);
    expect(read.body.entries.map((entry: { id: string }) => entry.id)).toEqual([first.id]);
    expect(read.body.pinned).toBeNull();
    await request(api.url).get(`${liveblogPath(session.sessionId)}/entries/${second.id}`).expect(404);
    await request(api.url).patch(`${liveblogPath(session.sessionId)}/${second.id}`).set(bearer(session.chairToken)).send({ body: 'Back' }).expect(404);
    const [row] = await api.app.get(DataSource).query(`SELECT deleted_at FROM liveblog_entries WHERE id = $1`, [second.id]);
    expect(row.deleted_at).toBeInstanceOf(Date);
  });

  it("keeps the language an entry is written in: as chosen, else the writer's; changes it on an edit; refuses any other with 400 and changes nothing", async () => {
    const session = await makeLiveblogSession(api);
    const welsh = await post(session.chairToken, { kind: 'update', body: 'Croeso i bawb.', language: 'cy' }, session.sessionId).expect(201);
    expect(welsh.body.language).toBe('cy');
    // Left out: the writer's page language (the header's switch, then their saved one, then Accept-Language), else English.
    const fromCookie = await post(session.chairToken, { kind: 'update', body: 'Diolch.' }, session.sessionId).set('Cookie', 'convene_lang=cy').expect(201);
    expect(fromCookie.body.language).toBe('cy');
    const english = await post(session.chairToken, { kind: 'update', body: 'Welcome, everyone.' }, session.sessionId).expect(201);
    expect(english.body.language).toBe('en');

    const read = await request(api.url).get(liveblogPath(session.sessionId)).expect(200);
    expect(Object.fromEntries(read.body.entries.map((entry: { id: string; language: string }) => [entry.id, entry.language]))).toEqual({
      [welsh.body.id]: 'cy',
      [fromCookie.body.id]: 'cy',
      [english.body.id]: 'en',
    });
    const one = await request(api.url).get(`${liveblogPath(session.sessionId)}/entries/${welsh.body.id}`).expect(200);
    expect(one.body.language).toBe('cy');

    const changed = await request(api.url).patch(`${liveblogPath(session.sessionId)}/${english.body.id}`).set(bearer(session.chairToken)).send({ language: 'cy' }).expect(200);
    expect(changed.body).toMatchObject({ language: 'cy', body: 'Welcome, everyone.' });

    for (const language of ['fr', 'EN', '', null]) {
      const refused = await post(session.chairToken, { kind: 'update', body: `Refused in ${String(language)}`, language }, session.sessionId).expect(400);
      expect(refused.body.code).toBe('invalid_fields');
      await request(api.url).patch(`${liveblogPath(session.sessionId)}/${welsh.body.id}`).set(bearer(session.chairToken)).send({ body: 'Changed?', language }).expect(400);
    }
    const after = await request(api.url).get(liveblogPath(session.sessionId)).expect(200);
    expect(after.body.entries).toHaveLength(3);
    expect(after.body.entries.find((entry: { id: string }) => entry.id === welsh.body.id)).toMatchObject({ body: 'Croeso i bawb.', language: 'cy', editedAt: null });
  });

  it('keeps drafts from readers until they are published with one click', async () => {
    const session = await makeLiveblogSession(api);
    const draft = await post(session.chairToken, { kind: 'key_moment', body: 'Vote result: to follow', draft: true }, session.sessionId).expect(201);
    expect(draft.body.status).toBe('draft');
    let read = await request(api.url).get(liveblogPath(session.sessionId)).expect(200);
    expect(read.body.entries).toEqual([]);
    await request(api.url).get(`${liveblogPath(session.sessionId)}/entries/${draft.body.id}`).expect(404);
    const drafts = await request(api.url).get(`${liveblogPath(session.sessionId)}/drafts`).set(bearer(session.chairToken)).expect(200);
    expect(drafts.body.items.map((entry: { id: string }) => entry.id)).toEqual([draft.body.id]);
    await request(api.url).put(`${liveblogPath(session.sessionId)}/${draft.body.id}/pin`).set(bearer(session.chairToken)).expect(409);

    await request(api.url).post(`${liveblogPath(session.sessionId)}/${draft.body.id}/publish`).set(bearer(session.chairToken)).expect(200);
    read = await request(api.url).get(liveblogPath(session.sessionId)).expect(200);
    expect(read.body.entries.map((entry: { id: string }) => entry.id)).toEqual([draft.body.id]);
    expect(read.body.keyMoments.map((entry: { id: string }) => entry.id)).toEqual([draft.body.id]);
    await request(api.url).post(`${liveblogPath(session.sessionId)}/${draft.body.id}/publish`).set(bearer(session.chairToken)).expect(409);
  });

  it('has no liveblog for a session without the flag', async () => {
    const session = await makeLiveblogSession(api, {}, { liveblog: false, title: 'Lunch', kind: 'break' });
    await request(api.url).get(liveblogPath(session.sessionId)).expect(404);
    await post(session.chairToken, { kind: 'update', body: 'x' }, session.sessionId).expect(404);
  });

  it('shows a members-only liveblog to members only', async () => {
    const session = await makeLiveblogSession(api, { visibility: 'members' });
    await postUpdate(api, session.chairToken, session.sessionId, 'For members');
    await request(api.url).get(liveblogPath(session.sessionId)).expect(401);
    await request(api.url).get(`/api/v1/sessions/${session.sessionId}/liveblog.atom`).expect(401);
    const outsider = await makePerson(api, { name: 'Not a member' });
    await request(api.url).get(liveblogPath(session.sessionId)).set(bearer(await tokenFor(api, outsider))).expect(403);
    const admin = await makePerson(api, { roles: [NetworkRole.Admin] });
    const read = await request(api.url).get(liveblogPath(session.sessionId)).set(bearer(await tokenFor(api, admin))).expect(200);
    expect(read.body.entries.map((entry: { body: string }) => entry.body)).toEqual(['For members']);
  });

  async function count(): Promise<number> {
    const [row] = await api.app.get(DataSource).query(`SELECT COUNT(*)::int AS n FROM liveblog_entries`);
    return row.n;
  }
});
