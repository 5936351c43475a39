// Child process of bench/liveblog-fanout.ts: holds N socket.io-client followers, spread over the
// given URLs, each joined to one session on namespace /live; records when each 'liveblog' event
// arrives. The parent sends { type: 'report' } and gets { arrivals: { [entryId]: number[] } }.
// Times are performance.timeOrigin + performance.now(): one clock for every process of the machine.
import { io, Socket } from 'socket.io-client';

const urls = (process.env.FOLLOW_URLS ?? '').split(',').filter(Boolean);
const count = Number(process.env.FOLLOWERS ?? 100);
const sessionId = process.env.SESSION_ID ?? '';
const batch = 100;

const now = () => performance.timeOrigin + performance.now();
const arrivals = new Map<string, number[]>();
const sockets: Socket[] = [];

function follow(url: string): Promise<void> {
  return new Promise((resolve, reject) => {
    // 200 followers to a loopback address (127.0.x.y): the API lets one address hold at most 256
    // sockets, and thousands of real followers come from thousands of addresses.
    const index = sockets.length;
    const localAddress = `127.0.${1 + Math.floor(index / 200 / 250)}.${1 + (Math.floor(index / 200) % 250)}`;
    const socket = io(`${url}/live`, { transports: ['websocket'], reconnection: true, timeout: 60_000, localAddress } as Parameters<typeof io>[1]);
    sockets.push(socket);
    socket.on('liveblog', (payload: { entry?: { id?: string } }) => {
      const at = now();
      const id = payload?.entry?.id;
      if (!id) return;
      const list = arrivals.get(id);
      if (list) list.push(at);
      else arrivals.set(id, [at]);
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

async function main(): Promise<void> {
  for (let start = 0; start < count; start += batch) {
    await Promise.all(Array.from({ length: Math.min(batch, count - start) }, (_, index) => follow(urls[(start + index) % urls.length])));
  }
  process.send?.({ type: 'ready', connected: sockets.filter((socket) => socket.connected).length });
}

process.on('message', (message: { type?: string }) => {
  if (message?.type === 'report') {
    process.send?.({ type: 'report', arrivals: Object.fromEntries(arrivals), connected: sockets.filter((socket) => socket.connected).length });
    arrivals.clear();
  }
  if (message?.type === 'stop') {
    for (const socket of sockets) socket.disconnect();
    setTimeout(() => process.exit(0), 200);
  }
});

main().catch((error: Error) => {
  process.send?.({ type: 'failed', message: error.message });
  process.exit(1);
});
