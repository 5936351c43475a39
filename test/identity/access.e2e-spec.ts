import { Controller, Get, INestApplication, Injectable, OnModuleInit, Param } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { runPendingMigrations } from '@convene/core';
import { IdentityModule, NetworkRole, ResourceRoles } from '@convene/identity';
import { testConfig } from '@convene/testing';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { ApiModule } from '../../apps/api/src/api.module';
import { RequireResourceRole, RequireRoles } from '../../apps/api/src/auth/access.decorators';
import { ErrorBodyFilter } from '../../apps/api/src/http/error-body.filter';
import { RunningApi, startApi } from '../support/api';
import { bearer, makeAdmin, makePerson, signIn, tokenFor } from './identity-fixtures';

describe('Who may reach what', () => {
  let api: RunningApi;

  beforeAll(async () => {
    api = await startApi(await testConfig());
  });

  afterAll(async () => {
    await api?.close();
  });

  it('answers anonymous callers of a signed-in route with 401 in the shared error shape', async () => {
    const response = await request(api.url).get('/api/v1/me').expect(401);
    expect(response.body).toMatchObject({ statusCode: 401, error: 'Unauthorized', code: 'not_signed_in' });
  });

  it('answers anonymous callers of admin routes with 401', async () => {
    await request(api.url).get('/api/v1/admin/people').expect(401);
    await request(api.url).get('/api/v1/admin/organisations').expect(401);
  });

  it('keeps a delegate out of admin routes with 403, by token and by session', async () => {
    const delegate = await makePerson(api);
    const token = await tokenFor(api, delegate);
    const byToken = await request(api.url).get('/api/v1/admin/people').set(bearer(token)).expect(403);
    expect(byToken.body).toMatchObject({ statusCode: 403, code: 'missing_role' });
    await request(api.url).post('/api/v1/admin/organisations').set(bearer(token)).send({ name: 'X', kind: 'council' }).expect(403);
    await request(api.url).get('/api/v1/admin/people.csv').set(bearer(token)).expect(403);
    await request(api.url).delete(`/api/v1/admin/people/${delegate.id}`).set(bearer(token)).expect(403);

    const cookie = await signIn(api, delegate.email!);
    await request(api.url).get('/api/v1/admin/organisations').set('Cookie', cookie).expect(403);
  });

  it('keeps an organiser out of admin-only routes', async () => {
    const organiser = await makePerson(api, { roles: [NetworkRole.Organiser] });
    await request(api.url).get('/api/v1/admin/people').set(bearer(await tokenFor(api, organiser))).expect(403);
  });

  it('lets an admin in', async () => {
    const admin = await makeAdmin(api);
    await request(api.url).get('/api/v1/admin/people').set(bearer(await tokenFor(api, admin))).expect(200);
  });

  it('accepts an API token as a bearer token, and records when it was used', async () => {
    const person = await makePerson(api);
    const token = await tokenFor(api, person);
    const me = await request(api.url).get('/api/v1/me').set(bearer(token)).expect(200);
    expect(me.body.id).toBe(person.id);
    const [row] = await api.app.get(DataSource).query('SELECT last_used_at FROM api_tokens WHERE person_id = $1', [person.id]);
    expect(row.last_used_at).not.toBeNull();
  });

  it('stops a revoked token from working at once', async () => {
    const person = await makePerson(api);
    const created = await request(api.url).post('/api/v1/me/tokens').set('Cookie', await signIn(api, person.email!)).send({ name: 'script' }).expect(201);
    expect(created.body.token).toMatch(/^cvn_/);
    await request(api.url).get('/api/v1/me').set(bearer(created.body.token)).expect(200);

    await request(api.url).delete(`/api/v1/me/tokens/${created.body.id}`).set(bearer(created.body.token)).expect(204);
    const refused = await request(api.url).get('/api/v1/me').set(bearer(created.body.token)).expect(401);
    expect(refused.body.message).toMatch(/not valid or has been revoked/);
  });

  it('refuses a made-up bearer token and does not fall back to the cookie', async () => {
    const person = await makePerson(api);
    const cookie = await signIn(api, person.email!);
    await request(api.url).get('/api/v1/me').set(bearer('cvn_madeup')).expect(401);
    await request(api.url).get('/api/v1/me').set('Cookie', cookie).set(bearer('cvn_madeup')).expect(401);
  });

  it('keeps health and readiness open to anyone', async () => {
    await request(api.url).get('/api/v1/health').expect(200);
  });
});

