import { SignInService } from '@convene/identity';
import { testConfig } from '@convene/testing';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { RunningApi, startApi } from '../support/api';
import { inOneLimitWindow } from '../support/live';
import { askForSignIn, makeOrganisation, makePerson, mailedSignIns, randomIp, sessionCookieOf, unique } from './identity-fixtures';

describe('Signing in without a password', () => {
  // A limit test may first wait up to 90 s for a fresh 15-minute window (inOneLimitWindow).
  jest.setTimeout(180_000);
  let api: RunningApi;
  let db: DataSource;

  beforeAll(async () => {
    api = await startApi(await testConfig({ PUBLIC_URL: 'https://convene.example.org' }));
    db = api.app.get(DataSource);
  });

  afterAll(async () => {
    await api?.close();
  });

  const verify = (body: object, ip = randomIp()) => request(api.url).post('/api/v1/auth/verify').set('X-Forwarded-For', ip).send(body);
  /** Mail in the outbox, once the sign-ins asked for so far are recorded (that happens after the answer). */
  const outboxCount = async () => {
    await api.app.get(SignInService).settled();
    return Number((await db.query('SELECT count(*) AS n FROM outbox_messages'))[0].n);
  };

  it('mails a code and a link, and the code signs the person in so that /me works with the cookie', async () => {
    const organisation = await makeOrganisation(api, { name: unique('Oldham Council') });
    const person = await makePerson(api, { name: 'Amira Khan', organisationId: organisation.id });

    const asked = await askForSignIn(api, person.email!.toUpperCase()).expect(202);
    expect(asked.body.message).toMatch(/sign-in email is on its way/);

    const [mail] = await mailedSignIns(api, person.email!);
    expect(mail.code).toMatch(/^\d{6}$/);
    expect(mail.name).toBe('Amira Khan');
    expect(mail.link).toMatch(/^https:\/\/convene\.example\.org\/sign-in\?token=[A-Za-z0-9_-]+&email=/);

    const verified = await verify({ email: person.email, code: mail.code }).expect(200);
    expect(verified.body.person).toMatchObject({ id: person.id, name: 'Amira Khan', isMember: true });
    const setCookie = ([] as string[]).concat(verified.headers['set-cookie']).find((c) => c.startsWith('convene_session='))!;
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Lax/);
    expect(setCookie).toMatch(/Path=\//);

    const me = await request(api.url).get('/api/v1/me').set('Cookie', sessionCookieOf(verified)).expect(200);
    expect(me.body).toMatchObject({ id: person.id, email: person.email, isMember: true, organisation: { id: organisation.id, isMember: true } });
  });

  it('stores neither the code nor the link token in clear', async () => {
    const person = await makePerson(api);
    await askForSignIn(api, person.email!).expect(202);
    const [mail] = await mailedSignIns(api, person.email!);
    const [row] = await db.query('SELECT link_hash, code_hash FROM sign_in_tokens WHERE person_id = $1', [person.id]);
    expect(JSON.stringify(row)).not.toContain(mail.code);
    expect(JSON.stringify(row)).not.toContain(mail.token);
  });

  it('signs in with the link token, and the token works once only', async () => {
    const person = await makePerson(api);
    await askForSignIn(api, person.email!).expect(202);
    const [mail] = await mailedSignIns(api, person.email!);

    const first = await verify({ token: mail.token }).expect(200);
    expect(first.body.person.id).toBe(person.id);
    const again = await verify({ token: mail.token }).expect(401);
    expect(again.body).toMatchObject({ statusCode: 401, code: 'sign_in_used' });
    expect(again.body.message).toMatch(/already been used/);
  });

  it('refuses a code that was already used', async () => {
    const person = await makePerson(api);
    await askForSignIn(api, person.email!).expect(202);
    const [mail] = await mailedSignIns(api, person.email!);
    await verify({ email: person.email, code: mail.code }).expect(200);
    const reused = await verify({ email: person.email, code: mail.code }).expect(401);
    expect(reused.body.code).toBe('sign_in_used');
  });

  it('refuses an expired code and an expired link, saying they expired', async () => {
    const person = await makePerson(api);
    await askForSignIn(api, person.email!).expect(202);
    const [mail] = await mailedSignIns(api, person.email!);
    await db.query(`UPDATE sign_in_tokens SET expires_at = now() - interval '1 minute' WHERE person_id = $1`, [person.id]);

    const byCode = await verify({ email: person.email, code: mail.code }).expect(401);
    expect(byCode.body).toMatchObject({ code: 'sign_in_expired' });
    expect(byCode.body.message).toMatch(/expired/);
    const byLink = await verify({ token: mail.token }).expect(401);
    expect(byLink.body.code).toBe('sign_in_expired');
  });

  it('refuses a wrong code, and after five wrong codes the right one no longer works', async () => {
    const person = await makePerson(api);
    await askForSignIn(api, person.email!).expect(202);
    const [mail] = await mailedSignIns(api, person.email!);
    const wrong = mail.code === '000000' ? '000001' : '000000';

    const refused = await verify({ email: person.email, code: wrong }).expect(401);
    expect(refused.body).toMatchObject({ statusCode: 401, code: 'sign_in_wrong_code' });
    for (let i = 0; i < 4; i++) await verify({ email: person.email, code: wrong }).expect(401);

    const dead = await verify({ email: person.email, code: mail.code }).expect(401);
    expect(dead.body.code).toBe('sign_in_attempts_exhausted');
    await verify({ token: mail.token }).expect(401);
  });

  it('answers an unknown address exactly as a known one, and records no mail for it', async () => {
    const known = await makePerson(api);
    const knownAnswer = await askForSignIn(api, known.email!).expect(202);
    const before = await outboxCount();
    const unknownAnswer = await askForSignIn(api, `${unique('nobody')}@example.org`).expect(202);

    expect(unknownAnswer.body).toEqual(knownAnswer.body);
    expect(unknownAnswer.headers['content-type']).toBe(knownAnswer.headers['content-type']);
    expect(await outboxCount()).toBe(before);
  });

  it('sends no sign-in mail to an erased person', async () => {
    const person = await makePerson(api);
    const email = person.email!;
    await db.query(`UPDATE people SET erased_at = now() WHERE id = $1`, [person.id]);
    await askForSignIn(api, email).expect(202);
    expect(await mailedSignIns(api, email)).toEqual([]);
  });

  it('serves the sign-in page for a mailed link without spending the token', async () => {
    const person = await makePerson(api);
    await askForSignIn(api, person.email!).expect(202);
    const [mail] = await mailedSignIns(api, person.email!);
    const path = new URL(mail.link).pathname + new URL(mail.link).search;

    const page = await request(api.url).get(path).expect(200);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    expect(page.headers['cache-control']).toBe('no-store');
    expect(page.headers['referrer-policy']).toBe('same-origin');
    expect(page.text).toContain('action="/api/v1/auth/verify"');
    expect(page.text).toContain(`value="${mail.token}"`);
    await request(api.url).get(path).expect(200);

    const [token] = await db.query('SELECT used_at FROM sign_in_tokens WHERE person_id = $1', [person.id]);
    expect(token.used_at).toBeNull();
    await verify({ token: mail.token }).expect(200);
  });

  it('escapes what the sign-in page echoes from the link', async () => {
    const page = await request(api.url).get('/sign-in').query({ token: '"><script>alert(1)</script>', email: '<b>x</b>@example.org' }).expect(200);
    expect(page.text).not.toContain('<script>alert(1)');
    expect(page.text).not.toContain('<b>x</b>');
  });

  it('signs in from the page form and sends the browser home with the cookie', async () => {
    const person = await makePerson(api);
    await askForSignIn(api, person.email!).expect(202);
    const [mail] = await mailedSignIns(api, person.email!);
    const response = await request(api.url).post('/api/v1/auth/verify').type('form').send({ token: mail.token }).expect(303);
    expect(response.headers.location).toBe('/');
    await request(api.url).get('/api/v1/me').set('Cookie', sessionCookieOf(response)).expect(200);
  });

  it('refuses a sign-in form posted from another site', async () => {
    const person = await makePerson(api);
    await askForSignIn(api, person.email!).expect(202);
    const [mail] = await mailedSignIns(api, person.email!);
    await request(api.url).post('/api/v1/auth/verify').type('form').set('Origin', 'https://evil.example').send({ token: mail.token }).expect(403);
    const [token] = await db.query('SELECT used_at FROM sign_in_tokens WHERE person_id = $1', [person.id]);
    expect(token.used_at).toBeNull();
  });

  it('ends the session on sign-out and clears the cookie', async () => {
    const person = await makePerson(api);
    await askForSignIn(api, person.email!).expect(202);
    const [mail] = await mailedSignIns(api, person.email!);
    const cookie = sessionCookieOf(await verify({ token: mail.token }).expect(200));
    await request(api.url).get('/api/v1/me').set('Cookie', cookie).expect(200);

    const out = await request(api.url).post('/api/v1/auth/sign-out').set('Cookie', cookie).expect(204);
    expect(String(out.headers['set-cookie'])).toMatch(/convene_session=;.*Expires=Thu, 01 Jan 1970/);
    const after = await request(api.url).get('/api/v1/me').set('Cookie', cookie).expect(401);
    expect(after.body.statusCode).toBe(401);
    expect(Number((await db.query('SELECT count(*) AS n FROM sessions WHERE person_id = $1', [person.id]))[0].n)).toBe(0);
  });

  it('refuses a made-up session cookie', async () => {
    await request(api.url).get('/api/v1/me').set('Cookie', 'convene_session=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa').expect(401);
  });

  it('limits sign-in mails per address, and an over-limit unknown address looks like an over-limit known one', async () => {
    const known = await makePerson(api);
    const unknown = `${unique('nobody')}@example.org`;
    await inOneLimitWindow(15 * 60, 90_000);
    for (let i = 0; i < 5; i++) {
      await askForSignIn(api, known.email!).expect(202);
      await askForSignIn(api, unknown).expect(202);
    }
    const knownOver = await askForSignIn(api, known.email!).expect(429);
    const unknownOver = await askForSignIn(api, unknown).expect(429);
    expect(knownOver.body).toMatchObject({ statusCode: 429, error: 'Too Many Requests', code: 'too_many_attempts' });
    expect(Number(knownOver.headers['retry-after'])).toBeGreaterThan(0);
    const { requestId: _a, ...knownBody } = knownOver.body;
    const { requestId: _b, ...unknownBody } = unknownOver.body;
    expect(unknownBody).toEqual(knownBody);
    expect(await mailedSignIns(api, known.email!)).toHaveLength(5);
  });

  it('limits sign-in mails per client address, whatever the addresses asked for', async () => {
    const ip = randomIp();
    await inOneLimitWindow(15 * 60, 90_000);
    for (let i = 0; i < 30; i++) await askForSignIn(api, `${unique('someone')}@example.org`, ip).expect(202);
    const over = await askForSignIn(api, `${unique('someone')}@example.org`, ip).expect(429);
    expect(over.body.code).toBe('too_many_attempts');
    await askForSignIn(api, `${unique('someone')}@example.org`).expect(202);
  });

  it('limits wrong codes per address across tokens, with a 429', async () => {
    const person = await makePerson(api);
    const ip = randomIp();
    await inOneLimitWindow(15 * 60, 90_000);
    for (let i = 0; i < 10; i++) await verify({ email: person.email, code: String(100000 + i) }, ip).expect(401);
    const over = await verify({ email: person.email, code: '123456' }, randomIp()).expect(429);
    expect(over.body).toMatchObject({ statusCode: 429, code: 'too_many_attempts' });
  });

  it('counts rate limits in the database, so every API instance sees the same counts', async () => {
    const ip = randomIp();
    await askForSignIn(api, `${unique('someone')}@example.org`, ip).expect(202);
    const rows: Array<{ bucket: string; hits: number }> = await db.query(`SELECT bucket, hits FROM rate_limit_counters WHERE bucket = $1`, [`sign-in-ip:${ip}`]);
    expect(rows).toEqual([{ bucket: `sign-in-ip:${ip}`, hits: 1 }]);
  });

  it.each([
    [{ email: 'not-an-address' }, 'email'],
    [{ email: 'jo@example.org', extra: 'x' }, 'extra'],
    [{}, 'email'],
  ])('refuses a bad sign-in request %j with 400 and field details', async (body, field) => {
    const before = await outboxCount();
    const response = await request(api.url).post('/api/v1/auth/email').send(body).expect(400);
    expect(response.body.details[field]).toBeDefined();
    expect(await outboxCount()).toBe(before);
  });

  it('refuses a verification with neither a token nor an email and code', async () => {
    const response = await verify({ email: 'jo@example.org' }).expect(400);
    expect(response.body.details.code).toBeDefined();
  });
});
