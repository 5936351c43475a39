// Child process of bench/poll-answers.ts: the baseline. A plain socket.io server (same options
// as the API's: connection state recovery) with the same join protocol on /live; each
// `answer` it receives is counted in memory and rebroadcast, with the running count, to the
// session's room, then acknowledged. No database, no rules: what socket.io alone costs.
// RELAY_PROJECTOR_EVERY_MS / RELAY_ROOM_EVERY_MS: instead of each answer, the running count at
// most that often to the projector (a socket that joined with `projector: true`) and to the
// room, as the API coalesces results: the floor for the same broadcast shape.
import http from 'node:http';
import { Server } from 'socket.io';

/** Per poll: the warm-up's and the measured one's. */
const polls = new Map<string, { respondents: number; counts: number[] }>();
const projectorEvery = Number(process.env.RELAY_PROJECTOR_EVERY_MS ?? 0);
const roomEvery = Number(process.env.RELAY_ROOM_EVERY_MS ?? 0);
const due = new Set<string>();

function broadcast(room: string, pollId: string): void {
  io.of('/live').to(room).emit('results', { pollId, ...polls.get(pollId) });
}

/** At most one broadcast to `room` every `everyMs`. */
function soon(room: string, pollId: string, everyMs: number): void {
  if (due.has(room)) return;
  due.add(room);
  setTimeout(() => {
    due.delete(room);
    broadcast(room, pollId);
  }, everyMs);
}

const server = http.createServer((_req, res) => res.writeHead(404).end());
const io = new Server(server, { connectionStateRecovery: { maxDisconnectionDuration: 120_000, skipMiddlewares: false } });
io.of('/live').on('connection', (socket) => {
  socket.on('join', (message: { sessionId?: string; projector?: boolean }, ack?: (answer: unknown) => void) => {
    if (typeof message?.sessionId !== 'string') return ack?.({ error: { status: 400, message: 'sessionId' } });
    void socket.join(`session:${message.sessionId}`);
    if (message.projector) void socket.join(`projector:session:${message.sessionId}`);
    ack?.({ ok: true, lastSeq: {} });
  });
  socket.on('answer', (message: { pollId: string; choices: number[] }, ack?: (answer: unknown) => void) => {
    const poll = polls.get(message.pollId) ?? { respondents: 0, counts: [] };
    polls.set(message.pollId, poll);
    for (const choice of message.choices) poll.counts[choice] = (poll.counts[choice] ?? 0) + 1;
    poll.respondents += 1;
    for (const room of socket.rooms) {
      if (!room.startsWith('session:')) continue;
      if (!roomEvery) broadcast(room, message.pollId);
      else {
        soon(`projector:${room}`, message.pollId, projectorEvery);
        soon(room, message.pollId, roomEvery);
      }
    }
    ack?.({ ok: true });
  });
});
process.on('message', (message: { type?: string; pollId?: string }) => {
  if (message?.type === 'counts') process.send?.({ type: 'counts', ...(polls.get(message.pollId ?? '') ?? { respondents: 0, counts: [] }) });
});
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  process.send?.({ type: 'ready', port: typeof address === 'object' && address ? address.port : 0 });
});

// Gone with the bench that started it.
process.on('disconnect', () => process.exit(0));
