import { loadConfig } from '@convene/core';
import { testConfig } from '@convene/testing';
import request from 'supertest';
import { randomIp, unique } from '../identity/identity-fixtures';
import { RunningApi, startApi } from '../support/api';
import { inOneLimitWindow } from '../support/live';

// Issue 16.9: X-Forwarded-For was trusted from loopback and private addresses, so rotating it
// gave 40 sign-in mails where 30 per client address is the limit.
describe('Which proxies may name the client address', () => {
  // A limit test may first wait up to 90 s for a fresh 15-minute window (inOneLimitWindow).
  jest.setTimeout(180_000);
  describe('by default (no TRUSTED_PROXIES)', () => {
    let api: RunningApi;

    beforeAll(async () => {
      api = await startApi(await testConfig({ TRUSTED_PROXIES: '' }));
    });

    afterAll(async () => {
      await api?.close();
    });

    it('ignores X-Forwarded-For, so rotating it does not get past the per-client sign-in limit', async () => {
      const answers: number[] = [];
      await inOneLimitWindow(15 * 60, 90_000);
      for (let i = 0; i < 31; i++) {
        const answer = await request(api.url).post('/api/v1/auth/email').set('X-Forwarded-For', randomIp()).send({ email: `${unique('nobody')}@example.org` });
        answers.push(answer.status);
      }
      expect(answers.slice(0, 30).every((status) => status === 202)).toBe(true);
      expect(answers[30]).toBe(429);
    });
  });

  describe('with TRUSTED_PROXIES naming the proxy', () => {
    let api: RunningApi;

    beforeAll(async () => {
      api = await startApi(await testConfig({ TRUSTED_PROXIES: '127.0.0.1' }));
    });

    afterAll(async () => {
      await api?.close();
    });

    it('counts each forwarded client on its own', async () => {
      for (let i = 0; i < 31; i++) {
        await request(api.url).post('/api/v1/auth/email').set('X-Forwarded-For', randomIp()).send({ email: `${unique('nobody')}@example.org` }).expect(202);
      }
    });
  });

  it('refuses a TRUSTED_PROXIES that is not a list of addresses, networks or loopback/linklocal/uniquelocal', () => {
    expect(() => loadConfig({ NODE_ENV: 'test', TRUSTED_PROXIES: 'everyone' })).toThrow(/TRUSTED_PROXIES/);
    expect(loadConfig({ NODE_ENV: 'test', TRUSTED_PROXIES: '10.0.0.1, 192.168.0.0/16, loopback' }).trustedProxies).toEqual(['10.0.0.1', '192.168.0.0/16', 'loopback']);
    expect(loadConfig({ NODE_ENV: 'test' }).trustedProxies).toEqual([]);
  });
});
