// Liveblog fan-out: BENCH_FOLLOWERS socket.io-client followers on BENCH_API_INSTANCES API
// processes (2+: Redis Streams adapter on a real redis-server) and as many on a bare socket.io
// server (the floor), all held by one follower process. BENCH_SECONDS editor POSTs to the API and
// as many broadcasts of the same payloads by the floor, in turn, one a second: both meet the same
// moments of a shared machine's load. Measures, for every post and follower, the time from the
// POST being sent (and returning) to the post arriving (p50/p99/max, per post the first and last
// follower), and prints the ratios.
//   npm run bench:liveblog [-- --followers 5000 --seconds 20 --instances 1]   (or BENCH_FOLLOWERS=...)
//   npm run bench:liveblog -- --followers 10000 ; -- --instances 2 (two API instances on Redis)
//   API_TRACE=/tmp/posts.jsonl npm run bench:liveblog : also each post's queries before its broadcast,
//   its wait on them and its CPU ms (bench/post-trace.js), summarised after the run.
// Prints its rows of `npm run bench`: the p99 against the bare server's, and the peak RSS of each.
import 'reflect-metadata';
import { EmbeddedPostgres, freePort, loadConfig } from '@convene/core';
import { NetworkRole, Person, apiTokensFor } from '@convene/identity';
import { startRedisServer } from '@convene/testing';
import { ChildProcess, fork } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@convene/core';
import { ALL_ENTITIES } from '../apps/cli/src/entities';
import { startApiProcess } from './api-process';
import { flag, printRow } from './bench-row';
import { summarisePostTrace } from './post-trace-summary';

const followers = flag('followers', Number(process.env.BENCH_FOLLOWERS ?? 5000));
const seconds = flag('seconds', Number(process.env.BENCH_SECONDS ?? 20));
// `npm run bench -- --redis` measures two instances on Redis, as the last aim asks.
const instances = flag('instances', Number(process.env.BENCH_API_INSTANCES ?? (process.env.REDIS_URL ? 2 : 1)));
/** The aims: 5,000 on one instance ≤ 1.1 ×, 10,000 ≤ 1.2 ×, two instances on Redis ≤ 1.5 ×. */
const aim = instances > 1 ? 1.5 : followers > 5000 ? 1.2 : 1.1;
const RSS_AIM = 1.3;
const settleMs = 3000;
/** Posts before the measured ones (JIT, connection pools, first queries): delivered, not counted. */
const warmUp = 3;

const now = () => performance.timeOrigin + performance.now();
const percentile = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : NaN);

interface Run {
  /** From the POST returning to arrival, per follower and post (0 when it arrived first). */
  samples: number[];
  /** The same, per post, for the last follower to get it. */
  lastPerPost: number[];
  /** From the POST being sent to arrival: includes the request's own time. */
  fromSent: number[];
  /** Per post, from the POST being sent to the first follower's arrival: the work before the broadcast. */
  firstFromSent: number[];
  /** Per post, from the first follower's arrival to the last's: the broadcast itself (server writes, client reads). */
  spread: number[];
  /** Per post in the order sent, from the POST being sent to the last arrival: shows whether one post decides the p99. */
  lastFromSentInOrder: number[];
  missing: number;
  posts: number;
  /** Followers that got into the room, and how long it took them all. */
  joined: number;
  joinSeconds: number;
  /** The most any server process held (VmRSS, MB) while the followers were in, sampled each second. */
  peakRss: number;
}

/** The process's memory now (VmRSS), in MB; Linux only. */
function rssMb(pid: number | undefined): number {
  const status = pid ? fs.readFileSync(`/proc/${pid}/status`, 'utf8') : '';
  const kb = Number(/^VmRSS:\s+(\d+) kB/m.exec(status)?.[1] ?? NaN);
  return kb / 1024;
}

function forkTs(file: string, env: NodeJS.ProcessEnv): ChildProcess {
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
    child.once('exit', (code) => reject(new Error(`child exited (${code}) before ${type}`)));
  });
}

function postJson(url: string, body: unknown, headers: Record<string, string> = {}): Promise<{ status: number; body: unknown }> {
  const data = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(data), ...headers } }, (res) => {
      let text = '';
      res.on('data', (chunk) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text ? JSON.parse(text) : null }));
    });
    req.on('error', reject);
    req.end(data);
  });
}

/**
 * Sockets one follower process may hold: the machine allows a process 20,000 open files (ulimit -n).
 * Both groups share a process when they fit (5,000 each); at 10,000 each has a process of its own.
 */
const SOCKETS_PER_PROCESS = 18_000;

