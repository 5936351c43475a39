import { testConfig } from '@convene/testing';
import http from 'node:http';
import { RunningApi, startApi } from '../support/api';

interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  bytes: number;
}

/** The response as it travels: node:http does not decompress, so `bytes` is what was sent. */
function fetchRaw(url: string, acceptEncoding: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: { 'accept-encoding': acceptEncoding, ...headers } }, (response) => {
        let bytes = 0;
        response.on('data', (chunk: Buffer) => (bytes += chunk.length));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, bytes }));
      })
      .on('error', reject);
  });
}

// Issue 14.11: the main script went out uncompressed with `Cache-Control: max-age=0`, so every
// visit downloaded all of it again, in full.
describe('How the web app is delivered: compressed, hashed assets cached for good, pages revalidated', () => {
  let api: RunningApi;
  let script: string;
  let stylesheet: string;

  beforeAll(async () => {
    api = await startApi(await testConfig());
    const index = await (await fetch(`${api.url}/`)).text();
    script = /src="(\/assets\/[^"]+\.js)"/.exec(index)![1];
    stylesheet = /href="(\/assets\/[^"]+\.css)"/.exec(index)![1];
  }, 120_000);

  afterAll(async () => {
    await api?.close();
  });

  it.each([
    ['br', 'gzip, deflate, br'],
    ['gzip', 'gzip, deflate'],
  ])('sends the main script %s-compressed to a browser that accepts it, to be kept a year', async (encoding, accepted) => {
    const [compressed, plain] = await Promise.all([fetchRaw(`${api.url}${script}`, accepted), fetchRaw(`${api.url}${script}`, 'identity')]);
    expect(compressed.status).toBe(200);
    expect(compressed.headers['content-encoding']).toBe(encoding);
    expect(compressed.headers.vary).toMatch(/accept-encoding/i);
    expect(compressed.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(compressed.bytes).toBeLessThan(plain.bytes / 2);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('sends the stylesheet compressed and immutable too, with the page headers kept', async () => {
    const response = await fetchRaw(`${api.url}${stylesheet}`, 'br');
    expect(response.headers['content-encoding']).toBe('br');
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(response.headers['content-security-policy']).toMatch(/frame-ancestors 'none'/);
  });

  it.each(['/', '/index.html', '/events/some-forum', '/sessions/00000000-0000-4000-8000-000000000000/live'])(
    'has the browser revalidate the HTML of %s, with the page headers kept',
    async (path) => {
      const response = await fetchRaw(`${api.url}${path}`, 'gzip, br');
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toMatch(/text\/html/);
      expect(response.headers['cache-control']).toBe('no-cache');
      expect(response.headers['content-security-policy']).toMatch(/script-src 'self'/);
      expect(response.headers['x-frame-options']).toBe('DENY');
    },
  );

  it('answers a revalidation of unchanged HTML with 304 and no body', async () => {
    const first = await fetchRaw(`${api.url}/events/some-forum`, 'gzip');
    expect(first.headers.etag).toBeDefined();
    const again = await fetchRaw(`${api.url}/events/some-forum`, 'gzip', { 'if-none-match': String(first.headers.etag) });
    expect(again.status).toBe(304);
    expect(again.bytes).toBe(0);
  });

  it('answers a script that is not there (an old release) with 404, not with the HTML to keep a year', async () => {
    const response = await fetchRaw(`${api.url}/assets/index-00000000.js`, 'gzip');
    expect(response.status).toBe(404);
    expect(response.headers['cache-control'] ?? '').not.toMatch(/immutable/);
  });

  it('leaves the API as it is: JSON uncompressed, and stored by no cache (its own rule: http/api-cache.ts)', async () => {
    const document = await fetchRaw(`${api.url}/api/docs-json`, 'gzip, br');
    expect(document.status).toBe(200);
    expect(document.bytes).toBeGreaterThan(10_000);
    expect(document.headers['content-encoding']).toBeUndefined();
    expect(document.headers['cache-control']).toBe('no-store');
    const health = await fetchRaw(`${api.url}/api/v1/health`, 'gzip, br');
    expect(health.headers['content-encoding']).toBeUndefined();
  });
});
