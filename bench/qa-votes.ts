// Live Q&A under load: N participants connected to one session (their sockets in a process of
// their own), votes over REST at a steady rate on one API process; the chair's console is a
// moderator's socket in this process. Measured: vote → console, i.e. for each vote the time until
// the console first shows its question's count at or above the count the vote's answer gave
// (p50/p99/max), and vote → room the same way on one participant's socket ("counts current
// within 1 s"). Final counts must be exact in the database, on the console and on every phone.
// The floor, in the same run and process tree: a bare socket.io relay that counts in memory and
// sends the counts at the API's cadences (moderators every 60 ms, the room every 250 ms), the
// same broadcasts without a database or rules. `--per-vote-baseline` adds the relay that
// rebroadcasts every vote to the room (it falls behind at 2,000 × 200/s: 400,000 messages a second).
//   npm run bench:qa [-- --participants 2000 --rate 200 --seconds 10]
import 'reflect-metadata';
import { EmbeddedPostgres, dataSourceOptions, freePort, loadConfig } from '@convene/core';
import { NetworkRole, Person, apiTokensFor } from '@convene/identity';
import { mintIdentity } from '@convene/live';
import { ROOM_VOTES_INTERVAL_MS, VOTES_INTERVAL_MS } from '@convene/qa';
import { ChildProcess, fork } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { Server } from 'socket.io';
import { io, type Socket } from 'socket.io-client';
import { DataSource } from 'typeorm';
import { ALL_ENTITIES } from '../apps/cli/src/entities';
import { startApiProcess } from './api-process';
import { flag, printRow } from './bench-row';

const participants = flag('participants', 2000);
const rate = flag('rate', 200);
const seconds = flag('seconds', 10);
const total = rate * seconds;
const QUESTIONS = 5;
const WARM_UP_VOTES = Math.min(participants, rate * 2);
const AIM_P99_MS = 150;
const AIM_ROOM_MS = 1000;
const perVoteBaseline = process.argv.includes('--per-vote-baseline');

const now = () => performance.timeOrigin + performance.now();
const percentile = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : NaN);
const ms = (value: number) => `${value.toFixed(1)} ms`;

type Counts = Array<{ id: string; votes: number }>;
/** What a socket hears that carries counts: the room's `question.votes`, a question's change, or the moderators' `qa:votes`. */
type CountsMessage = { votes?: Counts | number; question?: { id: string; votes?: number } };

function countsIn(message: CountsMessage): Counts {
  if (Array.isArray(message?.votes)) return message.votes;
  if (message?.question?.votes !== undefined) return [{ id: message.question.id, votes: message.question.votes }];
  return [];
}

/** Per question, when each higher count was first shown (counts only grow in this bench). */
class Shown {
  private readonly byQuestion = new Map<string, Array<[number, number]>>();

  see(counts: Counts, at: number): void {
    for (const { id, votes } of counts) {
      const seen = this.byQuestion.get(id) ?? [];
      if (votes > (seen.at(-1)?.[1] ?? 0)) seen.push([at, votes]);
      this.byQuestion.set(id, seen);
    }
  }

  /** When the question first showed `votes` or more (undefined: never). */
  firstAtLeast(id: string, votes: number): number | undefined {
    return this.byQuestion.get(id)?.find(([, count]) => count >= votes)?.[0];
  }

  last(id: string): number {
    return this.byQuestion.get(id)?.at(-1)?.[1] ?? 0;
  }
}

interface Target {
  url: string;
  pid: number;
  sessionId: string;
  questionIds: string[];
  warmUpQuestionId: string;
  auths: Array<Record<string, string>>;
  /** The chair's console: a moderator's socket, joined. */
  moderator: () => Promise<Socket>;
  vote: (agent: http.Agent, participant: number, questionId: string) => Promise<{ status: number; votes: number | null }>;
  /** Counts as the server holds them at the end, per question. */
  finalCounts: () => Promise<Record<string, number>>;
}

