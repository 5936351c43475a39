// A poll in a plenary: N phones (socket.io clients on /live, each with a live identity minted
// the way POST /live/identity mints them) answer one single-choice poll at `rate` answers a
// second over the socket, on one API process; the projector (a follower's socket) shows the
// running count. Measured: answer → projector, i.e. for the k-th answer sent, the time until
// the projector first shows k or more answers (p50/p99/max). Baseline in the same run and the
// same process tree: a bare socket.io relay that counts in memory and rebroadcasts each answer
// to the room, with the same phones and rate. Final counts must be exact everywhere: the
// database, the chair's console, the projector's last count and every phone's last count.
//   npm run bench:polls [-- --participants 2000 --rate 200 --seconds 10]
import 'reflect-metadata';
import { EmbeddedPostgres, dataSourceOptions, freePort, loadConfig } from '@convene/core';
import { NetworkRole, Person, apiTokensFor } from '@convene/identity';
import { mintIdentity } from '@convene/live';
import { RESULTS_INTERVAL_MS, ROOM_RESULTS_INTERVAL_MS } from '@convene/polls';
import { ChildProcess, fork } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { io, type Socket } from 'socket.io-client';
import { DataSource } from 'typeorm';
import { ALL_ENTITIES } from '../apps/cli/src/entities';
import { startApiProcess } from './api-process';
import { flag, printRow } from './bench-row';

const participants = flag('participants', 2000);
const rate = flag('rate', 200);
const seconds = flag('seconds', 10);
const total = rate * seconds;
const OPTIONS = ['Housing', 'Energy', 'Care'];
const AIM_P99_MS = 150;
const AIM_RATIO = 3;
const WARM_UP_SECONDS = 2;
/** `--bare each`, `--bare coalesced`, both (the default), or `none` (Convene alone, e.g. to profile it with API_PROFILE=<dir>). */
const bareChoice = process.argv.includes('--bare') ? process.argv[process.argv.indexOf('--bare') + 1] : 'both';
const bareModes = bareChoice === 'none' ? [] : [...(bareChoice !== 'coalesced' ? [false] : []), ...(bareChoice !== 'each' ? [true] : [])];

const now = () => performance.timeOrigin + performance.now();
const percentile = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : NaN);

interface Target {
  url: string;
  sessionId: string;
  pollId: string;
  /** A poll of the same session answered first (JIT, pools, first queries): not measured. */
  warmUpPollId: string;
  auths: Array<Record<string, string>>;
  answerEvent: string;
  countEvent: string;
  /** The projector: a socket joined to the session (the chair's, as opened from the console), and the events that carry its counts. */
  projector: () => Promise<Socket>;
  projectorEvents: string[];
  /** Counts as the server holds them at the end: respondents and per option. */
  finalCounts: () => Promise<{ respondents: number; counts: number[]; where: string }>;
}

interface Run {
  latencies: number[];
  ackLatencies: number[];
  refused: string[];
  projectorLast: number;
  phonesLowest: number;
  connected: number;
  server: { respondents: number; counts: number[]; where: string };
}

