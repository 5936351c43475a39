// Live Q&A under load: N participants connected to one session on one API process (the API as
// its own process, the clients in this one), votes at a steady rate: p50/p99 time from a vote
// being sent to the moderator's socket receiving its update, CPU and memory of the API process,
// and the check that every count is exact (database, REST, last broadcast). Baseline in the same
// run: a bare socket.io server (a child process of this one) that counts votes in memory and
// broadcasts each to the same number of connected clients, measured the same way.
//   npm run bench:qa [-- --participants 2000 --rate 200 --seconds 30]
import 'reflect-metadata';
import { EmbeddedPostgres, freePort } from '@convene/core';
import { ChildProcess, execFileSync, fork } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { Server } from 'socket.io';
import { io, type Socket } from 'socket.io-client';
import { startApiProcess } from './api-process';

const arg = (name: string, fallback: number) => Number(process.argv[process.argv.indexOf(`--${name}`) + 1]) || fallback;
const participants = arg('participants', 2000);
const rate = arg('rate', 200);
const seconds = arg('seconds', 30);
const totalVotes = rate * seconds;
/** `--only bare` runs the baseline alone (to check the harness). */
const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : null;
const root = path.resolve(__dirname, '..');

interface Run {
  latencies: number[];
  cpuPercent: number;
  peakRssMb: number;
  failed: number;
  countsExact: boolean;
  detail: string;
}

interface Target {
  port: number;
  pid: number;
  /** The session's room, and each audience client's handshake auth. */
  sessionId: string;
  auths: Array<Record<string, string>>;
  /** The moderator's socket, already joined. */
  moderator: Socket;
  questionIds: string[];
  vote: (agent: http.Agent, index: number, questionId: string) => Promise<{ status: number; votes: number | null }>;
  verify: (accepted: Map<string, number>, lastBroadcast: Map<string, number>) => Promise<{ exact: boolean; detail: string }>;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

function post(agent: http.Agent, port: number, urlPath: string, headers: Record<string, string> = {}, body = ''): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port, path: urlPath, method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...headers } },
      (res) => {
        let text = '';
        res.on('data', (chunk) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

function cpuTicks(pid: number): number {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return Number(fields[11]) + Number(fields[12]);
}

function rssMb(pid: number): number {
  const line = fs.readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith('VmRSS:'));
  return line ? Number(line.replace(/\D+/g, '')) / 1024 : 0;
}

/** Connects every participant, then sends `totalVotes` votes at `rate` a second, participant i % N on the question their turn falls on. */
async function measure(target: Target): Promise<Run> {
  const audience = await startAudience(target.port, target.sessionId, target.auths);
  const seenAt = new Map<string, number>();
  const lastBroadcast = new Map<string, number>();
  target.moderator.on('qa', (event: { question?: { id: string; votes?: number } }) => {
    if (!event.question || event.question.votes === undefined) return;
    seenAt.set(`${event.question.id}:${event.question.votes}`, performance.now());
    lastBroadcast.set(event.question.id, Math.max(lastBroadcast.get(event.question.id) ?? 0, event.question.votes));
  });

  const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
  const sentAt = new Map<string, number>();
  const accepted = new Map<string, number>();
  let failed = 0;
  const pending: Promise<void>[] = [];
  const ticksBefore = cpuTicks(target.pid);
  let peakRss = rssMb(target.pid);
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, rssMb(target.pid))), 250);
  const started = performance.now();
  for (let n = 0; n < totalVotes; n++) {
    const due = started + (n * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
    const participant = n % participants;
    const questionId = target.questionIds[Math.floor(n / participants) % target.questionIds.length];
    const sent = performance.now();
    pending.push(
      target.vote(agent, participant, questionId).then(
        ({ status, votes }) => {
          if (status !== 200 || votes === null) return void failed++;
          sentAt.set(`${questionId}:${votes}`, sent);
          accepted.set(questionId, (accepted.get(questionId) ?? 0) + 1);
        },
        () => void failed++,
      ),
    );
  }
  await Promise.all(pending);
  const elapsed = (performance.now() - started) / 1000;
  const cpuPercent = ((cpuTicks(target.pid) - ticksBefore) / 100 / elapsed) * 100;
  // Let the last broadcasts arrive.
  const waitUntil = performance.now() + 10_000;
  while ([...sentAt.keys()].some((key) => !seenAt.has(key)) && performance.now() < waitUntil) await new Promise((resolve) => setTimeout(resolve, 50));
  clearInterval(sampler);
  const latencies = [...sentAt.entries()].filter(([key]) => seenAt.has(key)).map(([key, sent]) => (seenAt.get(key) as number) - sent).sort((a, b) => a - b);
  const missing = sentAt.size - latencies.length;
  const verdict = await target.verify(accepted, lastBroadcast);
  // Every audience client's last update of each question must carry the exact final count too.
  const seenByAudience = await audience.finish();
  const audienceExact = [...accepted.entries()].every(([id, count]) => seenByAudience.minimum[id] === count);
  agent.destroy();
  target.moderator.disconnect();
  return {
    latencies,
    cpuPercent,
    peakRssMb: peakRss,
    failed,
    countsExact: verdict.exact && missing === 0 && audienceExact,
    detail: `${verdict.detail}; audience's last counts (lowest over ${participants} clients) ${JSON.stringify(Object.values(seenByAudience.minimum))}${missing ? `, ${missing} updates never reached the moderator` : ''}`,
  };
}