interface Run {
  latencies: number[];
  roomLatencies: number[];
  cpuPercent: number;
  cpuMsPerVote: number;
  peakRssMb: number;
  failed: number;
  connected: number;
  exact: boolean;
  detail: string;
}

function cpuTicks(pid: number): number {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return Number(fields[11]) + Number(fields[12]);
}

function rssMb(pid: number): number {
  const line = fs.readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith('VmRSS:'));
  return line ? Number(line.replace(/\D+/g, '')) / 1024 : 0;
}

function post(agent: http.Agent, url: string, headers: Record<string, string> = {}, body = ''): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...headers } }, (res) => {
      let text = '';
      res.on('data', (chunk) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** `localAddress`: participants come from many addresses, 200 to an address of 127/8 (the API holds at most 256 connections per client address). */
function joined(url: string, sessionId: string, auth: Record<string, string>, join: Record<string, unknown> = {}, localAddress?: string): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = io(`${url}/live`, { transports: ['websocket'], forceNew: true, reconnection: false, timeout: 60_000, auth, localAddress } as Parameters<typeof io>[1]);
    socket.once('connect_error', reject);
    socket.once('connect', () =>
      socket.emit('join', { sessionId, ...join }, (ack: { ok?: boolean; error?: { message: string } }) => (ack?.ok ? resolve(socket) : reject(new Error(ack?.error?.message ?? 'join refused')))),
    );
  });
}

function nextMessage<T>(child: ChildProcess, type: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: { type?: string; error?: string }) => {
      if (message?.type === 'error') reject(new Error(message.error));
      if (message?.type !== type) return;
      child.off('message', onMessage);
      resolve(message as T);
    };
    child.on('message', onMessage);
  });
}

/** Sends `count` votes at `rate` a second; vote n by participant n % N on the question `question(n)` names. */
async function sendVotes(
  target: Target,
  agent: http.Agent,
  count: number,
  question: (n: number) => string,
  sent: (n: number, questionId: string, at: number, votes: number | null, status: number) => void,
): Promise<void> {
  const pending: Promise<void>[] = [];
  const started = now();
  for (let n = 0; n < count; n++) {
    const wait = started + (n * 1000) / rate - now();
    if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
    const questionId = question(n);
    const at = now();
    pending.push(
      target.vote(agent, n % participants, questionId).then(
        ({ status, votes }) => sent(n, questionId, at, status === 200 ? votes : null, status),
        () => sent(n, questionId, at, null, 0),
      ),
    );
  }
  await Promise.all(pending);
}

