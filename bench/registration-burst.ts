// A burst of registrations at a 300-seat forum on the embedded default: registrations per
// second, p50/p99 latency, and the check that exactly 300 are confirmed. The API runs as its
// own process (dist/); the client holds 200 connections. Floors in the same run: the same client
// against a bare Node HTTP server that parses the JSON and answers 201, and the database's own
// floor: pg clients (as many as the API's pool) each doing the guarded hot-row update
// (`confirmed < capacity`) and the insert, one transaction per registration. Then the same number
// of registrations at a second event with arrivals paced at --pace a second, for the p99.
// Prints its rows of `npm run bench`.
//   npm run bench:registration [-- --requests 2000 --connections 200 --pace 500]
import 'reflect-metadata';
import { EmbeddedPostgres, freePort } from '@convene/core';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { startApiProcess } from './api-process';

import { flag, printRow } from './bench-row';

const requests = flag('requests', 2000);
const connections = flag('connections', 200);
const pace = flag('pace', 500);
/** `--statements 1`: count the statements the API sends per registration (pg_stat_statements). */
const countStatements = flag('statements', 0) > 0;
const CAPACITY = 300;
/** The API's pool size (libs/core data-source-options): the floor gets as many connections. */
const FLOOR_CLIENTS = 20;

interface Burst {
  seconds: number;
  latencies: number[];
  statuses: Map<number, number>;
}

/**
 * Fires `requests` POSTs through `connections` keep-alive sockets: all at once, or `perSecond`
 * arrivals a second (latency then counts from when each was due, so a slow server is not hidden).
 */
