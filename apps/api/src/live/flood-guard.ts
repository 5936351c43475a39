import type { Event, Socket } from 'socket.io';

/** Messages a socket may send a second before they are refused, and before it is cut off. */
const REFUSE_ABOVE = 20;
const DISCONNECT_ABOVE = 200;

/**
 * A per-socket limit on incoming messages. Over the first limit a message is refused with an
 * error ack (the client keeps its connection); a socket that keeps flooding is disconnected.
 * Other sockets, and the rooms, never notice.
 */
export function floodGuard(socket: Socket): (packet: Event, next: (error?: Error) => void) => void {
  let windowStart = Date.now();
  let count = 0;
  return (packet, next) => {
    const now = Date.now();
    if (now - windowStart >= 1000) {
      windowStart = now;
      count = 0;
    }
    count += 1;
    if (count > DISCONNECT_ABOVE) {
      socket.disconnect(true);
      return;
    }
    if (count > REFUSE_ABOVE) {
      const ack = packet[packet.length - 1];
      if (typeof ack === 'function') (ack as (answer: unknown) => void)({ error: { status: 429, code: 'too_many_messages', message: `At most ${REFUSE_ABOVE} messages a second` } });
      return;
    }
    next();
  };
}