async function measure(target: Target): Promise<Run> {
  const audience = fork(__filename, ['--audience'], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  audience.send({ type: 'connect', url: target.url, sessionId: target.sessionId, auths: target.auths });
  const { connected } = await nextMessage<{ connected: number }>(audience, 'connected');
  process.stderr.write(`  ${connected} participants joined\n`);
  const moderator = await target.moderator();
  const onConsole = new Shown();
  moderator.on('qa', (message: CountsMessage) => onConsole.see(countsIn(message), now()));
  moderator.on('qa:votes', (message: CountsMessage) => onConsole.see(countsIn(message), now()));

  const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
  // Warm-up (JIT, pools, first queries): not measured.
  await sendVotes(target, agent, WARM_UP_VOTES, () => target.warmUpQuestionId, () => undefined);
  await new Promise((resolve) => setTimeout(resolve, 1000));
  process.stderr.write('  warm-up voted\n');

  const votes: Array<{ questionId: string; at: number; votes: number }> = [];
  const accepted: Record<string, number> = {};
  const answered: number[] = [];
  const refused: Record<number, number> = {};
  let failed = 0;
  const ticksBefore = cpuTicks(target.pid);
  let peakRss = rssMb(target.pid);
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, rssMb(target.pid))), 250);
  const started = now();
  // Participant p votes once per question: vote n goes to a question p has not voted on yet.
  const question = (n: number) => target.questionIds[(n + Math.floor(n / participants)) % target.questionIds.length];
  await sendVotes(target, agent, total, question, (_n, questionId, at, count, status) => {
    answered.push(now() - at);
    if (count === null) {
      refused[status] = (refused[status] ?? 0) + 1;
      return void failed++;
    }
    votes.push({ questionId, at, votes: count });
    accepted[questionId] = (accepted[questionId] ?? 0) + 1;
  });
  const elapsed = (now() - started) / 1000;
  const cpuSeconds = (cpuTicks(target.pid) - ticksBefore) / 100;
  const cpuPercent = (cpuSeconds / elapsed) * 100;
  // All the server's CPU while the votes were sent and answered (sockets' heartbeats too), per vote.
  const cpuMsPerVote = (cpuSeconds * 1000) / total;
  clearInterval(sampler);
  agent.destroy();
  // Let the last counts arrive (the room's every 250 ms).
  const waitUntil = now() + 10_000;
  while (target.questionIds.some((id) => onConsole.last(id) < (accepted[id] ?? 0)) && now() < waitUntil) await new Promise((resolve) => setTimeout(resolve, 50));
  await new Promise((resolve) => setTimeout(resolve, 1000));

  audience.send({ type: 'finish' });
  const room = await nextMessage<{ lowest: Record<string, number>; watched: Array<[number, string, number]> }>(audience, 'finished');
  audience.kill('SIGTERM');
  moderator.disconnect();
  const onPhone = new Shown();
  for (const [at, id, count] of room.watched) onPhone.see([{ id, votes: count }], at);

  const lag = (shown: Shown) =>
    votes
      .map((vote) => (shown.firstAtLeast(vote.questionId, vote.votes) ?? NaN) - vote.at)
      .filter((value) => !Number.isNaN(value))
      .map((value) => Math.max(0, value))
      .sort((a, b) => a - b);
  const latencies = lag(onConsole);
  const roomLatencies = lag(onPhone);
  const server = await target.finalCounts();
  const ids = target.questionIds;
  const exact =
    failed === 0 &&
    connected === participants &&
    latencies.length === votes.length &&
    ids.every((id) => (server[id] ?? 0) === (accepted[id] ?? 0) && onConsole.last(id) === (accepted[id] ?? 0) && (room.lowest[id] ?? 0) === (accepted[id] ?? 0));
  const list = (counts: (id: string) => number) => JSON.stringify(ids.map(counts));
  return {
    latencies,
    roomLatencies,
    cpuPercent,
    cpuMsPerVote,
    peakRssMb: peakRss,
    failed,
    connected,
    exact,
    detail: `vote answered p50 ${ms(percentile(answered.sort((a, b) => a - b), 50))}, p99 ${ms(percentile(answered, 99))}; refused by status ${JSON.stringify(refused)}; accepted ${list((id) => accepted[id] ?? 0)}, server ${list((id) => server[id] ?? 0)}, console ${list((id) => onConsole.last(id))}, lowest phone ${list((id) => room.lowest[id] ?? 0)}`,
  };
}

function describeRun(name: string, run: Run): string {
  return (
    `${name}: vote → console p50 ${ms(percentile(run.latencies, 50))}, p99 ${ms(percentile(run.latencies, 99))}, max ${ms(run.latencies.at(-1) ?? NaN)}` +
    ` · vote → room p99 ${ms(percentile(run.roomLatencies, 99))}, max ${ms(run.roomLatencies.at(-1) ?? NaN)}` +
    ` · CPU ${run.cpuPercent.toFixed(0)}% of a core, ${run.cpuMsPerVote.toFixed(2)} ms a vote, peak RSS ${run.peakRssMb.toFixed(0)} MB · joined ${run.connected}, failed ${run.failed}` +
    ` · counts ${run.exact ? 'exact' : 'NOT EXACT'} (${run.detail})`
  );
}

// ---- The participants: a process of their own, so receiving the room's messages does not slow the measuring one. ----

