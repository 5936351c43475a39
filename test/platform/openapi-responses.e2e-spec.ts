import { testConfig } from '@convene/testing';
import request from 'supertest';
import { bearer, makePerson, tokenFor } from '../identity/identity-fixtures';
import { attend, makeMeeting, Meeting } from '../minutes/minutes-fixtures';
import { RunningApi, startApi } from '../support/api';
import { ApiDocument, openApiDocument, schemaProblems } from '../support/openapi';
import { eventually } from '../support/eventually';

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

/**
 * Real answers of the live routes (Q&A, floor, liveblog, minutes, actions) checked against the
 * OpenAPI document: the status is documented, and the body has exactly the documented fields.
 */
describe('The live routes answer what the OpenAPI document says', () => {
  let api: RunningApi;
  let document: ApiDocument;
  let meeting: Meeting;
  let sessionId: string;
  let problems: string[];

  /** Calls the route, checks its answer against the document, and returns it. */
  async function call(method: Method, template: string, params: Record<string, string>, options: { token?: string; headers?: Record<string, string>; body?: object; expected?: number } = {}) {
    const path = template.replace(/\{(\w+)\}/g, (_, name: string) => params[name]);
    let pending = request(api.url)[method](`/api/v1${path}`);
    if (options.token) pending = pending.set(bearer(options.token));
    if (options.headers) pending = pending.set(options.headers);
    const response = await (options.body ? pending.send(options.body) : pending);
    const name = `${method.toUpperCase()} ${template} ${response.status}`;
    if (options.expected ? response.status !== options.expected : response.status >= 300) problems.push(`${name}: expected ${options.expected ?? 'success'}`);
    const documented = document.paths[`/api/v1${template}`]?.[method]?.responses[String(response.status)];
    if (!documented) {
      problems.push(`${name}: status not documented (${JSON.stringify(response.body).slice(0, 200)})`);
      return response;
    }
    if (response.status === 204) return response;
    const mediaType = String(response.headers['content-type']).split(';')[0];
    const schema = documented.content?.[mediaType]?.schema;
    if (!schema) problems.push(`${name}: ${mediaType} not documented`);
    else if (mediaType === 'application/json') problems.push(...schemaProblems(document, schema, response.body).map((problem) => `${name}: ${problem}`));
    return response;
  }

  beforeAll(async () => {
    api = await startApi(await testConfig());
    document = await openApiDocument(api.url);
    meeting = await makeMeeting(api, { day: 3 });
    sessionId = meeting.sessions[0]; // its chair is confirmed
    await request(api.url).patch(`/api/v1/sessions/${sessionId}`).set(bearer(meeting.organiserToken)).send({ liveQa: true, liveblog: true }).expect(200);
    await request(api.url).post(`/api/v1/events/${meeting.id}/agenda/publish`).set(bearer(meeting.organiserToken)).expect(200);
  });

  beforeEach(() => {
    problems = [];
  });

  afterAll(async () => {
    await api?.close();
  });

  it('Q&A: asking, listing, voting, moderating, settings and the audit trail', async () => {
    const identity = await call('post', '/live/identity', {});
    expect(identity.status).toBe(201);
    const anonymous = { 'X-Live-Identity': identity.body.token as string };
    const other = { 'X-Live-Identity': (await call('post', '/live/identity', {})).body.token as string };
    const chair = { token: meeting.chairToken };
    const session = { id: sessionId };

    const asked = await call('post', '/sessions/{id}/questions', session, { headers: anonymous, body: { body: 'Will the budget be published?', askerName: 'Ada', askerOrganisation: 'Oldham Council' } });
    expect(asked.status).toBe(201);
    const duplicate = await call('post', '/sessions/{id}/questions', session, { headers: other, body: { body: 'Is the budget out yet?', anonymous: true } });
    const question = { id: asked.body.id as string };

    expect((await call('get', '/sessions/{id}/questions', session, { headers: anonymous })).body.questions).toHaveLength(2);
    await call('get', '/sessions/{id}/questions', session, { headers: other });
    await call('get', '/sessions/{id}/questions/console', session, chair);
    await call('get', '/questions/{id}', question, { headers: anonymous });
    await call('get', '/questions/{id}', question, { headers: other });
    expect((await call('post', '/questions/{id}/vote', question, { headers: other })).body.voted).toBe(true);
    await call('delete', '/questions/{id}/vote', question, { headers: other });
    await call('post', '/questions/{id}/merge', { id: duplicate.body.id }, { ...chair, body: { intoId: question.id } });
    await call('post', '/questions/{id}/vote', { id: duplicate.body.id }, { headers: anonymous, expected: 409 }); // merged
    await call('patch', '/questions/{id}', question, { ...chair, body: { body: 'Will the 2027 budget be published?' } });
    await call('post', '/questions/{id}/answering', question, chair);
    await call('post', '/questions/{id}/answered', question, chair);
    await call('post', '/questions/{id}/reopen', question, chair);
    await call('post', '/questions/{id}/hide', question, { ...chair, body: { reason: 'Answered in the papers' } });
    await call('post', '/questions/{id}/approve', question, chair);
    await call('post', '/questions/{id}/approve', question, { headers: anonymous, expected: 403 }); // not a moderator
    await call('get', '/sessions/{id}/qa', session, { headers: anonymous });
    await call('patch', '/sessions/{id}/qa', session, { ...chair, body: { anonymousAllowed: false } });
    await call('get', '/sessions/{id}/qa/audit', session, chair);
    const changes = await call('get', '/sessions/{id}/questions', session, { headers: anonymous });
    // Vote counts reach the room's log coalesced, up to 250 ms after the vote: read the list and
    // the catch-up again until no such change lands between them.
    let list = changes;
    let since = await request(api.url).get(`/api/v1/sessions/${sessionId}/questions?since=0`).set(anonymous).expect(200);
    await eventually(async () => {
      if (list.body.lastSeq === since.body.lastSeq) return true;
      list = await request(api.url).get(`/api/v1/sessions/${sessionId}/questions`).set(anonymous).expect(200);
      since = await request(api.url).get(`/api/v1/sessions/${sessionId}/questions?since=0`).set(anonymous).expect(200);
      return false;
    }, 'the list and the catch-up to end at the same change', 10_000, 300).catch(() => undefined);
    expect(since.body.changes.length).toBeGreaterThan(5);
    problems.push(...schemaProblems(document, document.paths['/api/v1/sessions/{id}/questions'].get.responses['200'].content!['application/json'].schema!, since.body).map((p) => `?since: ${p}`));
    expect(list.body.lastSeq).toBe(since.body.lastSeq);
    await call('get', '/questions/{id}', { id: '00000000-0000-4000-8000-000000000000' }, { headers: anonymous, expected: 404 });
    await call('get', '/questions/{id}', { id: 'not-a-uuid' }, { headers: anonymous, expected: 400 });
    await call('get', '/sessions/{id}/questions', session, { headers: { 'X-Live-Identity': 'forged' }, expected: 401 });
    const csv = await call('get', '/sessions/{id}/questions.csv', session, chair);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    await call('get', '/sessions/{id}/questions.md', session, chair);

    expect(problems).toEqual([]);
  });

  it('the floor: asking to speak, the queue, calling, moving and withdrawing', async () => {
    const session = { id: sessionId };
    const chair = { token: meeting.chairToken };
    const first = { 'X-Live-Identity': (await call('post', '/live/identity', {})).body.token as string };
    const second = { 'X-Live-Identity': (await call('post', '/live/identity', {})).body.token as string };

    const asked = await call('post', '/sessions/{id}/floor', session, { headers: first, body: { name: 'Ada', topic: 'Housing' } });
    expect(asked.status).toBe(201);
    expect((await call('post', '/sessions/{id}/floor', session, { headers: first, body: { name: 'Ada' } })).status).toBe(200);
    const waiting = await call('post', '/sessions/{id}/floor', session, { headers: second, body: { name: 'Bo', organisation: 'Lambeth Council' } });
    await call('get', '/sessions/{id}/floor', session, { headers: first });
    await call('post', '/floor-requests/{id}/move', { id: waiting.body.id }, { ...chair, body: { position: 1 } });
    await call('post', '/sessions/{id}/floor/next', session, { ...chair, body: {} });
    await call('post', '/sessions/{id}/floor/next', session, { ...chair, body: {} });
    await call('post', '/sessions/{id}/floor/stop', session, chair);
    const again = await call('post', '/sessions/{id}/floor', session, { headers: second, body: { name: 'Bo' } });
    expect((await call('delete', '/floor-requests/{id}', { id: again.body.id }, { headers: second })).status).toBe(204);
    const state = await call('get', '/sessions/{id}/floor', session, { headers: first });
    expect(state.body.spoken).toHaveLength(2);
    const since = await request(api.url).get(`/api/v1/sessions/${sessionId}/floor?since=0`).set(first).expect(200);
    problems.push(...schemaProblems(document, document.paths['/api/v1/sessions/{id}/floor'].get.responses['200'].content!['application/json'].schema!, since.body).map((p) => `?since: ${p}`));

    expect(problems).toEqual([]);
  });

  it('the liveblog: posting, drafts, editing, pinning, editors, reading and the feed', async () => {
    const session = { id: sessionId };
    const chair = { token: meeting.chairToken };
    const organiser = { token: meeting.organiserToken };

    const posted = await call('post', '/sessions/{id}/liveblog', session, { ...chair, headers: { 'Idempotency-Key': 'first-entry-0001' }, body: { kind: 'update', body: 'The chair **opens** the meeting' } });
    expect(posted.status).toBe(201);
    expect((await call('post', '/sessions/{id}/liveblog', session, { ...chair, headers: { 'Idempotency-Key': 'first-entry-0001' }, body: { kind: 'update', body: 'The chair **opens** the meeting' } })).status).toBe(200);
    await call('post', '/sessions/{id}/liveblog', session, { ...chair, body: { kind: 'quote', body: 'We will publish it', quoteName: 'Cllr Reed', quoteOrganisation: 'Lambeth Council' } });
    await call('post', '/sessions/{id}/liveblog', session, { ...chair, body: { kind: 'key_moment', body: 'The budget is agreed' } });
    const draft = await call('post', '/sessions/{id}/liveblog', session, { ...chair, body: { kind: 'update', body: 'Coming up', draft: true } });
    const entry = { id: sessionId, entryId: posted.body.id as string };
    await call('get', '/sessions/{id}/liveblog/drafts', session, chair);
    await call('post', '/sessions/{id}/liveblog/{entryId}/publish', { id: sessionId, entryId: draft.body.id }, chair);
    await call('post', '/sessions/{id}/liveblog/{entryId}/publish', { id: sessionId, entryId: draft.body.id }, { ...chair, expected: 409 }); // published already
    await call('patch', '/sessions/{id}/liveblog/{entryId}', entry, { ...chair, body: { body: 'The chair opens the meeting at 9' } });
    await call('put', '/sessions/{id}/liveblog/{entryId}/pin', entry, chair);
    await call('get', '/sessions/{id}/liveblog', session, {});
    await call('get', '/sessions/{id}/liveblog/entries/{entryId}', entry, {});
    await call('delete', '/sessions/{id}/liveblog/{entryId}/pin', entry, chair);
    await call('delete', '/sessions/{id}/liveblog/{entryId}', { id: sessionId, entryId: draft.body.id }, chair);
    const since = await request(api.url).get(`/api/v1/sessions/${sessionId}/liveblog?since=0`).expect(200);
    expect(since.body.changes.length).toBeGreaterThan(4);
    problems.push(...schemaProblems(document, document.paths['/api/v1/sessions/{id}/liveblog'].get.responses['200'].content!['application/json'].schema!, since.body).map((p) => `?since: ${p}`));

    const editor = await makePerson(api, { name: 'Liveblog Editor' });
    expect((await call('put', '/sessions/{id}/liveblog/editors/{personId}', { id: sessionId, personId: editor.id }, organiser)).status).toBe(204);
    await call('get', '/sessions/{id}/liveblog/editors', session, organiser);
    await call('post', '/sessions/{id}/liveblog', session, { token: await tokenFor(api, await makePerson(api, { name: 'Not an editor' })), body: { kind: 'update', body: 'x' }, expected: 403 });
    await call('delete', '/sessions/{id}/liveblog/editors/{personId}', { id: sessionId, personId: editor.id }, organiser);
    await call('get', '/events/{idOrSlug}/liveblogs', { idOrSlug: meeting.slug }, {});
    const atom = await call('get', '/sessions/{id}/liveblog.atom', session, {});
    expect(atom.headers['content-type']).toMatch(/^application\/atom\+xml/);

    expect(problems).toEqual([]);
  });

  it('minutes: drafting, saving, revisions, corrections, actions, approval, publication and export', async () => {
    const organiser = { token: meeting.organiserToken };
    const delegate = await makePerson(api, { name: 'Present Delegate' });
    await attend(api, meeting, { name: delegate.name, email: delegate.email!, category: 'delegate', checkIn: true });
    const present = { token: await tokenFor(api, delegate) };

    const created = await call('post', '/events/{eventId}/minutes', { eventId: meeting.id }, organiser);
    expect(created.status).toBe(201);
    const minutes = { id: created.body.id as string };
    const saved = await call('put', '/minutes/{id}', minutes, { ...organiser, body: { version: created.body.version, content: { ...created.body.content, place: 'Committee Room 1' } } });
    await call('put', '/minutes/{id}', minutes, { ...organiser, body: { version: created.body.version, content: created.body.content }, expected: 409 }); // stale
    await call('get', '/minutes/{id}/revisions', minutes, organiser);
    await call('get', '/minutes/{id}/diff', minutes, { ...organiser, expected: 400 }); // from and to missing
    const diff = await request(api.url).get(`/api/v1/minutes/${minutes.id}/diff?from=1&to=${saved.body.version}`).set(bearer(meeting.organiserToken)).expect(200);
    problems.push(...schemaProblems(document, document.paths['/api/v1/minutes/{id}/diff'].get.responses['200'].content!['application/json'].schema!, diff.body).map((p) => `diff: ${p}`));
    await call('post', '/minutes/{id}/revisions/{version}/restore', { id: minutes.id, version: '1' }, { ...organiser, body: { version: saved.body.version } });

    const action = await call('post', '/minutes/{id}/actions', minutes, { ...organiser, body: { description: 'Publish the budget', ownerPersonId: delegate.id, dueDate: '2027-01-01' } });
    await call('patch', '/actions/{id}', { id: action.body.id }, { ...organiser, body: { description: 'Publish the 2027 budget' } });
    expect((await call('get', '/me/actions', {}, present)).body).toHaveLength(1);
    await call('post', '/actions/{id}/done', { id: action.body.id }, { ...present, body: { note: 'Published' } });

    await call('post', '/minutes/{id}/circulate', minutes, organiser);
    const item = (created.body.content.items as Array<{ key: string }>)[0].key;
    const comment = await call('post', '/minutes/{id}/comments', minutes, { ...present, body: { itemKey: item, body: 'I arrived late', replacement: 'Welcome; a delegate arrived late.' } });
    const other = await call('post', '/minutes/{id}/comments', minutes, { ...present, body: { itemKey: item, body: 'Typo' } });
    await call('get', '/minutes/{id}/comments', minutes, present);
    await call('post', '/minutes/{id}/comments/{commentId}/accept', { id: minutes.id, commentId: comment.body.id }, organiser);
    await call('post', '/minutes/{id}/comments/{commentId}/decline', { id: minutes.id, commentId: other.body.id }, organiser);
    await call('post', '/minutes/{id}/comments/{commentId}/decline', { id: minutes.id, commentId: other.body.id }, { ...organiser, expected: 409 }); // decided already
    await call('post', '/minutes/{id}/approve', minutes, organiser);
    await call('post', '/minutes/{id}/publish', minutes, organiser);
    await call('get', '/minutes/{id}', minutes, {});
    await call('get', '/events/{eventId}/minutes', { eventId: meeting.id }, {});
    for (const format of ['json', 'md', 'html', 'pdf']) await call('get', '/minutes/{id}/export/{format}', { id: minutes.id, format }, {});
    await call('get', '/minutes/{id}/export/{format}', { id: minutes.id, format: 'docx' }, { expected: 400 });
    await call('get', '/minutes/{id}', { id: '00000000-0000-4000-8000-000000000000' }, { expected: 404 });

    expect(problems).toEqual([]);
  });
});
