import net from 'node:net';

/**
 * An SMTP connection whose writes within one turn of the event loop leave together, in one
 * system call. nodemailer writes a message as a dozen pieces (headers, each part's boundary,
 * headers and body, the closing dot), each its own write on a no-delay socket: a dozen system
 * calls, and as many wake-ups of the server, for every mail. Held until the turn ends, they go
 * as one writev; a command that waits for its answer still leaves at the end of its turn.
 */
export function connectCoalescing(host: string, port: number, timeoutMs: number, callback: (error: Error | null, socket?: net.Socket) => void): void {
  const socket = net.connect({ host, port });
  const failed = (error: Error) => {
    socket.destroy();
    callback(error);
  };
  socket.setTimeout(timeoutMs, () => failed(Object.assign(new Error(`Connection to ${host}:${port} timed out`), { code: 'ETIMEDOUT' })));
  socket.once('error', failed);
  socket.once('connect', () => {
    socket.setTimeout(0);
    socket.removeListener('error', failed);
    coalesceWrites(socket);
    callback(null, socket);
  });
}

/** Corks the socket at its first write in a turn and uncorks it once the turn's callbacks have run. */
function coalesceWrites(socket: net.Socket): void {
  const write = socket.write.bind(socket) as (...args: unknown[]) => boolean;
  let corked = false;
  socket.write = ((...args: unknown[]) => {
    if (!corked) {
      corked = true;
      socket.cork();
      setImmediate(() => {
        corked = false;
        socket.uncork();
      });
    }
    return write(...args);
  }) as typeof socket.write;
}