function audienceProcess(): void {
  const sockets: Socket[] = [];
  const latest: Array<Map<string, number>> = [];
  const watched: Array<[number, string, number]> = [];
  process.on('message', async (message: { type: string; url: string; sessionId: string; auths: Array<Record<string, string>> }) => {
    if (message.type === 'connect') {
      try {
        for (let i = 0; i < message.auths.length; i += 100) {
          const batch = message.auths.slice(i, i + 100);
          const address = (index: number) => `127.0.${1 + Math.floor(index / 200 / 250)}.${1 + (Math.floor(index / 200) % 250)}`;
          sockets.push(...(await Promise.all(batch.map((auth, offset) => joined(message.url, message.sessionId, auth, {}, address(i + offset))))));
        }
        sockets.forEach((socket, index) => {
          const seen = new Map<string, number>();
          latest.push(seen);
          socket.on('qa', (event: CountsMessage) => {
            const at = now();
            for (const { id, votes } of countsIn(event)) {
              seen.set(id, Math.max(seen.get(id) ?? 0, votes));
              if (index === 0) watched.push([at, id, votes]);
            }
          });
        });
        process.send?.({ type: 'connected', connected: sockets.length });
      } catch (error) {
        process.send?.({ type: 'error', error: (error as Error).message });
      }
    } else if (message.type === 'finish') {
      const lowest: Record<string, number> = {};
      const ids = new Set(latest.flatMap((seen) => [...seen.keys()]));
      for (const id of ids) lowest[id] = Math.min(...latest.map((seen) => seen.get(id) ?? 0));
      for (const socket of sockets) socket.disconnect();
      process.send?.({ type: 'finished', lowest, watched });
    }
  });
}

// ---- The floor: socket.io alone, counting in memory, sending what the API sends. ----

function bareServer(): void {
  const counts = new Map<string, number>();
  const perVote = process.env.RELAY_PER_VOTE === '1';
  const due = { moderators: new Set<string>(), room: new Set<string>() };
  const timers: Partial<Record<keyof typeof due, NodeJS.Timeout>> = {};
  const send = (audience: keyof typeof due) => {
    delete timers[audience];
    const votes = [...due[audience]].map((id) => ({ id, votes: counts.get(id) ?? 0 }));
    due[audience].clear();
    if (audience === 'moderators') ioServer.of('/live').to('moderators').emit('qa:votes', { sessionId: 'session', countedAt: new Date().toISOString(), votes });
    else ioServer.of('/live').to('session').emit('qa', { seq: 0, type: 'question.votes', sessionId: 'session', countedAt: new Date().toISOString(), votes });
  };
  const soon = (audience: keyof typeof due, id: string, everyMs: number) => {
    due[audience].add(id);
    timers[audience] ??= setTimeout(() => send(audience), everyMs);
  };
  const server = http.createServer((req, res) => {
    const questionId = decodeURIComponent((req.url ?? '').split('/')[2] ?? '');
    req.resume();
    req.on('end', () => {
      const votes = (counts.get(questionId) ?? 0) + 1;
      counts.set(questionId, votes);
      if (perVote) ioServer.of('/live').to('session').emit('qa', { seq: 0, type: 'question.voted', question: { id: questionId, votes } });
      else {
        soon('moderators', questionId, VOTES_INTERVAL_MS);
        soon('room', questionId, ROOM_VOTES_INTERVAL_MS);
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ question: { id: questionId, votes } }));
    });
  });
  const ioServer = new Server(server, { connectionStateRecovery: { maxDisconnectionDuration: 120_000 } });
  ioServer.of('/live').on('connection', (socket) => {
    socket.on('join', (payload: { moderator?: boolean }, ack: (answer: unknown) => void) => {
      void socket.join('session');
      if (payload?.moderator) void socket.join('moderators');
      ack({ ok: true });
    });
  });
  process.on('message', (message: { type: string }) => {
    if (message.type === 'counts') process.send?.({ type: 'counts', counts: Object.fromEntries(counts) });
  });
  server.listen(Number(process.env.PORT), '127.0.0.1', () => process.send?.({ type: 'ready' }));
}

