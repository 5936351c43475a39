import { freePort, testConfig } from '@convene/testing';
import net from 'node:net';
import request from 'supertest';
import { RunningApi, startApi } from '../support/api';
import { makePublishedEvent, registrationBody } from '../support/events';

/**
 * A TCP relay between the API and the test's Postgres: `cut()` drops every connection and
 * refuses new ones, as a Postgres outage looks from the API; `restore()` lets them through again.
 */
async function startRelay(target: URL): Promise<{ port: number; cut: () => Promise<void>; restore: () => Promise<void>; close: () => Promise<void> }> {
  const port = await freePort();
  const sockets = new Set<net.Socket>();
  let server: net.Server | undefined;
  const listen = () =>
    new Promise<void>((resolve) => {
      server = net.createServer((client) => {
        const upstream = net.connect(Number(target.port), target.hostname);
        for (const socket of [client, upstream]) {
          sockets.add(socket);
          socket.on('close', () => sockets.delete(socket));
          socket.on('error', () => socket.destroy());
        }
        client.pipe(upstream).pipe(client);
      });
      server.listen(port, '127.0.0.1', resolve);
    });
  const cut = async () => {
    await new Promise((resolve) => {
      server?.close(resolve);
      for (const socket of sockets) socket.destroy();
    });
  };
  await listen();
  return { port, cut, restore: listen, close: cut };
}

// Issue 16.13: during a Postgres outage registrations got a generic 500.
describe('A Postgres outage', () => {
  let api: RunningApi;
  let relay: Awaited<ReturnType<typeof startRelay>>;

  beforeAll(async () => {
    const direct = await testConfig();
    const target = new URL(direct.databaseUrl!);
    relay = await startRelay(target);
    const viaRelay = new URL(target);
    viaRelay.port = String(relay.port);
    api = await startApi(await testConfig({ DATABASE_URL: viaRelay.toString() }));
  });

  afterAll(async () => {
    await api?.close();
    await relay?.close();
  });

  it('answers 503 with Retry-After while the database is down, and works again once it is back', async () => {
    const event = await makePublishedEvent(api);
    await relay.cut();
    try {
      const refused = await request(api.url).post(`/api/v1/events/${event.id}/registrations`).send(registrationBody(1));
      expect(refused.status).toBe(503);
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
      expect(refused.body).toMatchObject({ statusCode: 503, error: 'Service Unavailable', code: 'database_unavailable' });
      const listed = await request(api.url).get('/api/v1/events');
      expect(listed.status).toBe(503);
    } finally {
      await relay.restore();
    }
    const registered = await request(api.url).post(`/api/v1/events/${event.id}/registrations`).send(registrationBody(2));
    expect(registered.status).toBeLessThan(300);
  });
});
