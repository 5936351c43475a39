import { Injectable, Logger } from '@nestjs/common';
import type { Namespace } from 'socket.io';
import { type ApiLivePayloads, type ClientToServerEvents, type LiveChangeEvent, type LiveMessage, QA_VOTES_EVENT, type ServerToClientEvents } from './live-events';
import { LiveChange } from './live-log.service';

/** The /live namespace, typed by its events (live-events.ts) with the API's view classes as their payloads. */
export type LiveNamespace = Namespace<ClientToServerEvents, ServerToClientEvents<ApiLivePayloads>>;

/** A logged change as a message on its stream's event: the log holds what its stream's append took (typed there, LiveLog.append). */
type LoggedMessage = Parameters<ServerToClientEvents<ApiLivePayloads>[LiveChangeEvent]>[0];

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
  return { ...change.data, ...envelopeOf(change) };
}

/** What every live message carries besides its stream's fields. */
function envelopeOf(change: LiveChange): LiveMessage<object> {
  return { seq: change.seq, type: change.type, sessionId: change.sessionId, at: change.at.toISOString() };
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
        this.namespace.to(room).emit(change.stream as LiveChangeEvent, toLiveMessage(change) as LoggedMessage);
      } catch (error) {
        this.logger.warn(`Broadcast of ${change.stream} #${change.seq} failed: ${(error as Error).message}`);
      }
    }
  }

  /**
   * Q&A's changes, which have two forms: the room (every follower but the moderators) gets the form
   * logged and safe for everyone, the session's moderators the same change, same seq, with
   * `forModerators` as its data (a question in full, the room's code): their console applies it
   * as it comes instead of asking the API for it.
   */
  publishForRoomAndModerators(changes: Array<{ change: LiveChange; forModerators: ApiLivePayloads['qa'] }>): void {
    if (!this.namespace) return;
    for (const { change, forModerators } of changes) {
      try {
        this.namespace.to(sessionRoom(change.sessionId)).except(moderatorsRoom(change.sessionId)).emit('qa', toLiveMessage(change) as LiveMessage<ApiLivePayloads['qa']>);
        this.namespace.to(moderatorsRoom(change.sessionId)).emit('qa', { ...forModerators, ...envelopeOf(change) });
      } catch (error) {
        this.logger.warn(`Broadcast of ${change.stream} #${change.seq} failed: ${(error as Error).message}`);
      }
    }
  }

  /** A session's running vote counts to its moderators only, unlogged (the room's come logged, less often). */
  voteCounts(sessionId: string, counts: ApiLivePayloads[typeof QA_VOTES_EVENT]): void {
    try {
      this.namespace?.to(moderatorsRoom(sessionId)).emit(QA_VOTES_EVENT, { sessionId, ...counts });
    } catch (error) {
      this.logger.warn(`Vote counts of session ${sessionId} not sent: ${(error as Error).message}`);
    }
  }
}