/** The follower processes, their followers joined group by group (the product's first). */
async function followFrom(groups: Array<{ group: string; urls: string[] }>, sessionId: string): Promise<{ children: ChildProcess[]; joined: Map<string, { connected: number; seconds: number }> }> {
  const shared = followers * groups.length <= SOCKETS_PER_PROCESS;
  const fork = (members: typeof groups) => forkTs('liveblog-followers.ts', { FOLLOW_GROUPS: JSON.stringify(members.map((group) => ({ ...group, followers }))), SESSION_ID: sessionId });
  const children = shared ? [fork(groups)] : groups.map((group) => fork([group]));
  const joined = new Map<string, { connected: number; seconds: number }>();
  for (const [index, { group }] of groups.entries()) {
    const child = children[shared ? 0 : index];
    const started = now();
    child.send({ type: 'join', group });
    const answer = await nextMessage<{ connected: number }>(child, 'joined');
    joined.set(group, { connected: answer.connected, seconds: (now() - started) / 1000 });
    process.stdout.write(`  ${group}: ${answer.connected} followers joined in ${((now() - started) / 1000).toFixed(1)} s${shared ? '' : ' (a follower process of its own)'}\n`);
  }
  return { children, joined };
}

interface Sender {
  group: string;
  /** Sends post `index`; returns the entry id once the POST has returned. */
  send: (index: number) => Promise<string>;
  /** The processes whose memory counts. */
  servers: ChildProcess[];
}

/**
 * The product's and the floor's posts interleaved: one post a second, the product's and the
 * floor's in turn (each gets one every 2 s), so both meet the same moments of a shared machine's
 * load and the followers' process sees one post a second, as when each ran alone.
 */
async function interleaved(children: ChildProcess[], joined: Map<string, { connected: number; seconds: number }>, senders: Sender[]): Promise<Map<string, Run>> {
  for (let index = 0; index < warmUp; index += 1) for (const sender of senders) await sender.send(index);
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const returned = new Map<string, Map<string, number>>(senders.map((sender) => [sender.group, new Map()]));
  const sentAt = new Map<string, number>();
  const peakRss = new Map<string, number>(senders.map((sender) => [sender.group, 0]));
  const sampleRss = () => {
    for (const sender of senders) peakRss.set(sender.group, Math.max(peakRss.get(sender.group) ?? 0, ...sender.servers.map((server) => rssMb(server.pid))));
  };
  const sampler = setInterval(sampleRss, 1000);
  const started = now();
  let slot = 0;
  for (let index = warmUp; index < warmUp + seconds; index += 1) {
    for (const sender of senders) {
      const due = started + slot * 1000;
      slot += 1;
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, due - now())));
      const sent = now();
      const id = await sender.send(index);
      returned.get(sender.group)?.set(id, now());
      sentAt.set(`${sender.group} ${id}`, sent);
    }
  }
  await new Promise((resolve) => setTimeout(resolve, settleMs));
  clearInterval(sampler);
  sampleRss();
  const reports = await Promise.all(
    children.map((child) => {
      child.send({ type: 'report' });
      return nextMessage<{ arrivals: Record<string, number[]> }>(child, 'report');
    }),
  );
  const report = { arrivals: Object.assign({}, ...reports.map((each) => each.arrivals)) as Record<string, number[]> };

  const runs = new Map<string, Run>();
  for (const { group } of senders) {
    const samples: number[] = [];
    const lastPerPost: number[] = [];
    const fromSent: number[] = [];
    const firstFromSent: number[] = [];
    const spread: number[] = [];
    const lastFromSentInOrder: number[] = [];
    let missing = 0;
    for (const [id, at] of returned.get(group) ?? []) {
      const key = `${group} ${id}`;
      const arrivals = report.arrivals[key] ?? [];
      const sent = sentAt.get(key) as number;
      // A follower may get the broadcast before the editor's response is read: that counts as 0.
      const latencies = arrivals.map((arrival) => Math.max(0, arrival - at));
      missing += followers - latencies.length;
      samples.push(...latencies);
      fromSent.push(...arrivals.map((arrival) => arrival - sent));
      if (!arrivals.length) continue;
      lastPerPost.push(Math.max(...latencies));
      const first = Math.min(...arrivals);
      const last = Math.max(...arrivals);
      firstFromSent.push(first - sent);
      spread.push(last - first);
      lastFromSentInOrder.push(last - sent);
    }
    const sort = (list: number[]) => list.sort((a, b) => a - b);
    const { connected, seconds: joinSeconds } = joined.get(group) ?? { connected: 0, seconds: NaN };
    runs.set(group, {
      samples: sort(samples),
      lastPerPost: sort(lastPerPost),
      fromSent: sort(fromSent),
      firstFromSent: sort(firstFromSent),
      spread: sort(spread),
      lastFromSentInOrder,
      missing,
      posts: returned.get(group)?.size ?? 0,
      joined: connected,
      joinSeconds,
      peakRss: peakRss.get(group) ?? NaN,
    });
  }
  return runs;
}

