import { SignInService } from '@convene/identity';
import { SmtpSink } from '@convene/testing';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { askForSignIn, bearer, makeAdmin, makePerson, tokenFor } from '../identity/identity-fixtures';
import { RunningApi } from '../support/api';
import { eventually } from '../support/eventually';
import { MailingStack, startMailingStack } from '../support/mailing-stack';

// The whole path a delegate takes: API -> outbox -> queue -> worker -> real SMTP -> code -> session.
describe('Signing in with the code from the mail', () => {
  let stack: MailingStack;
  let sink: SmtpSink;
  let api: RunningApi;

  beforeAll(async () => {
    stack = await startMailingStack();
    ({ sink, api } = stack);
  });

  afterAll(() => stack?.close());

  const codeIn = (raw: string) => /^ {4}(\d{6})\s*$/m.exec(raw)?.[1];

  it('signs in with the code from the received mail', async () => {
    const person = await makePerson(api, { name: 'Ada <b>Lovelace</b>' });
    await askForSignIn(api, person.email as string).expect(202);
    const mail = await sink.waitFor((received) => received.to === person.email);

    expect(mail.subject).toMatch(/sign-in code/i);
    expect(mail.decoded).toContain('Ada &lt;b&gt;Lovelace&lt;/b&gt;'); // escaped in the HTML part
    expect(mail.decoded).not.toContain('<b>Lovelace</b>,</p>');
    const code = codeIn(mail.decoded);
    expect(code).toMatch(/^\d{6}$/);

    const verified = await request(api.url).post('/api/v1/auth/verify').send({ email: person.email, code }).expect(200);
    const cookie = verified.headers['set-cookie'];
    expect(String(cookie)).toMatch(/convene_session=.+HttpOnly/i);
    const me = await request(api.url).get('/api/v1/me').set('Cookie', cookie).expect(200);
    expect(me.body.email).toBe(person.email);

    // The same code does not work twice.
    await request(api.url).post('/api/v1/auth/verify').send({ email: person.email, code }).expect((response) => {
      expect(response.status).toBeGreaterThanOrEqual(400);
      expect(response.status).toBeLessThan(500);
    });
  });

  it('answers an unknown address exactly as a known one, and mails nothing', async () => {
    const known = await makePerson(api);
    const knownAnswer = await askForSignIn(api, known.email as string);
    const unknownAnswer = await askForSignIn(api, 'nobody-here@example.org');
    expect(unknownAnswer.status).toBe(knownAnswer.status);
    expect(unknownAnswer.body).toEqual(knownAnswer.body);
    await sink.waitFor((received) => received.to === known.email);
    // Both asks are recorded (or not) after the answer: once they are, nothing waits to go to the unknown address.
    await api.app.get(SignInService).settled();
    const recorded = await api.app.get(DataSource).query(`SELECT count(*)::int AS n FROM outbox_messages WHERE recipient = 'nobody-here@example.org'`);
    expect(recorded).toEqual([{ n: 0 }]);
    expect(sink.received.some((received) => received.to === 'nobody-here@example.org')).toBe(false);
  });

  it('shows admins the mail that failed for good, and sends it again on retry', async () => {
    const admin = await makeAdmin(api);
    const token = await tokenFor(api, admin);
    const person = await makePerson(api);
    sink.rejectWith(550, 'Mailbox unavailable');
    try {
      await askForSignIn(api, person.email as string).expect(202);
      let failed: { id: string; recipient: string; lastError: string } | undefined;
      await eventually(
        async () => {
          const list = await request(api.url).get('/api/v1/admin/mail?status=failed').set(bearer(token)).expect(200);
          failed = list.body.items.find((item: { recipient: string }) => item.recipient === person.email);
          return Boolean(failed);
        },
        'the refused mail among the failed',
        20_000,
        200,
      );
      expect(failed?.lastError).toMatch(/^550/);

      sink.rejectWith(undefined);
      const retried = await request(api.url).post(`/api/v1/admin/mail/${failed?.id}/retry`).set(bearer(token)).expect(200);
      expect(retried.body.status).toBe('pending');
      const mail = await sink.waitFor((received) => received.to === person.email);
      expect(mail.messageId).toBe(`<${failed?.id}@localhost>`);
    } finally {
      sink.rejectWith(undefined);
    }
  });

  it('keeps the mail queue from delegates', async () => {
    const delegate = await makePerson(api);
    const token = await tokenFor(api, delegate);
    await request(api.url).get('/api/v1/admin/mail').set(bearer(token)).expect(403);
    await request(api.url).get('/api/v1/admin/mail').expect(401);
    await request(api.url).get('/api/v1/admin/mail?status=lost').set(bearer(await tokenFor(api, await makeAdmin(api)))).expect(400);
  });
});