function forkTs(file: string, env: NodeJS.ProcessEnv = {}): ChildProcess {
  return fork(path.join(__dirname, file), [], {
    env: { ...process.env, ...env },
    execArgv: ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
}

function nextMessage<T>(child: ChildProcess, type: string, timeoutMs = 600_000): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${type} from child within ${timeoutMs} ms`)), timeoutMs);
    const onMessage = (message: { type?: string; message?: string }) => {
      if (message?.type === 'failed') {
        clearTimeout(timer);
        reject(new Error(message.message));
      }
      if (message?.type !== type) return;
      clearTimeout(timer);
      child.off('message', onMessage);
      resolve(message as T);
    };
    child.on('message', onMessage);
  });
}

function joined(url: string, sessionId: string, auth: Record<string, string>, join: Record<string, unknown> = {}): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = io(`${url}/live`, { transports: ['websocket'], forceNew: true, reconnection: false, auth });
    socket.once('connect_error', reject);
    socket.once('connect', () =>
      socket.emit('join', { sessionId, ...join }, (ack: { ok?: boolean; error?: { message: string } }) => (ack?.ok ? resolve(socket) : reject(new Error(ack?.error?.message ?? 'join refused')))),
    );
  });
}

/** Connects the phones, then sends `total` answers at `rate` a second while the projector watches. */
async function measure(target: Target): Promise<Run> {
  const phones = forkTs('poll-phones.ts');
  phones.send({ type: 'connect', url: target.url, sessionId: target.sessionId, auths: target.auths, countEvent: target.countEvent });
  const { connected } = await nextMessage<{ connected: number }>(phones, 'connected');
  process.stderr.write(`  ${connected} phones joined\n`);
  const projector = await target.projector();
  const shown: Array<[number, number]> = [];
  // The projector shows the highest count it has heard, on whichever event it came.
  let highest = 0;
  for (const event of target.projectorEvents) {
    projector.on(event, (message: { poll?: { id: string; responses?: number }; pollId?: string; respondents?: number }) => {
      const count = message?.poll ? (message.poll.id === target.pollId ? message.poll.responses : undefined) : message?.pollId === target.pollId ? message.respondents : undefined;
      if (count === undefined || count <= highest) return;
      highest = count;
      shown.push([now(), count]);
    });
  }
  phones.send({ type: 'go', startAt: now() + 200, rate, total: Math.min(total, rate * WARM_UP_SECONDS), answerEvent: target.answerEvent, pollId: target.warmUpPollId, options: OPTIONS.length });
  await nextMessage(phones, 'sent');
  process.stderr.write('  warm-up answered\n');
  await new Promise((resolve) => setTimeout(resolve, 1000));

  phones.send({ type: 'go', startAt: now() + 200, rate, total, answerEvent: target.answerEvent, pollId: target.pollId, options: OPTIONS.length });
  const { sent, acked, refused } = await nextMessage<{ sent: number[]; acked: number[]; refused: string[] }>(phones, 'sent');
  process.stderr.write(`  ${sent.length} answers sent and acknowledged in ${((Math.max(...acked) - Math.min(...sent)) / 1000).toFixed(1)} s\n`);
  // Let the last broadcasts arrive.
  const waitUntil = now() + 10_000;
  while ((shown.at(-1)?.[1] ?? 0) < total - refused.length && now() < waitUntil) await new Promise((resolve) => setTimeout(resolve, 50));
  await new Promise((resolve) => setTimeout(resolve, 1000));
  phones.send({ type: 'report', pollId: target.pollId });
  const report = await nextMessage<{ lowest: number }>(phones, 'report');
  phones.send({ type: 'stop' });
  projector.disconnect();

  // The k-th answer sent is on the projector once it first shows k or more.
  const latencies: number[] = [];
  let cursor = 0;
  const order = [...sent].sort((a, b) => a - b);
  for (let k = 1; k <= order.length; k++) {
    while (cursor < shown.length && shown[cursor][1] < k) cursor++;
    if (cursor === shown.length) break;
    latencies.push(Math.max(0, shown[cursor][0] - order[k - 1]));
  }
  return {
    latencies: latencies.sort((a, b) => a - b),
    ackLatencies: acked.map((at, n) => at - sent[n]).sort((a, b) => a - b),
    refused,
    projectorLast: shown.reduce((max, [, count]) => Math.max(max, count), 0),
    phonesLowest: report.lowest,
    connected,
    server: await target.finalCounts(),
  };
}

function expectedCounts(): number[] {
  const counts = OPTIONS.map(() => 0);
  for (let n = 0; n < total; n++) counts[n % OPTIONS.length] += 1;
  return counts;
}

function exact(run: Run): boolean {
  return (
    run.refused.length === 0 &&
    run.connected === participants &&
    run.latencies.length === total &&
    run.server.respondents === total &&
    JSON.stringify(run.server.counts) === JSON.stringify(expectedCounts()) &&
    run.projectorLast === total &&
    run.phonesLowest === total
  );
}

function describe(name: string, run: Run): string {
  const ms = (value: number) => `${value.toFixed(1)} ms`;
  return (
    `${name}: answer → projector p50 ${ms(percentile(run.latencies, 50))}, p99 ${ms(percentile(run.latencies, 99))}, max ${ms(run.latencies.at(-1) ?? NaN)}` +
    ` · answer acked p50 ${ms(percentile(run.ackLatencies, 50))}, p99 ${ms(percentile(run.ackLatencies, 99))}` +
    ` · phones connected ${run.connected}, refused ${run.refused.length}${run.refused.length ? ` (${run.refused[0]})` : ''}` +
    ` · final counts: ${run.server.where} ${run.server.respondents} ${JSON.stringify(run.server.counts)}, projector ${run.projectorLast}, lowest phone ${run.phonesLowest}` +
    ` (expected ${total} ${JSON.stringify(expectedCounts())}): ${exact(run) ? 'exact' : 'NOT EXACT'}`
  );
}

/** `coalesced` false: each answer rebroadcast to the room; true: the count at the API's cadences (projector, room). */
async function bareTarget(coalesced: boolean): Promise<{ target: Target; stop: () => void }> {
  const relay = forkTs('poll-bare-relay.ts', coalesced ? { RELAY_PROJECTOR_EVERY_MS: String(RESULTS_INTERVAL_MS), RELAY_ROOM_EVERY_MS: String(ROOM_RESULTS_INTERVAL_MS) } : {});
  const { port } = await nextMessage<{ port: number }>(relay, 'ready');
  const url = `http://127.0.0.1:${port}`;
  return {
    target: {
      url,
      sessionId: 'bench-session',
      pollId: 'bench-poll',
      warmUpPollId: 'warm-up',
      auths: Array.from({ length: participants }, (_, index) => ({ identity: `bare-${index}` })),
      answerEvent: 'answer',
      countEvent: 'results',
      projector: () => joined(url, 'bench-session', {}, { projector: true }),
      projectorEvents: ['results'],
      finalCounts: async () => {
        relay.send({ type: 'counts', pollId: 'bench-poll' });
        const { respondents, counts } = await nextMessage<{ respondents: number; counts: number[] }>(relay, 'counts');
        return { respondents, counts, where: 'relay' };
      },
    },
    stop: () => relay.kill('SIGTERM'),
  };
}

function postJson(url: string, body: unknown, headers: Record<string, string>): Promise<{ status: number; body: Record<string, unknown> }> {
  const data = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(data), ...headers } }, (res) => {
      let text = '';
      res.on('data', (chunk) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text ? JSON.parse(text) : {} }));
    });
    req.on('error', reject);
    req.end(data);
  });
}

