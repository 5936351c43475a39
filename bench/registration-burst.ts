// A burst of registrations at a 300-seat forum on the embedded default: registrations per
// second, p50/p99 latency, and the check that exactly 300 are confirmed. The API runs as its
// own process (dist/); the client holds 200 connections. Baseline in the same run: the same
// client against a bare Node HTTP server that parses the JSON and answers 201.
//   npm run bench:registration [-- --requests 2000 --connections 200]
import 'reflect-metadata';
import { EmbeddedPostgres, freePort } from '@convene/core';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { startApiProcess } from './api-process';

const arg = (name: string, fallback: number) => Number(process.argv[process.argv.indexOf(`--${name}`) + 1]) || fallback;
const requests = arg('requests', 2000);
const connections = arg('connections', 200);

interface Burst {
  seconds: number;
  latencies: number[];
  statuses: Map<number, number>;
}

/** Fires `requests` POSTs through `connections` keep-alive sockets, all at once. */
async function burst(port: number, pathFor: (index: number) => string, bodyFor: (index: number) => string): Promise<Burst> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const latencies: number[] = [];
  const statuses = new Map<number, number>();
  const started = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: requests }, (_, index) => {
      const body = bodyFor(index);
      const sent = process.hrtime.bigint();
      return new Promise<void>((resolve, reject) => {
        const req = http.request(
          { host: '127.0.0.1', port, path: pathFor(index), method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
          (res) => {
            res.resume();
            res.on('end', () => {
              latencies.push(Number(process.hrtime.bigint() - sent) / 1e6);
              statuses.set(res.statusCode ?? 0, (statuses.get(res.statusCode ?? 0) ?? 0) + 1);
              resolve();
            });
          },
        );
        req.on('error', reject);
        req.end(body);
      });
    }),
  );
  agent.destroy();
  return { seconds: Number(process.hrtime.bigint() - started) / 1e9, latencies: latencies.sort((a, b) => a - b), statuses };
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

function describe(name: string, result: Burst): string {
  const rate = requests / result.seconds;
  return `${name}: ${rate.toFixed(0)} req/s, p50 ${percentile(result.latencies, 50).toFixed(0)} ms, p99 ${percentile(result.latencies, 99).toFixed(0)} ms, statuses ${JSON.stringify(Object.fromEntries(result.statuses))}`;
}

async function bareBaseline(): Promise<Burst> {
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      JSON.parse(body);
      res.writeHead(201, { 'content-type': 'application/json' }).end('{"status":"confirmed"}');
    });
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const result = await burst(port, () => '/', (index) => JSON.stringify({ name: `Delegate ${index}` }));
  await new Promise((resolve) => server.close(resolve));
  return result;
}


async function main(): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'convene-bench-'));
  const postgres = new EmbeddedPostgres({ dataDir: path.join(dataDir, 'postgres') });
  await postgres.start();
  const databaseUrl = await postgres.ensureDatabase('bench');
  const port = await freePort();
  const api = await startApiProcess({ ...process.env, NODE_ENV: 'test', DATABASE_URL: databaseUrl, PORT: String(port), DATA_DIR: dataDir, REDIS_URL: '' });

  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  const [event] = (
    await db.query(
      `INSERT INTO events (slug, title, kind, starts_at, ends_at, status, visibility, capacity)
       VALUES ('bench-forum', 'Bench Forum', 'network_forum', now() + interval '30 days', now() + interval '30 days 6 hours', 'published', 'public', 300)
       RETURNING id`,
    )
  ).rows;

  const baseline = await bareBaseline();
  const result = await burst(
    port,
    () => `/api/v1/events/${event.id}/registrations`,
    (index) => JSON.stringify({ name: `Delegate ${index}`, email: `delegate-${index}@example.org`, category: 'delegate' }),
  );
  const counts = Object.fromEntries(
    (await db.query(`SELECT status, count(*)::int AS n FROM registrations WHERE event_id = $1 GROUP BY status`, [event.id])).rows.map((row) => [row.status, row.n]),
  );

  process.stdout.write(
    [
      `requests: ${requests}, connections: ${connections}, capacity: 300`,
      describe('bare node http (baseline)', baseline),
      describe('registration API', result),
      `ratio registration/bare: ${(baseline.seconds / result.seconds).toFixed(3)}`,
      `confirmed: ${counts.confirmed ?? 0} (must be 300), waitlisted: ${counts.waitlisted ?? 0}`,
    ].join('\n') + '\n',
  );

  await db.end();
  api.kill('SIGTERM');
  await new Promise((resolve) => api.once('exit', resolve));
  await postgres.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
  if (counts.confirmed !== 300) process.exit(1);
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
