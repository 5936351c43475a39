import request from 'supertest';
import { testConfig } from '@convene/testing';
import { RunningApi, startApi } from '../support/api';

interface Operation {
  responses: Record<string, { content?: Record<string, { schema?: { $ref?: string; type?: string } }> }>;
}

describe('The OpenAPI document of events and registration', () => {
  let api: RunningApi;

  beforeAll(async () => {
    api = await startApi(await testConfig());
  });

  afterAll(async () => {
    await api?.close();
  });

  it('gives every event, session, registration and speaker-invitation route a documented response', async () => {
    const document = await request(api.url).get('/api/docs-json').expect(200);
    const paths = document.body.paths as Record<string, Record<string, Operation>>;
    // The events and registration routes; a session's live Q&A, floor and liveblog routes live under
    // /sessions too but belong to their own libs.
    const live = /^\/api\/v1\/(sessions\/\{id\}\/(liveblog|questions|qa|floor)|events\/\{idOrSlug\}\/liveblogs)/;
    const ours = Object.entries(paths).filter(([path]) => /^\/api\/v1\/(events|sessions|registrations|speaker-invitations)\b/.test(path) && !live.test(path));
    expect(ours.length).toBeGreaterThan(20);

    const undocumented: string[] = [];
    for (const [path, operations] of ours) {
      for (const [method, operation] of Object.entries(operations)) {
        const [status, response] = Object.entries(operation.responses).find(([code]) => code.startsWith('2')) ?? [];
        if (status === '204' || /\.(csv|ics)$/.test(path)) continue; // not JSON
        const schema = response?.content?.['application/json']?.schema;
        if (!schema?.$ref && !schema?.type) undocumented.push(`${method.toUpperCase()} ${path}`);
      }
    }
    expect(undocumented).toEqual([]);

    const schemas = document.body.components.schemas as Record<string, { properties: Record<string, unknown> }>;
    expect(Object.keys(schemas.EventView.properties)).toEqual(expect.arrayContaining(['title', 'capacity', 'waitingListMode', 'offerHours', 'placesLeft']));
    expect(Object.keys(schemas.RegistrationView.properties)).toEqual(expect.arrayContaining(['status', 'waitlistPosition', 'offerExpiresAt', 'checkedInAt']));
  });
});