async function apiTarget(databaseUrl: string, dataDir: string): Promise<{ target: Target; stop: () => Promise<void> }> {
  const port = await freePort();
  const env = { ...process.env, NODE_ENV: 'test', DATABASE_URL: databaseUrl, PORT: String(port), DATA_DIR: dataDir, REDIS_URL: '' };
  const api = await startApiProcess(env);
  const url = `http://127.0.0.1:${port}`;
  const config = loadConfig(env);

  // The chair is a network organiser; a public plenary with live Q&A and an open poll whose results the room sees.
  const dataSource = await new DataSource(dataSourceOptions(databaseUrl, ALL_ENTITIES)).initialize();
  const people = dataSource.getRepository(Person);
  const chair = await people.save(people.create({ name: 'Bench Chair', email: 'bench-chair@example.org', roles: [NetworkRole.Organiser] }));
  const { token } = await apiTokensFor(dataSource, config).create(chair.id, 'bench');
  const auth = { authorization: `Bearer ${token}` };
  const must = async (what: string, call: Promise<{ status: number; body: Record<string, unknown> }>) => {
    const answer = await call;
    if (answer.status >= 300) throw new Error(`${what}: ${answer.status} ${JSON.stringify(answer.body)}`);
    return answer.body;
  };
  const event = await must('event', postJson(`${url}/api/v1/events`, { title: 'Bench Forum', kind: 'network_forum', startsAt: '2027-02-11T09:00:00Z', endsAt: '2027-02-11T17:00:00Z' }, auth));
  const session = await must(
    'session',
    postJson(`${url}/api/v1/events/${event.id}/sessions`, { title: 'Question & Comments', kind: 'plenary', startsAt: '2027-02-11T10:00:00Z', endsAt: '2027-02-11T11:00:00Z', liveQa: true }, auth),
  );
  await must('publish', postJson(`${url}/api/v1/events/${event.id}/publish`, {}, auth));
  await must('agenda', postJson(`${url}/api/v1/events/${event.id}/agenda/publish`, {}, auth));
  const poll = await must('poll', postJson(`${url}/api/v1/sessions/${session.id}/polls`, { question: 'Which should the network prioritise next year?', kind: 'single', options: OPTIONS, showResults: true }, auth));
  await must('open', postJson(`${url}/api/v1/polls/${poll.id}/open`, {}, auth));
  const warmUp = await must('warm-up poll', postJson(`${url}/api/v1/sessions/${session.id}/polls`, { question: 'Is this a warm-up?', kind: 'single', options: OPTIONS, showResults: true }, auth));
  await must('open warm-up', postJson(`${url}/api/v1/polls/${warmUp.id}/open`, {}, auth));
  const sessionId = session.id as string;
  const pollId = poll.id as string;

  return {
    target: {
      url,
      sessionId,
      pollId,
      warmUpPollId: warmUp.id as string,
      auths: Array.from({ length: participants }, () => ({ identity: mintIdentity(config.sessionSecret).token })),
      answerEvent: 'polls:answer',
      countEvent: 'polls',
      projector: () => joined(url, sessionId, { token }),
      projectorEvents: ['polls', 'polls:results'],
      finalCounts: async () => {
        const rows: Array<{ choice: number; count: number }> = await dataSource.query(
          `SELECT c.choice, count(*)::int AS count FROM poll_answers a CROSS JOIN LATERAL unnest(a.choices) AS c(choice) WHERE a.poll_id = $1 GROUP BY c.choice ORDER BY c.choice`,
          [pollId],
        );
        const [{ respondents }] = await dataSource.query(`SELECT count(*)::int AS respondents FROM poll_answers WHERE poll_id = $1`, [pollId]);
        const counts = OPTIONS.map((_, index) => rows.find((row) => row.choice === index)?.count ?? 0);
        // The chair's console must say the same as the table.
        const console = await new Promise<{ polls: Array<{ id: string; results: { respondents: number; counts: number[] } }> }>((resolve, reject) =>
          http.get(`${url}/api/v1/sessions/${sessionId}/polls/console`, { headers: auth }, (res) => {
            let text = '';
            res.on('data', (chunk) => (text += chunk));
            res.on('end', () => resolve(JSON.parse(text)));
          }).on('error', reject),
        );
        const shown = console.polls.find((entry) => entry.id === pollId)?.results;
        const agrees = shown?.respondents === respondents && JSON.stringify(shown?.counts) === JSON.stringify(counts);
        return { respondents: agrees ? respondents : -1, counts, where: agrees ? 'database = console' : `database ≠ console (${JSON.stringify(shown)})` };
      },
    },
    stop: async () => {
      await dataSource.destroy();
      api.kill('SIGTERM');
      await new Promise((resolve) => api.once('exit', resolve));
    },
  };
}

