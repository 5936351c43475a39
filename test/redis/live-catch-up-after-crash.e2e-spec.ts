import { testConfig } from '@convene/testing';
import { io, Socket } from 'socket.io-client';
import request from 'supertest';
import { bearer } from '../identity/identity-fixtures';
import { LiveblogSession, liveblogPath, makeLiveblogSession } from '../liveblog/liveblog-fixtures';
import { RunningApi, startApi } from '../support/api';
import { ApiProcess, startApiProcess } from '../support/api-process';
import { Balancer, startBalancer } from '../support/balancer';
import { eventually, joinSession } from '../support/live';

interface Change {
  seq: number;
  entry?: { id: string };
}

/**
 * A liveblog reader as the pages behave: it takes what the socket gives; on any connection the
 * socket did not recover (the first, or after a crash) it joins the room again and catches up
 * over HTTP from the last change it holds, page after page while `more`.
 */
class Reader {
  readonly changes = new Map<number, Change>();
  readonly recovered: boolean[] = [];
  pagesFetched = 0;
  caughtUp = false;
  readonly socket: Socket;

  constructor(
    balancer: Balancer,
    private readonly sessionId: string,
  ) {
    this.socket = io(`${balancer.url}/live`, { transports: ['websocket'], forceNew: true, reconnectionDelay: 100, reconnectionDelayMax: 500 });
    this.socket.on('liveblog', (change: Change) => this.changes.set(change.seq, change));
    this.socket.on('connect', () => {
      this.recovered.push(this.socket.recovered);
      if (!this.socket.recovered) void this.rejoin(balancer.url);
    });
  }

  /** The highest seq held with none missing before it. */
  get last(): number {
    let seq = 0;
    while (this.changes.has(seq + 1)) seq++;
    return seq;
  }

  private async rejoin(url: string): Promise<void> {
    this.caughtUp = false;
    const answer = await joinSession(this.socket, this.sessionId);
    if (!answer.ok) throw new Error(`join refused: ${JSON.stringify(answer)}`);
    let more = true;
    while (more) {
      const page = await request(url).get(`${liveblogPath(this.sessionId)}?since=${this.last}`).expect(200);
      this.pagesFetched++;
      for (const change of page.body.changes as Change[]) this.changes.set(change.seq, change);
      more = page.body.more === true;
    }
    this.caughtUp = true;
  }
}

async function post(api: RunningApi, live: LiveblogSession, count: number, label: string): Promise<string[]> {
  const ids: string[] = [];
  for (let start = 0; start < count; start += 10) {
    const batch = Array.from({ length: Math.min(10, count - start) }, (_, index) =>
      request(api.url).post(liveblogPath(live.sessionId)).set(bearer(live.chairToken)).send({ kind: 'update', body: `${label} ${start + index + 1}` }).expect(201),
    );
    for (const response of await Promise.all(batch)) ids.push(response.body.id);
  }
  return ids;
}

// Issue 16.14: in Redis mode a SIGKILLed API instance never saves its clients' sessions, so
// socket replay cannot help them (a graceful stop does); the HTTP catch-up leaves no gap.
describe('Live readers of an API instance that stops, reconnecting to another through the load balancer', () => {
  // A thousand posts and twenty readers' catch-up on a shared two-core machine: minutes at worst.
  jest.setTimeout(180_000);
  const READERS = 20;
  let b: RunningApi;
  let a: ApiProcess | undefined;
  let balancer: Balancer;
  const readers: Reader[] = [];

  beforeAll(async () => {
    const config = await testConfig();
    if (!config.redisUrl) throw new Error('This suite needs Redis: run it with npm run test:redis');
    b = await startApi(config);
    balancer = await startBalancer();
  });

  afterAll(async () => {
    readers.forEach((reader) => reader.socket.disconnect());
    await a?.kill('SIGKILL');
    await balancer?.close();
    await b?.close();
  });

  /** Instance A as a process behind the balancer, READERS readers on it who have had `before` changes. */
  async function readersOnA(live: LiveblogSession, before: number): Promise<Reader[]> {
    a = await startApiProcess(b.config);
    balancer.sendTo(Number(new URL(a.url).port));
    const mine = Array.from({ length: READERS }, () => new Reader(balancer, live.sessionId));
    readers.push(...mine);
    await eventually(() => mine.every((reader) => reader.caughtUp), 'every reader joined on A', 30_000);
    await post(b, live, before, 'Before');
    await eventually(() => mine.every((reader) => reader.last === before), 'the first changes on A, through Redis');
    return mine;
  }

  async function stopA(signal: NodeJS.Signals, mine: Reader[]): Promise<void> {
    balancer.sendTo(null); // the balancer has not yet noticed B is the one to use
    await a?.kill(signal);
    a = undefined;
    await eventually(() => mine.every((reader) => !reader.socket.connected), 'every reader cut off');
  }

  it('after a SIGKILL, readers are not recovered by replay but catch up over HTTP, page after page (500 each, while more), with no gap', async () => {
    const live = await makeLiveblogSession(b);
    const mine = await readersOnA(live, 3);
    await stopA('SIGKILL', mine);

    // More than one page, and more than the 1,000 the route once gave at once with no `more`.
    const missed = await post(b, live, 1020, 'While A was down');
    balancer.sendTo(Number(new URL(b.url).port));
    await eventually(() => mine.every((reader) => reader.socket.connected && reader.caughtUp), 'every reader back on B and caught up', 120_000);

    const after = await post(b, live, 1, 'After');
    await eventually(() => mine.every((reader) => reader.last === 1024), 'the change after, live on B');
    for (const reader of mine) {
      expect(reader.recovered).toEqual([false, false]);
      expect(reader.pagesFetched).toBeGreaterThanOrEqual(4); // one on A, three (500 + 500 + 20) on B
      expect([...reader.changes.keys()].sort((x, y) => x - y)).toEqual(Array.from({ length: 1024 }, (_, index) => index + 1));
      const entryIds = new Set([...reader.changes.values()].map((change) => change.entry?.id));
      for (const id of [...missed, ...after]) expect(entryIds).toContain(id);
    }
  });

  it('after a graceful stop, readers are recovered by socket replay on B, with no HTTP catch-up and no gap', async () => {
    const live = await makeLiveblogSession(b);
    const mine = await readersOnA(live, 3);
    const pagesBefore = mine.map((reader) => reader.pagesFetched);
    await stopA('SIGTERM', mine);

    await post(b, live, 10, 'While A was down');
    balancer.sendTo(Number(new URL(b.url).port));
    await eventually(() => mine.every((reader) => reader.socket.connected && reader.last === 13), 'every reader back on B with what it missed', 60_000);
    for (const [index, reader] of mine.entries()) {
      expect(reader.recovered).toEqual([false, true]);
      expect(reader.pagesFetched).toBe(pagesBefore[index]);
      expect([...reader.changes.keys()].sort((x, y) => x - y)).toEqual(Array.from({ length: 13 }, (_, i) => i + 1));
    }
  });
});
