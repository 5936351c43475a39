import type { Server } from 'node:http';
import type { Socket } from 'node:net';

/** A client has until then to send its headers, and its whole request (slow-loris senders are cut). */
export const HEADERS_TIMEOUT_MS = 10_000;
export const REQUEST_TIMEOUT_MS = 20_000;
/** Open connections (HTTP and websockets alike) one client address may hold at once. */
export const MAX_CONNECTIONS_PER_CLIENT = 256;

/**
 * Bounds what one client can hold open on the HTTP server: header and body timeouts, and a
 * cap on connections per address, counted as they are accepted, before any HTTP is parsed.
 * A proxy we trust carries many clients, so its connections are not capped here (the limits
 * per client address behind it apply instead).
 */
export function limitConnections(server: Server, trustedProxy: (address: string) => boolean): void {
  server.headersTimeout = HEADERS_TIMEOUT_MS;
  server.requestTimeout = REQUEST_TIMEOUT_MS;
  // How often Node looks for requests past their timeouts (30 s by default). A plain property
  // read at listen(); @types/node only knows it as a createServer option.
  (server as Server & { connectionsCheckingInterval: number }).connectionsCheckingInterval = 1_000;
  const open = new Map<string, number>();
  server.on('connection', (socket: Socket) => {
    const address = socket.remoteAddress ?? 'unknown';
    if (trustedProxy(address)) return;
    const count = (open.get(address) ?? 0) + 1;
    if (count > MAX_CONNECTIONS_PER_CLIENT) {
      socket.destroy();
      return;
    }
    open.set(address, count);
    socket.once('close', () => {
      const left = (open.get(address) ?? 1) - 1;
      if (left > 0) open.set(address, left);
      else open.delete(address);
    });
  });
}