async function main(): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'convene-bench-polls-'));
  const postgres = new EmbeddedPostgres({ dataDir: path.join(dataDir, 'postgres') });
  await postgres.start();
  try {
    const databaseUrl = await postgres.ensureDatabase('bench');
    process.stdout.write(`phones: ${participants}, answers: ${total} at ${rate}/s for ${seconds} s over the socket, one API process; load average before: ${os.loadavg().map((value) => value.toFixed(2)).join(' ')}\n`);
    // The brief's relay (each answer rebroadcast to the room), and the one that coalesces like the API: the floor is the stricter.
    const baselines: Array<{ name: string; run: Run }> = [];
    for (const coalesced of bareModes) {
      const bare = await bareTarget(coalesced);
      const run = await measure(bare.target);
      bare.stop();
      const name = coalesced
        ? `bare socket.io relay, count every ${RESULTS_INTERVAL_MS} ms to the projector and ${ROOM_RESULTS_INTERVAL_MS} ms to the room`
        : 'bare socket.io relay, each answer rebroadcast to the room';
      baselines.push({ name, run });
      process.stdout.write(`${describe(name, run)}\n`);
    }
    // A baseline that lost answers (phones cut off when the relay could not keep up) is no floor.
    const floors = baselines.filter(({ run }) => exact(run));
    const baseline = floors.length === 0 ? null : floors.reduce((best, next) => (percentile(next.run.latencies, 99) < percentile(best.run.latencies, 99) ? next : best)).run;
    const real = await apiTarget(databaseUrl, dataDir);
    const result = await measure(real.target);
    await real.stop();
    process.stdout.write(`${describe('Convene (socket answer → transaction → coalesced poll.results)', result)}\n`);
    if (!baselines.length) return;
    const p99 = percentile(result.latencies, 99);
    const bareP99 = baseline ? percentile(baseline.latencies, 99) : NaN;
    const ratio = p99 / bareP99;
    const countsExact = exact(result);
    const loadAverage = os.loadavg()[0].toFixed(2);
    for (const { name, run } of baselines) {
      process.stdout.write(`p99 against ${name}: ${exact(run) ? `${(p99 / percentile(run.latencies, 99)).toFixed(2)} ×` : 'none (it lost answers: not a floor)'}\n`);
    }
    process.stdout.write(`p99 Convene ${p99.toFixed(1)} ms, bare (stricter) ${bareP99.toFixed(1)} ms, ratio ${ratio.toFixed(2)}; final counts exact: ${countsExact ? 'yes' : 'NO'}; load average after: ${os.loadavg().map((value) => value.toFixed(2)).join(' ')}\n`);
    printRow({
      path: 'poll answers → projector',
      product: `p99 ${p99.toFixed(0)} ms`,
      floor: `p99 ${bareP99.toFixed(0)} ms`,
      ratio,
      aim: `p99 ≤ ${AIM_P99_MS} ms and ≤ ${AIM_RATIO} × floor`,
      pass: p99 <= AIM_P99_MS && ratio <= AIM_RATIO && countsExact,
      note: `${participants} phones, ${rate}/s for ${seconds} s; counts ${countsExact ? 'exact' : 'NOT exact'}; load ${loadAverage}`,
    });
    if (!countsExact) process.exitCode = 1;
  } finally {
    await postgres.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