function describe(name: string, result: Run): string {
  const ms = (value: number) => `${value.toFixed(1)} ms`;
  const s = result.samples;
  const l = result.lastPerPost;
  return (
    `${name}: deliveries ${s.length} (missing ${result.missing}) · p50 ${ms(percentile(s, 50))} · p99 ${ms(percentile(s, 99))} · max ${ms(s[s.length - 1] ?? NaN)}` +
    ` · last follower per post: p50 ${ms(percentile(l, 50))} p99 ${ms(percentile(l, 99))} max ${ms(l[l.length - 1] ?? NaN)}` +
    ` · from POST sent: p50 ${ms(percentile(result.fromSent, 50))} p99 ${ms(percentile(result.fromSent, 99))}` +
    `\n    per post: POST sent → first arrival p50 ${ms(percentile(result.firstFromSent, 50))} max ${ms(result.firstFromSent[result.firstFromSent.length - 1] ?? NaN)}` +
    ` · first → last arrival p50 ${ms(percentile(result.spread, 50))} max ${ms(result.spread[result.spread.length - 1] ?? NaN)}` +
    `\n    per post in order, POST sent → last arrival (ms): ${result.lastFromSentInOrder.map((value) => value.toFixed(0)).join(' ')}`
  );
}


async function main(): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'convene-bench-'));
  if (process.env.API_TRACE) fs.rmSync(process.env.API_TRACE, { force: true });
  const postgres = new EmbeddedPostgres({ dataDir: path.join(dataDir, 'postgres') });
  await postgres.start();
  const databaseUrl = await postgres.ensureDatabase('bench');
  const redis = instances > 1 ? await startRedisServer(path.join(dataDir, 'redis')) : null;
  const env = { ...process.env, NODE_ENV: 'test', DATABASE_URL: databaseUrl, DATA_DIR: dataDir, REDIS_URL: redis?.url ?? '' };
  const ports: number[] = [];
  const apis: ChildProcess[] = [];
  for (let index = 0; index < instances; index += 1) {
    ports.push(await freePort());
    apis.push(await startApiProcess({ ...env, PORT: String(ports[index]) }));
  }
  const apiUrls = ports.map((port) => `http://127.0.0.1:${port}`);

  // The editor (a network organiser) and a public event with a liveblogged plenary.
  const dataSource = await new DataSource(dataSourceOptions(databaseUrl, ALL_ENTITIES)).initialize();
  const people = dataSource.getRepository(Person);
  const editor = await people.save(people.create({ name: 'Bench Editor', email: 'bench-editor@example.org', roles: [NetworkRole.Organiser] }));
  const { token } = await apiTokensFor(dataSource, loadConfig(env)).create(editor.id, 'bench');
  await dataSource.destroy();
  const auth = { authorization: `Bearer ${token}` };
  const event = await postJson(`${apiUrls[0]}/api/v1/events`, { title: 'Bench Forum', kind: 'network_forum', startsAt: '2027-02-11T09:00:00Z', endsAt: '2027-02-11T17:00:00Z' }, auth);
  const eventId = (event.body as { id: string }).id;
  const session = await postJson(
    `${apiUrls[0]}/api/v1/events/${eventId}/sessions`,
    { title: 'Opening plenary', kind: 'plenary', startsAt: '2027-02-11T10:00:00Z', endsAt: '2027-02-11T11:00:00Z', liveblog: true },
    auth,
  );
  const sessionId = (session.body as { id: string }).id;
  await postJson(`${apiUrls[0]}/api/v1/events/${eventId}/publish`, {}, auth);

  // Memory before anyone follows: the growth to the peak is what the followers cost.
  const conveneIdle = Math.max(...apis.map((api) => rssMb(api.pid)));
  process.stdout.write(`followers: ${followers} each, posts: ${seconds} each, the product's and the floor's in turn one a second, API instances: ${instances}${redis ? ' (Redis Streams adapter)' : ''}\n`);
  const bare = forkTs('liveblog-bare-server.ts', {});
  const { port: barePort } = await nextMessage<{ port: number }>(bare, 'ready');
  const bareIdle = rssMb(bare.pid);
  const { children, joined } = await followFrom(
    [
      { group: 'convene', urls: apiUrls },
      { group: 'bare', urls: [`http://127.0.0.1:${barePort}`] },
    ],
    sessionId,
  );
  // The floor broadcasts the very payload the product broadcast for the same post (same bytes but the product's `at`).
  const payloads: Array<{ entry: { id: string } }> = [];
  const runs = await interleaved(children, joined, [
    {
      group: 'convene',
      servers: apis,
      send: async (index) => {
        const response = await postJson(`${apiUrls[0]}/api/v1/sessions/${sessionId}/liveblog`, { kind: 'update', body: `Bench update ${index}: the panel discusses **co-operative** housing.` }, auth);
        if (response.status !== 201) throw new Error(`POST answered ${response.status}: ${JSON.stringify(response.body)}`);
        const entry = response.body as { id: string };
        payloads[index] = { seq: index + 1, type: 'posted', sessionId, entry } as { entry: { id: string } };
        return entry.id;
      },
    },
    {
      group: 'bare',
      servers: [bare],
      send: async (index) => {
        await postJson(`http://127.0.0.1:${barePort}/post`, payloads[index]);
        return payloads[index].entry.id;
      },
    },
  ]);
  for (const child of children) child.send({ type: 'stop' });
  await Promise.all(children.map((child) => new Promise((resolve) => child.once('exit', resolve))));
  const convene = runs.get('convene') as Run;
  const baseline = runs.get('bare') as Run;
  process.stdout.write(`${describe('Convene', convene)}\n`);
  process.stdout.write(`${describe('bare socket.io', baseline)}\n`);
  const ratio = (a: number, b: number) => (b > 0 ? (a / b).toFixed(2) : 'n/a (baseline 0 ms)');
  process.stdout.write(
    `ratio Convene/bare: p99 after POST returned ${ratio(percentile(convene.samples, 99), percentile(baseline.samples, 99))}` +
      ` · last follower per post p50 ${ratio(percentile(convene.lastPerPost, 50), percentile(baseline.lastPerPost, 50))}` +
      ` p99 ${ratio(percentile(convene.lastPerPost, 99), percentile(baseline.lastPerPost, 99))}` +
      ` · from POST sent p50 ${ratio(percentile(convene.fromSent, 50), percentile(baseline.fromSent, 50))} p99 ${ratio(percentile(convene.fromSent, 99), percentile(baseline.fromSent, 99))}\n`,
  );

  if (process.env.API_TRACE) process.stdout.write(`${summarisePostTrace(process.env.API_TRACE, warmUp)}\n`);

  // Each instance holds all the followers' rooms: the largest one's growth is compared.
  const conveneGrowth = convene.peakRss - conveneIdle;
  const bareGrowth = baseline.peakRss - bareIdle;
  process.stdout.write(`memory the followers cost (RSS while they follow less RSS before they came): Convene API ${conveneGrowth.toFixed(0)} MB (idle ${conveneIdle.toFixed(0)} MB), bare socket.io ${bareGrowth.toFixed(0)} MB (idle ${bareIdle.toFixed(0)} MB)\n`);
  // The measure: from the editor's POST starting to the post reaching each follower (the
  // API answers before it broadcasts; the bare server after, so "after the answer" flatters it).
  const p99 = percentile(convene.fromSent, 99);
  const bareP99 = percentile(baseline.fromSent, 99);
  const everyoneIn = convene.joined === followers && convene.missing === 0;
  const where = `${followers} followers, ${instances} instance${instances > 1 ? 's on Redis' : ''}`;
  printRow({
    path: `liveblog fan-out, ${where}`,
    product: `POST start → arrival p99 ${p99.toFixed(0)} ms`,
    floor: `${bareP99.toFixed(0)} ms`,
    ratio: p99 / bareP99,
    aim: `≤ ${aim} × floor, every follower in`,
    pass: everyoneIn && p99 / bareP99 <= aim,
    note: `${convene.joined} of ${followers} joined in ${convene.joinSeconds.toFixed(1)} s; ${convene.missing} deliveries missing; load ${os.loadavg()[0].toFixed(2)}`,
    correct: everyoneIn,
  });
  printRow({
    path: `liveblog memory for followers (RSS growth), ${where}`,
    product: `${conveneGrowth.toFixed(0)} MB`,
    floor: `${bareGrowth.toFixed(0)} MB`,
    ratio: conveneGrowth / bareGrowth,
    aim: `≤ ${RSS_AIM} × floor`,
    pass: conveneGrowth / bareGrowth <= RSS_AIM,
    note: `idle: Convene ${conveneIdle.toFixed(0)} MB, bare ${bareIdle.toFixed(0)} MB`,
  });

  bare.kill('SIGTERM');
  for (const api of apis) {
    api.kill('SIGTERM');
    await new Promise((resolve) => api.once('exit', resolve));
  }
  await redis?.stop();
  await postgres.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
