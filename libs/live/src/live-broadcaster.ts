import { Injectable, Logger } from '@nestjs/common';
import type { Namespace } from 'socket.io';
import type { ClientToServerEvents, LiveChangeEvent, LiveMessage, ServerToClientEvents } from './live-events';
import { LiveChange } from './live-log.service';

/** The /live namespace, typed by its events (live-events.ts). */
export type LiveNamespace = Namespace<ClientToServerEvents, ServerToClientEvents>;

/** The socket.io room of a session's followers, and of its moderators. */
export const sessionRoom = (sessionId: string) => `session:${sessionId}`;
export const moderatorsRoom = (sessionId: string) => `session:${sessionId}:moderators`;
/** Every socket of one signed-in person, on every instance: where an ended right reaches them. */
export const personRoom = (personId: string) => `person:${personId}`;

/** The one place room names come from. */
export const Rooms = { session: sessionRoom, moderators: moderatorsRoom, person: personRoom } as const;

/** The session of a session room's name (not of a moderators room), or null. */
export function sessionOfRoom(room: string): string | null {
  const match = /^session:([0-9a-f-]{36})$/i.exec(room);
  return match ? match[1] : null;
}

export function toLiveMessage(change: LiveChange): LiveMessage {
  return { ...change.data, seq: change.seq, type: change.type, sessionId: change.sessionId, at: change.at.toISOString() };
}

/**
 * Sends committed changes to the sockets in a session's room, on every API instance (the
 * adapter carries it). Call it after commit; a change that is never broadcast is still
 * caught up over HTTP, so broadcasting never throws.
 */
@Injectable()
export class LiveBroadcaster {
  private readonly logger = new Logger(LiveBroadcaster.name);
  private namespace: LiveNamespace | null = null;

  /** The gateway hands over its namespace once it is up; the worker never has one. */
  attach(namespace: LiveNamespace): void {
    this.namespace = namespace;
  }

  publish(changes: LiveChange[], audience: 'everyone' | 'moderators' = 'everyone'): void {
    if (!this.namespace) return;
    for (const change of changes) {
      const room = audience === 'everyone' ? sessionRoom(change.sessionId) : moderatorsRoom(change.sessionId);
      try {
        // A change's stream is one of the events (the log's column is text: the streams are named by the libs that write them).
        this.namespace.to(room).emit(change.stream as LiveChangeEvent, toLiveMessage(change));
      } catch (error) {
        this.logger.warn(`Broadcast of ${change.stream} #${change.seq} failed: ${(error as Error).message}`);
      }
    }
  }
}