async function bareTarget(perVote: boolean): Promise<{ target: Target; stop: () => Promise<void> }> {
  const port = await freePort();
  const child = fork(__filename, ['--bare-server'], { env: { ...process.env, PORT: String(port), RELAY_PER_VOTE: perVote ? '1' : '0' }, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  await nextMessage(child, 'ready');
  const url = `http://127.0.0.1:${port}`;
  return {
    target: {
      url,
      pid: child.pid as number,
      sessionId: 'session',
      questionIds: Array.from({ length: QUESTIONS }, (_, i) => `q${i}`),
      warmUpQuestionId: 'warm-up',
      auths: Array.from({ length: participants }, (_, index) => ({ identity: `bare-${index}` })),
      moderator: () => joined(url, 'session', {}, { moderator: true }),
      vote: async (agent, _participant, questionId) => {
        const answer = await post(agent, `${url}/vote/${questionId}`);
        return { status: answer.status, votes: answer.status === 200 ? JSON.parse(answer.body).question.votes : null };
      },
      finalCounts: async () => {
        child.send({ type: 'counts' });
        return (await nextMessage<{ counts: Record<string, number> }>(child, 'counts')).counts;
      },
    },
    stop: async () => {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
    },
  };
}

// ---- The real API. ----

async function apiTarget(databaseUrl: string, dataDir: string): Promise<{ target: Target; stop: () => Promise<void> }> {
  const port = await freePort();
  const env = { ...process.env, NODE_ENV: 'test', DATABASE_URL: databaseUrl, PORT: String(port), DATA_DIR: dataDir, REDIS_URL: '' };
  const api = await startApiProcess(env);
  const url = `http://127.0.0.1:${port}`;
  const config = loadConfig(env);

  // The chair is a network organiser (a moderator of every session); a public plenary with live Q&A.
  const dataSource = await new DataSource(dataSourceOptions(databaseUrl, ALL_ENTITIES)).initialize();
  const people = dataSource.getRepository(Person);
  const chair = await people.save(people.create({ name: 'Bench Chair', email: 'bench-chair@example.org', roles: [NetworkRole.Organiser] }));
  const { token } = await apiTokensFor(dataSource, config).create(chair.id, 'bench');
  const agent = new http.Agent({ keepAlive: true, maxSockets: 8 });
  const must = async (what: string, urlPath: string, body: unknown, headers: Record<string, string> = { authorization: `Bearer ${token}` }) => {
    const answer = await post(agent, `${url}/api/v1${urlPath}`, headers, JSON.stringify(body));
    if (answer.status >= 300) throw new Error(`${what}: ${answer.status} ${answer.body}`);
    return JSON.parse(answer.body) as Record<string, string>;
  };
  const event = await must('event', '/events', { title: 'Bench Forum', kind: 'network_forum', startsAt: '2027-02-11T09:00:00Z', endsAt: '2027-02-11T17:00:00Z' });
  const session = await must('session', `/events/${event.id}/sessions`, { title: 'Question & Comments', kind: 'plenary', startsAt: '2027-02-11T10:00:00Z', endsAt: '2027-02-11T11:00:00Z', liveQa: true });
  await must('publish', `/events/${event.id}/publish`, {});
  await must('agenda', `/events/${event.id}/agenda/publish`, {});
  const identities = Array.from({ length: participants }, () => mintIdentity(config.sessionSecret).token);
  const ask = async (index: number, body: string) => (await must('question', `/sessions/${session.id}/questions`, { body, askerName: 'Bench' }, { 'x-live-identity': identities[index] })).id;
  const questionIds: string[] = [];
  for (let i = 0; i < QUESTIONS; i++) questionIds.push(await ask(i, `Bench question ${i + 1}`));
  const warmUpQuestionId = await ask(QUESTIONS, 'Is this a warm-up?');
  agent.destroy();

  return {
    target: {
      url,
      pid: api.pid as number,
      sessionId: session.id,
      questionIds,
      warmUpQuestionId,
      auths: identities.map((identity) => ({ identity })),
      moderator: () => joined(url, session.id, { token }),
      vote: async (voteAgent, participant, questionId) => {
        const answer = await post(voteAgent, `${url}/api/v1/questions/${questionId}/vote`, { 'x-live-identity': identities[participant] });
        return { status: answer.status, votes: answer.status === 200 ? JSON.parse(answer.body).question.votes : null };
      },
      finalCounts: async () => {
        // A question's count is its votes' rows.
        const rows: Array<{ id: string; rows: number }> = await dataSource.query(
          `SELECT q.id, (SELECT count(*)::int FROM qa_votes v WHERE v.question_id = q.id) AS rows FROM qa_questions q WHERE q.id = ANY($1::uuid[])`,
          [questionIds],
        );
        return Object.fromEntries(rows.map((row) => [row.id, row.rows]));
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
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'convene-bench-qa-'));
  const postgres = new EmbeddedPostgres({ dataDir: path.join(dataDir, 'postgres') });
  await postgres.start();
  try {
    const databaseUrl = await postgres.ensureDatabase('bench');
    process.stdout.write(
      `participants: ${participants}, votes: ${total} over REST at ${rate}/s for ${seconds} s on ${QUESTIONS} questions, one API process; load average before: ${os.loadavg().map((value) => value.toFixed(2)).join(' ')}\n`,
    );
    const floorName = `bare socket.io relay, counts every ${VOTES_INTERVAL_MS} ms to the moderators and ${ROOM_VOTES_INTERVAL_MS} ms to the room`;
    const bare = await bareTarget(false);
    const floor = await measure(bare.target);
    await bare.stop();
    process.stdout.write(`${describeRun(floorName, floor)}\n`);
    if (perVoteBaseline) {
      const each = await bareTarget(true);
      const run = await measure(each.target);
      await each.stop();
      process.stdout.write(`${describeRun('bare socket.io relay, each vote rebroadcast to the room', run)}\n`);
    }
    const real = await apiTarget(databaseUrl, dataDir);
    const result = await measure(real.target);
    await real.stop();
    process.stdout.write(`${describeRun('Convene (REST vote → transaction → coalesced counts)', result)}\n`);

    const p99 = percentile(result.latencies, 99);
    const floorP99 = percentile(floor.latencies, 99);
    const roomP99 = percentile(result.roomLatencies, 99);
    const ratio = p99 / floorP99;
    process.stdout.write(
      `vote → console p99: Convene ${ms(p99)}, floor ${ms(floorP99)}, ratio ${ratio.toFixed(2)} (p50 ${(percentile(result.latencies, 50) / percentile(floor.latencies, 50)).toFixed(2)}, CPU ${(result.cpuPercent / floor.cpuPercent).toFixed(1)}, RSS ${(result.peakRssMb / floor.peakRssMb).toFixed(1)}); ` +
        `vote → room p99 ${ms(roomP99)}; counts exact: ${result.exact ? 'yes' : 'NO'}; load average after: ${os.loadavg().map((value) => value.toFixed(2)).join(' ')}\n`,
    );
    printRow({
      path: 'Q&A votes → console',
      product: `p99 ${p99.toFixed(0)} ms (room ${roomP99.toFixed(0)} ms)`,
      floor: `p99 ${floorP99.toFixed(0)} ms`,
      ratio,
      aim: `p99 ≤ ${AIM_P99_MS} ms, room ≤ ${AIM_ROOM_MS} ms, exact`,
      pass: p99 <= AIM_P99_MS && roomP99 <= AIM_ROOM_MS && result.exact,
      note: `${participants} participants, ${rate} votes/s for ${seconds} s; counts ${result.exact ? 'exact' : 'NOT exact'}; API CPU ${result.cpuMsPerVote.toFixed(2)} ms a vote (floor ${floor.cpuMsPerVote.toFixed(2)}); load ${os.loadavg()[0].toFixed(2)}`,
      score: Math.round(p99),
      correct: result.exact,
    });
    if (!result.exact || !floor.exact) process.exitCode = 1;
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
