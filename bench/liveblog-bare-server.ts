// Child process of bench/liveblog-fanout.ts: the baseline. A bare socket.io server (same options
// as the API's: connection state recovery) with the same join protocol on /live; POST /post
// broadcasts the body, unchanged, as a 'liveblog' event to the session's room, then answers.
import http from 'node:http';
import { Server } from 'socket.io';

const server = http.createServer((req, res) => {
  if (req.method !== 'POST' || req.url !== '/post') {
    res.writeHead(404).end();
    return;
  }
  let body = '';
  req.on('data', (chunk) => (body += chunk));
  req.on('end', () => {
    const payload = JSON.parse(body) as { sessionId: string };
    io.of('/live').to(`session:${payload.sessionId}`).emit('liveblog', payload);
    res.writeHead(201, { 'content-type': 'application/json' }).end('{}');
  });
});
const io = new Server(server, { connectionStateRecovery: { maxDisconnectionDuration: 120_000, skipMiddlewares: false } });
io.of('/live').on('connection', (socket) => {
  socket.on('join', (message: { sessionId?: string }, ack?: (answer: unknown) => void) => {
    if (typeof message?.sessionId !== 'string') return ack?.({ error: { status: 400, message: 'sessionId' } });
    void socket.join(`session:${message.sessionId}`);
    ack?.({ ok: true, lastSeq: { liveblog: 0 } });
  });
});
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  process.send?.({ type: 'ready', port: typeof address === 'object' && address ? address.port : 0 });
});