function client(port: number, auth: Record<string, string>): Socket {
  return io(`http://127.0.0.1:${port}/live`, { transports: ['websocket'], forceNew: true, reconnection: false, auth });
}

function joined(socket: Socket, sessionId: string): Promise<Socket> {
  return new Promise((resolve, reject) => {
    socket.once('connect_error', reject);
    socket.emit('join', { sessionId }, (answer: { ok?: boolean; error?: { message: string } }) => (answer?.ok ? resolve(socket) : reject(new Error(answer?.error?.message ?? 'join refused'))));
  });
}

// ---- The audience: its own process, so receiving N × rate messages a second does not slow the measuring one. ----

interface AudienceProcess {
  finish: () => Promise<{ minimum: Record<string, number> }>;
}

async function startAudience(port: number, sessionId: string, auths: Array<Record<string, string>>): Promise<AudienceProcess> {
  const child = fork(__filename, ['--audience'], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  await new Promise<void>((resolve, reject) => {
    child.on('message', (message: { type?: string; error?: string }) => {
      if (message?.type === 'connected') resolve();
      if (message?.type === 'error') reject(new Error(message.error));
    });
    child.send({ type: 'connect', port, sessionId, auths });
  });
  return {
    finish: () =>
      new Promise((resolve) => {
        child.on('message', (message: { type?: string; minimum?: Record<string, number> }) => {
          if (message?.type !== 'finished') return;
          child.once('exit', () => resolve({ minimum: message.minimum ?? {} }));
          child.kill('SIGTERM');
        });
        child.send({ type: 'finish' });
      }),
  };
}

function audienceProcess(): void {
  const sockets: Socket[] = [];
  const latest: Array<Map<string, number>> = [];
  process.on('message', async (message: { type: string; port: number; sessionId: string; auths: Array<Record<string, string>> }) => {
    if (message.type === 'connect') {
      try {
        for (let i = 0; i < message.auths.length; i += 100) {
          const batch = message.auths.slice(i, i + 100);
          sockets.push(...(await Promise.all(batch.map((auth) => joined(client(message.port, auth), message.sessionId)))));
        }
        for (const socket of sockets) {
          const seen = new Map<string, number>();
          latest.push(seen);
          socket.on('qa', (event: { question?: { id: string; votes?: number } }) => {
            if (event.question?.votes !== undefined) seen.set(event.question.id, Math.max(seen.get(event.question.id) ?? 0, event.question.votes));
          });
        }
        process.send?.({ type: 'connected' });
      } catch (error) {
        process.send?.({ type: 'error', error: (error as Error).message });
      }
    } else if (message.type === 'finish') {
      // Let the tail of the broadcasts arrive.
      await new Promise((resolve) => setTimeout(resolve, 3_000));
      const minimum: Record<string, number> = {};
      for (const seen of latest) for (const [id, votes] of seen) minimum[id] = Math.min(minimum[id] ?? Infinity, votes);
      for (const seen of latest) for (const id of Object.keys(minimum)) if (!seen.has(id)) minimum[id] = 0;
      for (const socket of sockets) socket.disconnect();
      process.send?.({ type: 'finished', minimum });
    }
  });
}

// ---- The bare baseline: socket.io alone, counting in memory. ----

function bareServer(): void {
  const counts = new Map<string, number>();
  const server = http.createServer((req, res) => {
    const questionId = decodeURIComponent((req.url ?? '').split('/')[2] ?? '');
    req.resume();
    req.on('end', () => {
      const votes = (counts.get(questionId) ?? 0) + 1;
      counts.set(questionId, votes);
      ioServer.of('/live').to('session').emit('qa', { seq: 0, type: 'question.voted', question: { id: questionId, votes } });
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ question: { id: questionId, votes } }));
    });
  });
  const ioServer = new Server(server, { connectionStateRecovery: { maxDisconnectionDuration: 120_000 } });
  ioServer.of('/live').on('connection', (socket) => {
    socket.on('join', (_payload: unknown, ack: (answer: unknown) => void) => {
      void socket.join('session');
      ack({ ok: true });
    });
  });
  process.on('message', (message: { type: string }) => {
    if (message.type === 'counts') process.send?.({ type: 'counts', counts: Object.fromEntries(counts) });
  });
  server.listen(Number(process.env.PORT), '127.0.0.1', () => process.send?.({ type: 'ready' }));
}

