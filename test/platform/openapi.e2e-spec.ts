import { testConfig } from '@convene/testing';
import { RunningApi, startApi } from '../support/api';
import { ApiDocument, hasSchema, openApiDocument } from '../support/openapi';

describe('The OpenAPI document', () => {
  let api: RunningApi;
  let document: ApiDocument;

  beforeAll(async () => {
    api = await startApi(await testConfig());
    document = await openApiDocument(api.url);
  });

  afterAll(async () => {
    await api?.close();
  });

  it('gives every operation of the API a documented success: a body with a schema, 204 No Content, or a redirect', () => {
    const operations = Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, operation]) => ({ name: `${method.toUpperCase()} ${path}`, operation })),
    );
    expect(operations.length).toBeGreaterThan(100);

    const undocumented = operations
      .filter(({ operation }) => {
        const successes = Object.entries(operation.responses).filter(([status]) => /^[23]/.test(status));
        return !successes.some(
          ([status, response]) =>
            status === '204' || status.startsWith('3') || Object.values(response.content ?? {}).some((media) => hasSchema(media.schema)),
        );
      })
      .map(({ name }) => name);
    expect(undocumented).toEqual([]);
  });

  it('documents files by their content type, not as JSON', () => {
    const success = (path: string) => document.paths[`/api/v1${path}`].get.responses['200'].content ?? {};
    expect(Object.keys(success('/sessions/{id}/questions.csv'))).toEqual(['text/csv']);
    expect(Object.keys(success('/sessions/{id}/questions.md'))).toEqual(['text/markdown']);
    expect(Object.keys(success('/sessions/{id}/liveblog.atom'))).toEqual(['application/atom+xml']);
    expect(Object.keys(success('/events/{idOrSlug}/calendar.ics'))).toEqual(['text/calendar']);
    expect(Object.keys(success('/events/{id}/registrations.csv'))).toEqual(['text/csv']);
    expect(Object.keys(success('/minutes/{id}/export/{format}')).sort()).toEqual(['application/json', 'application/pdf', 'text/html', 'text/markdown']);
  });

  it('documents the errors the live routes answer, with the API’s error body', () => {
    const vote = document.paths['/api/v1/questions/{id}/vote'].post.responses;
    expect(Object.keys(vote)).toEqual(expect.arrayContaining(['200', '400', '401', '403', '404', '409', '429']));
    expect(vote['404'].content?.['application/json'].schema?.$ref).toBe('#/components/schemas/ErrorView');
    expect(Object.keys(document.paths['/api/v1/minutes/{id}'].put.responses)).toEqual(expect.arrayContaining(['200', '401', '403', '404', '409']));
    expect(Object.keys(document.paths['/api/v1/sessions/{id}/liveblog'].post.responses)).toEqual(expect.arrayContaining(['200', '201', '401', '403', '404']));
  });

  it('names the fields of the events, registration, Q&A, liveblog and minutes views', () => {
    const fields = (name: string) => Object.keys(document.components.schemas[name]?.properties ?? {});
    expect(fields('EventView')).toEqual(expect.arrayContaining(['title', 'capacity', 'waitingListMode', 'offerHours', 'placesLeft']));
    expect(fields('RegistrationView')).toEqual(expect.arrayContaining(['status', 'waitlistPosition', 'offerExpiresAt', 'checkedInAt']));
    expect(fields('ListedQuestionViewDoc')).toEqual(expect.arrayContaining(['body', 'votes', 'mine', 'voted', 'status']));
    expect(fields('FloorStateViewDoc')).toEqual(expect.arrayContaining(['speaking', 'queue', 'spoken', 'serverNow', 'mine']));
    expect(fields('LiveblogViewDoc')).toEqual(expect.arrayContaining(['entries', 'keyMoments', 'pinned', 'lastSeq', 'canEdit']));
    expect(fields('MinutesViewDoc')).toEqual(expect.arrayContaining(['status', 'version', 'content', 'actions', 'canEdit']));
  });
});
