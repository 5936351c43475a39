import { testConfig } from '@convene/testing';
import net from 'node:net';
import request from 'supertest';
import { MAX_CONNECTIONS_PER_CLIENT } from '../../apps/api/src/http/connection-limits';
import { RunningApi, startApi } from '../support/api';

/** Opens a raw connection and resolves with what the server sent before it closed the connection. */
function openConnection(url: string): Promise<{ socket: net.Socket; closed: Promise<string> }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), hostname, () => {
      let received = '';
      socket.on('data', (chunk) => (received += chunk.toString()));
      const closed = new Promise<string>((done) => socket.once('close', () => done(received)));
      resolve({ socket, closed });
    });
    socket.once('error', reject);
  });
}

// Issue 16.10: a 250 kB body nesting arrays 120,000 deep gave a 500 after about 200 ms of work
// (20 of them kept /health waiting 4 s); 300 slow-body connections were never cut; 600 sockets
// from one address were all accepted.
describe('Requests that try to tie the server up', () => {
  let api: RunningApi;

  beforeAll(async () => {
    // No trusted proxy: the test's connections come from loopback, and a trusted proxy is not capped.
    api = await startApi(await testConfig({ TRUSTED_PROXIES: '' }));
  });

  afterAll(async () => {
    await api?.close();
  });

  it('refuses deeply nested JSON with a 400 before parsing it', async () => {
    const body = '{"email":' + '['.repeat(120_000) + ']'.repeat(120_000) + '}';
    const answer = await request(api.url).post('/api/v1/auth/email').set('Content-Type', 'application/json').send(body);
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({ statusCode: 400, error: 'Bad Request' });
    expect(answer.body.message).toMatch(/nests deeper than/);
  });

  it('still takes ordinary nesting', async () => {
    await request(api.url).post('/api/v1/auth/email').send({ email: 'jo@example.org' }).expect(202);
  });

  it('cuts a client that never finishes its headers, and one that never finishes its body', async () => {
    const slowHeaders = await openConnection(api.url);
    slowHeaders.socket.write('GET /api/v1/health HTTP/1.1\r\nHost: x\r\n');
    const slowBody = await openConnection(api.url);
    slowBody.socket.write('POST /api/v1/auth/email HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"email":');
    const [headersAnswer, bodyAnswer] = await Promise.all([slowHeaders.closed, slowBody.closed]);
    expect(headersAnswer).toMatch(/^HTTP\/1\.1 408/);
    expect(bodyAnswer).toMatch(/^HTTP\/1\.1 408/);
  }, 60_000);

  it(`accepts ${MAX_CONNECTIONS_PER_CLIENT} connections from one address and closes the next at once`, async () => {
    const held = [];
    try {
      for (let i = 0; i < MAX_CONNECTIONS_PER_CLIENT; i++) held.push(await openConnection(api.url));
      const extra = await openConnection(api.url);
      expect(await extra.closed).toBe('');
      // The ones held still work, and closing them frees room again.
      held[0].socket.write('GET /api/v1/health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
      expect(await held[0].closed).toMatch(/^HTTP\/1\.1 200/);
    } finally {
      for (const { socket } of held) socket.destroy();
    }
    // The server counts a connection gone when its side closes, a moment after ours: ask until it has.
    let status = 0;
    for (let attempt = 0; attempt < 100 && status !== 200; attempt++) {
      status = await request(api.url).get('/api/v1/health').then((answer) => answer.status, () => 0);
    }
    expect(status).toBe(200);
  }, 60_000);
});