// Widget ids are UUIDs, as every id in the API is (the guard refuses others with 400 first).
const W1 = '00000000-0000-4000-8000-000000000001';
const W2 = '00000000-0000-4000-8000-000000000002';
const W3 = '00000000-0000-4000-8000-000000000003';
const W9 = '00000000-0000-4000-8000-000000000009';
const ANY = '00000000-0000-4000-8000-0000000000ff';

// A resource type that exists only in this test: "widgets", whose editors are listed here.
const WIDGET_EDITORS = new Map<string, Set<string>>();

@Injectable()
class WidgetRoles implements OnModuleInit {
  constructor(private readonly roles: ResourceRoles) {}
  onModuleInit(): void {
    this.roles.register('widget', async (personId, widgetId, role) => role === 'editor' && (WIDGET_EDITORS.get(widgetId)?.has(personId) ?? false));
  }
}

@Controller('widgets')
class WidgetController {
  @Get(':widgetId')
  @RequireResourceRole('widget', 'editor', 'widgetId')
  edit(@Param('widgetId') widgetId: string) {
    return { edited: widgetId };
  }

  @Get(':widgetId/organised')
  @RequireRoles(NetworkRole.Organiser)
  organised(@Param('widgetId') widgetId: string) {
    return { organised: widgetId };
  }
}

describe('Roles on one resource', () => {
  let app: INestApplication;
  let api: RunningApi;
  let url: string;

  beforeAll(async () => {
    const config = await testConfig();
    const moduleRef = await Test.createTestingModule({
      imports: [ApiModule.forRoot(config), IdentityModule],
      controllers: [WidgetController],
      providers: [WidgetRoles],
    }).compile();
    app = moduleRef.createNestApplication();
    app.useGlobalFilters(new ErrorBodyFilter());
    await app.listen(0, '127.0.0.1');
    await runPendingMigrations(app.get(DataSource));
    url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
    api = { app, url, config, close: () => app.close() };
  });

  afterAll(async () => {
    await app?.close();
  });

  it('lets in a person the resolver names as holding the role on that resource', async () => {
    const editor = await makePerson(api);
    WIDGET_EDITORS.set(W1, new Set([editor.id]));
    const response = await request(url).get(`/widgets/${W1}`).set(bearer(await tokenFor(api, editor))).expect(200);
    expect(response.body).toEqual({ edited: W1 });
  });

  it('keeps out a person without the role on that resource, even with it on another', async () => {
    const editor = await makePerson(api);
    WIDGET_EDITORS.set(W2, new Set([editor.id]));
    const response = await request(url).get(`/widgets/${W3}`).set(bearer(await tokenFor(api, editor))).expect(403);
    expect(response.body.code).toBe('missing_role');
  });

  it('always lets a network admin in', async () => {
    const admin = await makeAdmin(api);
    await request(url).get(`/widgets/${ANY}`).set(bearer(await tokenFor(api, admin))).expect(200);
    await request(url).get(`/widgets/${ANY}/organised`).set(bearer(await tokenFor(api, admin))).expect(200);
  });

  it('answers anonymous callers with 401 before asking any resolver', async () => {
    await request(url).get(`/widgets/${W1}`).expect(401);
  });

  it('checks network roles: an organiser passes @RequireRoles(organiser), a delegate does not', async () => {
    const organiser = await makePerson(api, { roles: [NetworkRole.Organiser] });
    const delegate = await makePerson(api);
    await request(url).get(`/widgets/${W9}/organised`).set(bearer(await tokenFor(api, organiser))).expect(200);
    await request(url).get(`/widgets/${W9}/organised`).set(bearer(await tokenFor(api, delegate))).expect(403);
  });
});
