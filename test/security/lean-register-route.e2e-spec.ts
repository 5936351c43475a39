import { ValidationPipe } from '@nestjs/common';
import type { ApplicationConfig } from '@nestjs/core';
import { testConfig } from '@convene/testing';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { AccessGuard } from '../../apps/api/src/auth/access.guard';
import { LeanRoute } from '../../apps/api/src/http/lean-route';
import { bearer, makePerson, signIn, unique } from '../identity/identity-fixtures';
import { RunningApi, startApi } from '../support/api';
import { makePublishedEvent, registrationBody } from '../support/events';
import { inOneLimitWindow } from '../support/live';

// POST /api/v1/events/:id/registrations is answered ahead of Nest's router, by a lean route
// (apps/api/src/http/lean-route.ts, events/register.middleware.ts) that must make every check the
// controller's route makes. Each request below is checked to have been answered by it: these are
// the attacks and mistakes the route defends against, on the path that really serves it.
describe('Registering through the lean route keeps every check of the controller’s route', () => {
  let first: RunningApi;
  let second: RunningApi;
  let db: DataSource;
  let host: string;
  // Observes the lean route (the real one runs): proves each request below reached it.
  const leanRuns = jest.spyOn(LeanRoute.prototype, 'run');

  beforeAll(async () => {
    const config = await testConfig({ REGISTRATION_LIMIT_PER_CLIENT: '3' });
    // Two instances on one database, as behind a load balancer: the limit holds across them.
    first = await startApi(config);
    second = await startApi(config);
    db = first.app.get(DataSource);
    host = new URL(first.url).host;
  });

  afterAll(async () => {
    leanRuns.mockRestore();
    await second?.close();
    await first?.close();
  });

  const register = (eventId: string, api: RunningApi = first) => request(api.url).post(`/api/v1/events/${eventId}/registrations`);

  /** Sends a request and checks that the lean route answered it. */
  async function viaLeanRoute(sent: request.Test): Promise<request.Response> {
    const before = leanRuns.mock.calls.length;
    const response = await sent;
    expect(leanRuns.mock.calls.length).toBe(before + 1);
    return response;
  }

  const registrationsOf = async (eventId: string) =>
    (await db.query('SELECT email, name, status FROM registrations WHERE event_id = $1 ORDER BY created_at', [eventId])) as Array<{ email: string; name: string; status: string }>;

  it('runs what the app runs for every route: its one guard and one pipe, and there are no interceptors to skip', () => {
    // If this fails, the app gained a global guard, pipe or interceptor the lean route does not run: teach it (register.middleware.ts).
    const config = (first.app as unknown as { config: ApplicationConfig }).config;
    expect(config.getGlobalGuards()).toEqual([first.app.get(AccessGuard)]);
    expect(config.getGlobalGuards()[0]).toBe(first.app.get(AccessGuard));
    expect(config.getGlobalPipes()).toHaveLength(1);
    expect(config.getGlobalPipes()[0]).toBe(first.app.get(ValidationPipe));
    expect(config.getGlobalInterceptors()).toEqual([]);
    expect(config.getGlobalRequestGuards()).toEqual([]);
    expect(config.getGlobalRequestPipes()).toEqual([]);
    expect(config.getGlobalRequestInterceptors()).toEqual([]);
  });

  it('refuses a body that is not JSON (415), form-encoded or text/plain, and writes nothing', async () => {
    const event = await makePublishedEvent(first);
    const form = await viaLeanRoute(register(event.id).type('form').send('name=Forged&email=forged%40example.org&category=delegate'));
    expect(form.status).toBe(415);
    expect(form.body).toMatchObject({ statusCode: 415, error: 'Unsupported Media Type', code: 'json_only' });
    const plain = await viaLeanRoute(register(event.id).set('Content-Type', 'text/plain').send(JSON.stringify(registrationBody(1))));
    expect(plain.status).toBe(415);
    expect(await registrationsOf(event.id)).toEqual([]);
  });

  it('refuses a registration made with the session cookie from another site (403), and takes it from this site', async () => {
    const event = await makePublishedEvent(first);
    const person = await makePerson(first);
    const cookie = await signIn(first, person.email!);
    const forged = await viaLeanRoute(
      register(event.id).set('Cookie', cookie).set('Origin', 'https://evil.example').set('Sec-Fetch-Site', 'cross-site').send(registrationBody(1)),
    );
    expect(forged.status).toBe(403);
    expect(forged.body).toMatchObject({ statusCode: 403, code: 'cross_site_request' });
    const otherPort = `http://${new URL(first.url).hostname}:${Number(new URL(first.url).port) + 1}`;
    await viaLeanRoute(register(event.id).set('Cookie', cookie).set('Origin', otherPort).send(registrationBody(2)).expect(403));
    expect(await registrationsOf(event.id)).toEqual([]);

    await viaLeanRoute(register(event.id).set('Cookie', cookie).set('Origin', `http://${host}`).set('Sec-Fetch-Site', 'same-origin').send(registrationBody(3)).expect(201));
    expect(await registrationsOf(event.id)).toHaveLength(1);
  });

  it('refuses an event id that is not a UUID (400) before looking anything up', async () => {
    const response = await viaLeanRoute(register('not-a-uuid').send(registrationBody(1)));
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ statusCode: 400, code: 'invalid_id', details: { id: ['id must be a UUID'] } });
  });

  it('validates the body with the DTO’s rules: one 400 naming every bad or unknown field, and nothing written', async () => {
    const event = await makePublishedEvent(first);
    const response = await viaLeanRoute(register(event.id).send({ name: '', email: 'not an address', category: 'emperor', admin: true }));
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ statusCode: 400, error: 'Bad Request', code: 'invalid_fields' });
    expect(Object.keys(response.body.details).sort()).toEqual(['admin', 'category', 'email', 'name']);
    expect(response.body.details.admin).toEqual(['admin is not an accepted field']);
    await viaLeanRoute(register(event.id).send('[1, 2]').set('Content-Type', 'application/json').expect(400));
    expect(await registrationsOf(event.id)).toEqual([]);

    // The DTO's transforms run too: the name trimmed, the address lower-cased.
    const email = `${unique('Mixed')}@Example.org`;
    await viaLeanRoute(register(event.id).send({ name: '  Jo Bloggs  ', email: `  ${email}  ` }).expect(201));
    expect(await registrationsOf(event.id)).toEqual([{ name: 'Jo Bloggs', email: email.toLowerCase(), status: 'confirmed' }]);
  });

  it('answers a refusal of the registration rules with its status: no such event 404, a cancelled one 409', async () => {
    const missing = await viaLeanRoute(register('00000000-0000-4000-8000-000000000000').send(registrationBody(1)));
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({ statusCode: 404, error: 'Not Found', code: 'event_not_found' });

    const event = await makePublishedEvent(first);
    await request(first.url).post(`/api/v1/events/${event.id}/cancel`).set(bearer(event.organiserToken)).expect(200);
    const closed = await viaLeanRoute(register(event.id).send(registrationBody(2)));
    expect(closed.status).toBe(409);
    expect(closed.body).toMatchObject({ statusCode: 409, error: 'Conflict' });
  });

  it('knows who is calling: the signed-in owner of an address and an organiser get the registration (200), a stranger the answer a new one would get (201)', async () => {
    const event = await makePublishedEvent(first, { capacity: 50 });
    const person = await makePerson(first);
    const body = { name: person.name, email: person.email };
    const made = await viaLeanRoute(register(event.id).set('X-Forwarded-For', '203.0.113.31').send(body).expect(201));

    const stranger = await viaLeanRoute(register(event.id).set('X-Forwarded-For', '203.0.113.32').send(body).expect(201));
    expect(stranger.body.id).not.toBe(made.body.id);

    const cookie = await signIn(first, person.email!);
    const own = await viaLeanRoute(register(event.id, second).set('X-Forwarded-For', '203.0.113.33').set('Cookie', cookie).set('Sec-Fetch-Site', 'same-origin').send(body).expect(200));
    expect(own.body.id).toBe(made.body.id);
    const organiser = await viaLeanRoute(register(event.id).set(bearer(event.organiserToken)).send(body).expect(200));
    expect(organiser.body.id).toBe(made.body.id);
    expect(await registrationsOf(event.id)).toHaveLength(1);
  });

  it('limits registrations per client and event across instances (429 with Retry-After), organisers apart', async () => {
    const event = await makePublishedEvent(first, { capacity: 50 });
    await inOneLimitWindow(3600, 20_000);
    const client = '203.0.113.41';
    for (const [index, api] of [first, second, first].entries()) {
      await viaLeanRoute(register(event.id, api).set('X-Forwarded-For', client).send(registrationBody(index)).expect(201));
    }
    const refused = await viaLeanRoute(register(event.id, second).set('X-Forwarded-For', client).send(registrationBody(3)));
    expect(refused.status).toBe(429);
    expect(refused.body).toMatchObject({ statusCode: 429, code: 'too_many_attempts' });
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(await registrationsOf(event.id)).toHaveLength(3);

    await viaLeanRoute(register(event.id, second).set('X-Forwarded-For', client).set(bearer(event.organiserToken)).send(registrationBody(4)).expect(201));
    expect(await registrationsOf(event.id)).toHaveLength(4);
  });

  it('answers with the request id the log line carries, in JSON, with the registration as the controller’s route would', async () => {
    const event = await makePublishedEvent(first);
    const body = registrationBody(1);
    const response = await viaLeanRoute(register(event.id).set('x-request-id', 'lean-trace-1').send(body).expect(201));
    expect(response.headers['x-request-id']).toBe('lean-trace-1');
    expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(response.body).toMatchObject({ eventId: event.id, name: body.name, email: body.email, status: 'confirmed', waitlistPosition: null, workshops: [] });

    const generated = await viaLeanRoute(register(event.id).send(registrationBody(2)).expect(201));
    expect(generated.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    // The same headers as a route Nest's router answers (sending apologies, beside it on the controller).
    const apologies = await request(first.url).post(`/api/v1/events/${event.id}/apologies`).send({ name: 'Away', email: `${unique('away')}@example.org` }).expect(202);
    expect(Object.keys(generated.headers).sort()).toEqual(Object.keys(apologies.headers).sort());
    // An error answer names the request too, as every error body of the API does.
    const refused = await viaLeanRoute(register(event.id).set('x-request-id', 'lean-trace-2').send({}).expect(400));
    expect(refused.body.requestId).toBe('lean-trace-2');
  });
});
