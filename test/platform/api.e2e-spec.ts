import request from 'supertest';
import { testConfig } from '@convene/testing';
import { RunningApi, startApi } from '../support/api';

describe('The API platform', () => {
  let api: RunningApi;

  beforeAll(async () => {
    api = await startApi(await testConfig());
  });

  afterAll(async () => {
    await api?.close();
  });

  it('says it is alive', async () => {
    const response = await request(api.url).get('/api/v1/health').expect(200);
    expect(response.body).toEqual({ status: 'ok' });
  });

  it('is ready when the database and the queues answer, and says which queue backend it uses', async () => {
    const response = await request(api.url).get('/api/v1/ready').expect(200);
    expect(response.body.status).toBe('ready');
    expect(response.body.checks.database).toBe('up');
    expect(response.body.checks.queues).toBe('up');
    const expected = process.env.CONVENE_TEST_REDIS_URL ? 'redis' : 'postgres';
    expect(response.body.queueBackend).toBe(expected);
    expect(response.body.checks.redis).toBe(expected === 'redis' ? 'up' : 'not used');
  });

  it('answers an unknown route with the shared error shape and the request id', async () => {
    const response = await request(api.url).get('/api/v1/no-such-thing').set('x-request-id', 'trace-123').expect(404);
    expect(response.headers['x-request-id']).toBe('trace-123');
    expect(response.body).toMatchObject({ statusCode: 404, error: 'Not Found', requestId: 'trace-123' });
    expect(typeof response.body.message).toBe('string');
  });

  it('gives every request an id when the caller sends none, and refuses odd ones', async () => {
    const response = await request(api.url).get('/api/v1/health').set('x-request-id', 'bad id\twith spaces');
    expect(response.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('refuses a body that is not JSON with a 400 in the shared shape', async () => {
    const response = await request(api.url)
      .post('/api/v1/health')
      .set('content-type', 'application/json')
      .send('{"not json');
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ statusCode: 400, error: 'Bad Request' });
    expect(response.body.message).toMatch(/JSON/);
  });

  it('refuses a body over 256 kB with a 413 in the shared shape', async () => {
    const response = await request(api.url)
      .post('/api/v1/auth/email')
      .set('content-type', 'application/json')
      .send(JSON.stringify({ email: 'x'.repeat(300_000) }));
    expect(response.status).toBe(413);
    expect(response.body).toMatchObject({ statusCode: 413, error: 'Payload Too Large' });
    expect(typeof response.body.message).toBe('string');
  });

  it('publishes the OpenAPI document and its UI', async () => {
    const document = await request(api.url).get('/api/docs-json').expect(200);
    expect(document.body.openapi).toMatch(/^3\./);
    expect(Object.keys(document.body.paths)).toEqual(expect.arrayContaining(['/api/v1/health', '/api/v1/ready']));
    const ui = await request(api.url).get('/api/docs').redirects(1).expect(200);
    expect(ui.text).toContain('swagger');
  });
});