async function bareTarget(): Promise<{ target: Target; stop: () => Promise<void> }> {
  const port = await freePort();
  const child = fork(__filename, ['--bare-server'], { env: { ...process.env, PORT: String(port) }, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  await new Promise<void>((resolve) => child.on('message', (message: { type?: string }) => message?.type === 'ready' && resolve()));
  const questionIds = Array.from({ length: Math.ceil(totalVotes / participants) }, (_, i) => `q${i}`);
  const target: Target = {
    port,
    pid: child.pid as number,
    sessionId: 'session',
    auths: Array.from({ length: participants }, (_, index) => ({ identity: `bare-${index}` })),
    moderator: await joined(client(port, {}), 'session'),
    questionIds,
    vote: async (agent, _index, questionId) => {
      const answer = await post(agent, port, `/vote/${questionId}`);
      return { status: answer.status, votes: answer.status === 200 ? JSON.parse(answer.body).question.votes : null };
    },
    verify: async (accepted, lastBroadcast) => {
      const counts = await new Promise<Record<string, number>>((resolve) => {
        child.once('message', (message: { counts: Record<string, number> }) => resolve(message.counts));
        child.send({ type: 'counts' });
      });
      const exact = questionIds.every((id) => (counts[id] ?? 0) === (accepted.get(id) ?? 0) && (lastBroadcast.get(id) ?? 0) === (accepted.get(id) ?? 0));
      return { exact, detail: `counts ${JSON.stringify(counts)}` };
    },
  };
  return { target, stop: () => stopChild(child) };
}

// ---- The real API. ----


async function stopChild(child: ChildProcess): Promise<void> {
  child.kill('SIGTERM');
  await new Promise((resolve) => child.once('exit', resolve));
}

async function apiTarget(databaseUrl: string, dataDir: string): Promise<{ target: Target; stop: () => Promise<void> }> {
  const port = await freePort();
  const env = { ...process.env, NODE_ENV: 'test', DATABASE_URL: databaseUrl, PORT: String(port), DATA_DIR: dataDir, REDIS_URL: '' };
  const api = await startApiProcess(env);
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  const [event] = (
    await db.query(
      `INSERT INTO events (slug, title, kind, starts_at, ends_at, status, visibility)
       VALUES ('bench-plenary', 'Bench Plenary', 'conference', now(), now() + interval '6 hours', 'published', 'public') RETURNING id`,
    )
  ).rows;
  const [session] = (
    await db.query(
      `INSERT INTO agenda_sessions (event_id, title, kind, starts_at, ends_at, live_qa) VALUES ($1, 'Question & Comments', 'plenary', now(), now() + interval '1 hour', true) RETURNING id`,
      [event.id],
    )
  ).rows;
  await db.query(`INSERT INTO people (name, email, roles) VALUES ('Bench Chair', 'chair@bench.example.org', '{admin}')`);
  const token = execFileSync(process.execPath, [path.join(root, 'dist', 'apps', 'cli', 'src', 'main.js'), 'token:create', '--email', 'chair@bench.example.org', '--name', 'bench'], {
    env,
    encoding: 'utf8',
  })
    .trim()
    .split('\n')
    .pop() as string;

  const agent = new http.Agent({ keepAlive: true, maxSockets: 32 });
  const identities: string[] = [];
  for (let i = 0; i < participants; i += 50) {
    identities.push(
      ...(await Promise.all(
        Array.from({ length: Math.min(50, participants - i) }, async () => JSON.parse((await post(agent, port, '/api/v1/live/identity', {}, '{}')).body).token as string),
      )),
    );
  }
  const questionIds: string[] = [];
  for (let i = 0; i < Math.ceil(totalVotes / participants); i++) {
    const asked = await post(agent, port, `/api/v1/sessions/${session.id}/questions`, { 'x-live-identity': identities[i % identities.length] }, JSON.stringify({ body: `Bench question ${i}`, askerName: 'Bench' }));
    questionIds.push(JSON.parse(asked.body).id);
  }
  agent.destroy();

  const target: Target = {
    port,
    pid: api.pid as number,
    sessionId: session.id,
    auths: identities.map((identity) => ({ identity })),
    moderator: await joined(client(port, { token }), session.id),
    questionIds,
    vote: async (voteAgent, index, questionId) => {
      const answer = await post(voteAgent, port, `/api/v1/questions/${questionId}/vote`, { 'x-live-identity': identities[index] });
      return { status: answer.status, votes: answer.status === 200 ? JSON.parse(answer.body).question.votes : null };
    },
    verify: async (accepted, lastBroadcast) => {
      const rows = (
        await db.query(`SELECT q.id, q.vote_count, (SELECT count(*)::int FROM qa_votes v WHERE v.question_id = q.id) AS rows FROM qa_questions q WHERE q.session_id = $1`, [session.id])
      ).rows as Array<{ id: string; vote_count: number; rows: number }>;
      const exact = rows.every((row) => row.vote_count === row.rows && row.rows === (accepted.get(row.id) ?? 0) && (lastBroadcast.get(row.id) ?? 0) === row.rows);
      return { exact, detail: `counts ${JSON.stringify(rows.map((row) => row.rows))}` };
    },
  };
  return {
    target,
    stop: async () => {
      await db.end();
      await stopChild(api);
    },
  };
}

function describeRun(name: string, run: Run): string {
  return `${name}: vote → moderator p50 ${percentile(run.latencies, 50).toFixed(1)} ms, p99 ${percentile(run.latencies, 99).toFixed(1)} ms, CPU ${run.cpuPercent.toFixed(0)}% of a core, peak RSS ${run.peakRssMb.toFixed(0)} MB, failed ${run.failed}, counts exact: ${run.countsExact ? 'yes' : 'NO'} (${run.detail})`;
}

async function main(): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'convene-bench-qa-'));
  const postgres = new EmbeddedPostgres({ dataDir: path.join(dataDir, 'postgres') });
  await postgres.start();
  try {
    const databaseUrl = await postgres.ensureDatabase('bench');
    const bare = await bareTarget();
    const baseline = await measure(bare.target);
    await bare.stop();
    if (only === 'bare') {
      process.stdout.write(`${describeRun('bare socket.io broadcast (baseline)', baseline)}\n`);
      return;
    }
    const real = await apiTarget(databaseUrl, dataDir);
    const result = await measure(real.target);
    await real.stop();
    process.stdout.write(
      [
        `participants: ${participants}, votes: ${totalVotes} at ${rate}/s for ${seconds} s, one API process (the audience in a process of its own, the moderator and the votes in this one)`,
        describeRun('bare socket.io broadcast (baseline)', baseline),
        describeRun('Convene Q&A (REST vote → LiveLog → broadcast)', result),
        `ratio Q&A/bare: p50 ${(percentile(result.latencies, 50) / percentile(baseline.latencies, 50)).toFixed(1)}×, p99 ${(percentile(result.latencies, 99) / percentile(baseline.latencies, 99)).toFixed(1)}×, CPU ${(result.cpuPercent / baseline.cpuPercent).toFixed(1)}×, RSS ${(result.peakRssMb / baseline.peakRssMb).toFixed(1)}×`,
      ].join('\n') + '\n',
    );
    if (!result.countsExact || !baseline.countsExact) process.exitCode = 1;
  } finally {
    await postgres.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

if (process.argv.includes('--bare-server')) {
  bareServer();
} else if (process.argv.includes('--audience')) {
  audienceProcess();
} else {
  main().catch((error: unknown) => {
    process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
    process.exit(1);
  });
}