async function burst(port: number, pathFor: (index: number) => string, bodyFor: (index: number) => string, perSecond?: number): Promise<Burst> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const latencies: number[] = [];
  const statuses = new Map<number, number>();
  const started = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: requests }, async (_, index) => {
      const body = bodyFor(index);
      const due = perSecond ? started + BigInt(Math.round((index / perSecond) * 1e9)) : started;
      const wait = Number(due - process.hrtime.bigint()) / 1e6;
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      const sent = perSecond ? due : process.hrtime.bigint();
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

/** CPU time (user + system, ms) the process has used, where /proc tells it (Linux); else null. */
function cpuMsOf(pid: number | undefined): number | null {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    // utime and stime, in clock ticks of 1/100 s (Linux's USER_HZ).
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
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

/** The database's floor: a guarded hot-row counter and an insert per transaction, FLOOR_CLIENTS at a time. */
async function pgFloor(databaseUrl: string): Promise<{ perSecond: number; confirmed: number }> {
  const setup = new Client({ connectionString: databaseUrl });
  await setup.connect();
  await setup.query(`CREATE TABLE floor_events (id int PRIMARY KEY, capacity int NOT NULL, confirmed int NOT NULL DEFAULT 0)`);
  await setup.query(`CREATE TABLE floor_registrations (id bigserial PRIMARY KEY, event_id int NOT NULL REFERENCES floor_events, email text NOT NULL UNIQUE, status text NOT NULL)`);
  await setup.query(`INSERT INTO floor_events (id, capacity) VALUES (1, $1)`, [CAPACITY]);
  const clients = await Promise.all(
    Array.from({ length: FLOOR_CLIENTS }, async () => {
      const client = new Client({ connectionString: databaseUrl });
      await client.connect();
      return client;
    }),
  );
  let next = 0;
  const started = process.hrtime.bigint();
  await Promise.all(
    clients.map(async (client) => {
      while (next < requests) {
        const index = next++;
        await client.query('BEGIN');
        const seat = await client.query(`UPDATE floor_events SET confirmed = confirmed + 1 WHERE id = 1 AND confirmed < capacity RETURNING confirmed`);
        await client.query(`INSERT INTO floor_registrations (event_id, email, status) VALUES (1, $1, $2)`, [
          `floor-${index}@example.org`,
          seat.rowCount ? 'confirmed' : 'waitlisted',
        ]);
        await client.query('COMMIT');
      }
    }),
  );
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const confirmed = (await setup.query(`SELECT count(*)::int AS n FROM floor_registrations WHERE status = 'confirmed'`)).rows[0].n as number;
  await Promise.all([...clients, setup].map((client) => client.end()));
  return { perSecond: requests / seconds, confirmed };
}

async function main(): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'convene-bench-'));
  const postgres = new EmbeddedPostgres({ dataDir: path.join(dataDir, 'postgres') });
  await postgres.start();
  if (countStatements) {
    // Loaded at start-up only: set it, then start again.
    const admin = new Client({ connectionString: postgres.url() });
    await admin.connect();
    await admin.query(`ALTER SYSTEM SET shared_preload_libraries = 'pg_stat_statements'`);
    await admin.query(`ALTER SYSTEM SET pg_stat_statements.max = 10000`);
    await admin.end();
    await postgres.stop();
    await postgres.start();
  }
  const databaseUrl = await postgres.ensureDatabase('bench');
  const port = await freePort();
  // One client sends the whole burst: the per-client registration limit is raised (it is still counted).
  const api = await startApiProcess({
    ...process.env, NODE_ENV: 'test', DATABASE_URL: databaseUrl, PORT: String(port), DATA_DIR: dataDir, REDIS_URL: process.env.REDIS_URL ?? '', REGISTRATION_LIMIT_PER_CLIENT: '1000000',
  });

  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  const newEvent = async (slug: string): Promise<string> =>
    (
      await db.query(
        `INSERT INTO events (slug, title, kind, starts_at, ends_at, status, visibility, capacity)
         VALUES ($1, 'Bench Forum', 'network_forum', now() + interval '30 days', now() + interval '30 days 6 hours', 'published', 'public', $2)
         RETURNING id`,
        [slug, CAPACITY],
      )
    ).rows[0].id as string;
  const countsOf = async (eventId: string): Promise<Record<string, number>> =>
    Object.fromEntries(
      (await db.query(`SELECT status, count(*)::int AS n FROM registrations WHERE event_id = $1 GROUP BY status`, [eventId])).rows.map((row) => [row.status, row.n]),
    );
  if (countStatements) await db.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements');
  /** What the API sent since the last call: statements (each one round trip) per registration, the busiest first. */
  const statementsSince = async (): Promise<string> => {
    if (!countStatements) return '';
    const rows: Array<{ query: string; calls: number }> = (
      await db.query(
        `SELECT regexp_replace(left(query, 90), '\\s+', ' ', 'g') AS query, sum(calls)::int AS calls FROM pg_stat_statements
          WHERE query NOT LIKE '%pg_stat_statements%' GROUP BY 1 ORDER BY 2 DESC`,
      )
    ).rows;
    await db.query('SELECT pg_stat_statements_reset()');
    const total = rows.reduce((sum, row) => sum + row.calls, 0);
    return [`  statements: ${total} (${(total / requests).toFixed(3)} a registration)`, ...rows.map((row) => `    ${row.calls}\t${row.query}`)].join('\n');
  };
  const register = (eventId: string, tag: string, perSecond?: number) =>
    burst(
      port,
      () => `/api/v1/events/${eventId}/registrations`,
      (index) => JSON.stringify({ name: `Delegate ${index}`, email: `${tag}-${index}@example.org`, category: 'delegate' }),
      perSecond,
    );

  const loadBefore = os.loadavg();
  const baseline = await bareBaseline();
  const floor = await pgFloor(databaseUrl);
  const burstEvent = await newEvent('bench-forum');
  // What each registration costs the API in CPU: unlike the rate, it hardly moves with the machine's load.
  await statementsSince();
  const cpuBefore = cpuMsOf(api.pid);
  const result = await register(burstEvent, 'delegate');
  const cpuAfter = cpuMsOf(api.pid);
  const burstStatements = await statementsSince();
  const counts = await countsOf(burstEvent);
  const pacedEvent = await newEvent('bench-forum-paced');
  await statementsSince();
  const paced = await register(pacedEvent, 'paced', pace);
  const pacedStatements = await statementsSince();
  const pacedCounts = await countsOf(pacedEvent);

  const rate = requests / result.seconds;
  const pacedP99 = percentile(paced.latencies, 99);
  process.stdout.write(
    [
      `requests: ${requests}, connections: ${connections}, capacity: ${CAPACITY}`,
      // The machine is shared: the figures mean little without the load they were taken under.
      `load average (1, 5, 15 min) before: ${loadBefore.map((n) => n.toFixed(2)).join(', ')}, after: ${os.loadavg().map((n) => n.toFixed(2)).join(', ')}`,
      describe('bare node http (baseline)', baseline),
      `pg floor (${FLOOR_CLIENTS} clients, guarded hot-row update + insert): ${floor.perSecond.toFixed(0)} tx/s, confirmed ${floor.confirmed}`,
      describe('registration API', result),
      cpuBefore !== null && cpuAfter !== null ? `API process CPU: ${((cpuAfter - cpuBefore) / requests).toFixed(2)} ms a registration` : 'API process CPU: not measured here (no /proc)',
      `ratio registration/bare http: ${(baseline.seconds / result.seconds).toFixed(3)}, registration/pg floor: ${(rate / floor.perSecond).toFixed(3)}`,
      `confirmed: ${counts.confirmed ?? 0} (must be ${CAPACITY}), waitlisted: ${counts.waitlisted ?? 0}`,
      ...(countStatements ? [burstStatements] : []),
      describe(`registration API, arrivals paced at ${pace}/s`, paced),
      `paced: confirmed ${pacedCounts.confirmed ?? 0} (must be ${CAPACITY})`,
      ...(countStatements ? [pacedStatements] : []),
    ].join('\n') + '\n',
  );
  const exact = counts.confirmed === CAPACITY && pacedCounts.confirmed === CAPACITY;
  const backend = process.env.REDIS_URL ? 'redis' : 'postgres';
  printRow({
    path: `registration burst, ${requests} over ${connections} connections, ${CAPACITY} seats (${backend})`,
    product: `${rate.toFixed(0)} reg/s, p99 ${(percentile(result.latencies, 99) / 1000).toFixed(2)} s`,
    floor: `${floor.perSecond.toFixed(0)} tx/s`,
    ratio: rate / floor.perSecond,
    aim: '≥ 500/s and ≥ 0.55 × floor; exactly 300 confirmed',
    pass: rate >= 500 && rate / floor.perSecond >= 0.55 && counts.confirmed === CAPACITY,
    note: `confirmed ${counts.confirmed ?? 0}; load ${loadBefore[0].toFixed(1)}`,
  });
  printRow({
    path: `registration paced at ${pace}/s (${backend})`,
    product: `p99 ${(pacedP99 / 1000).toFixed(2)} s`,
    floor: '-',
    ratio: null,
    aim: 'p99 < 1 s; exactly 300 confirmed',
    pass: pacedP99 < 1000 && pacedCounts.confirmed === CAPACITY,
    note: `confirmed ${pacedCounts.confirmed ?? 0}`,
  });

  await db.end();
  api.kill('SIGTERM');
  await new Promise((resolve) => api.once('exit', resolve));
  await postgres.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
  if (!exact) process.exit(1);
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
