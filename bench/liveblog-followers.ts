// Child process of bench/liveblog-fanout.ts: holds the socket.io-client followers of every server
// measured (the product's and the floor's), each joined to one session on namespace /live, and
// records when each 'liveblog' event arrives. One process for both when they fit in its open-file
// limit (5,000 each), so that the product's and the floor's followers share the same client; at
// 10,000 each group has a process of its own (the posts still take turns).
// FOLLOW_GROUPS is JSON: [{ "group": "convene", "urls": [...], "followers": 5000 }, ...]; a
// group's followers are spread over its URLs. { type: 'join', group } joins a group (answered
// { type: 'joined', group, connected }); { type: 'report' } is answered
// { type: 'report', arrivals: { "<group> <entryId>": number[] } }.
// Times are performance.timeOrigin + performance.now(): one clock for every process of the machine.
import { io, Socket } from 'socket.io-client';

interface Group {
  group: string;
  urls: string[];
  followers: number;
}

const groups = JSON.parse(process.env.FOLLOW_GROUPS ?? '[]') as Group[];
const sessionId = process.env.SESSION_ID ?? '';
const batch = 100;

const now = () => performance.timeOrigin + performance.now();
const arrivals = new Map<string, number[]>();
const sockets: Socket[] = [];
const socketsOf = new Map<string, Socket[]>();

function follow(group: string, url: string): Promise<void> {
  return new Promise((resolve, reject) => {
    // 200 followers to a loopback address (127.0.x.y): the API lets one address hold at most 256
    // sockets, and thousands of real followers come from thousands of addresses.
    const index = sockets.length;
    const localAddress = `127.0.${1 + Math.floor(index / 200 / 250)}.${1 + (Math.floor(index / 200) % 250)}`;
    const socket = io(`${url}/live`, { transports: ['websocket'], reconnection: true, timeout: 60_000, localAddress } as Parameters<typeof io>[1]);
    sockets.push(socket);
    socketsOf.set(group, [...(socketsOf.get(group) ?? []), socket]);
    socket.on('liveblog', (payload: { entry?: { id?: string } }) => {
      const at = now();
      const id = payload?.entry?.id;
      if (!id) return;
      const key = `${group} ${id}`;
      const list = arrivals.get(key);
      if (list) list.push(at);
      else arrivals.set(key, [at]);
    });
    socket.once('connect_error', (error) => reject(error));
    socket.once('connect', () => {
      socket.emit('join', { sessionId }, (ack: { ok?: boolean; error?: { message: string } }) => {
        if (ack?.ok) resolve();
        else reject(new Error(`join refused: ${ack?.error?.message ?? JSON.stringify(ack)}`));
      });
    });
  });
}

async function join(name: string): Promise<void> {
  const group = groups.find((candidate) => candidate.group === name);
  if (!group) throw new Error(`no follower group ${name}`);
  for (let start = 0; start < group.followers; start += batch) {
    await Promise.all(Array.from({ length: Math.min(batch, group.followers - start) }, (_, index) => follow(name, group.urls[(start + index) % group.urls.length])));
  }
  process.send?.({ type: 'joined', group: name, connected: (socketsOf.get(name) ?? []).filter((socket) => socket.connected).length });
}

process.on('message', (message: { type?: string; group?: string }) => {
  if (message?.type === 'join') {
    join(message.group ?? '').catch((error: Error) => {
      process.send?.({ type: 'failed', message: error.message });
      process.exit(1);
    });
  }
  if (message?.type === 'report') {
    process.send?.({ type: 'report', arrivals: Object.fromEntries(arrivals) });
    arrivals.clear();
  }
  if (message?.type === 'stop') {
    for (const socket of sockets) socket.disconnect();
    setTimeout(() => process.exit(0), 200);
  }
});
