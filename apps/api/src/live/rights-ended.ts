import { Injectable, Logger } from '@nestjs/common';
import { reachesOtherInstances } from '@convene/core';
import { AccessEnd, AccessEnds } from '@convene/identity';
import { type LiveNamespace, LiveParticipant, Rooms, SessionAudience, sessionOfRoom } from '@convene/live';

/** What the gateway keeps on each socket (socket.data), readable from any instance. */
export interface LiveSocketData {
  participant: LiveParticipant;
  /** The session or API token the socket was opened with: `session:<id>`, `token:<id>`. */
  credential?: string;
}

/** The server-side event that tells the other instances to forget a person's grants. */
const FORGET_GRANTS = 'live:forget-grants';

/**
 * When a right ends (sign-out, a revoked token, erasure, a cancelled place) the sockets resting
 * on it go, on every instance: socket.io's fetchSockets / disconnectSockets reach the other
 * instances through the adapter, and the grants each instance remembers are forgotten there too.
 */
@Injectable()
export class RightsEndedOnSockets {
  private readonly logger = new Logger(RightsEndedOnSockets.name);
  private namespace: LiveNamespace | null = null;

  constructor(
    private readonly accessEnds: AccessEnds,
    private readonly audience: SessionAudience,
  ) {}

  attach(namespace: LiveNamespace): void {
    this.namespace = namespace;
    namespace.on(FORGET_GRANTS, (personId: unknown) => typeof personId === 'string' && this.audience.forget(personId));
    this.accessEnds.listen((end) => this.act(end));
  }

  private async act(end: AccessEnd): Promise<void> {
    const namespace = this.namespace;
    if (!namespace) return;
    const personId = end.kind === 'event' ? (end.personId ?? (end.email ? await this.audience.personWithEmail(end.email) : null)) : end.personId;
    if (!personId) return;
    this.audience.forget(personId);
    if (reachesOtherInstances(namespace)) namespace.serverSideEmit(FORGET_GRANTS, personId);
    const room = Rooms.person(personId);
    if (end.kind === 'person') {
      namespace.in(room).disconnectSockets(true);
    } else if (end.kind === 'credential') {
      for (const socket of await namespace.in(room).fetchSockets()) {
        if ((socket.data as LiveSocketData).credential === end.credential) socket.disconnect(true);
      }
    } else {
      for (const socket of await namespace.in(room).fetchSockets()) await this.recheckRooms(socket);
    }
    this.logger.log({ kind: end.kind, personId }, 'Live sockets brought in line with an ended right');
  }

  /**
   * Leaves every session room whose audience the socket's participant no longer belongs to, and
   * the moderators' room of every session they no longer moderate.
   */
  private async recheckRooms(socket: Awaited<ReturnType<LiveNamespace['fetchSockets']>>[number]): Promise<void> {
    const participant = (socket.data as LiveSocketData).participant;
    for (const room of socket.rooms) {
      const sessionId = sessionOfRoom(room);
      if (!sessionId) continue;
      const access = await this.audience.access(participant, sessionId, true).catch(() => null);
      if (access?.canFollow) {
        if (!access.isModerator) socket.leave(Rooms.moderators(sessionId));
        continue;
      }
      socket.leave(Rooms.session(sessionId));
      socket.leave(Rooms.moderators(sessionId));
      socket.emit('left', { sessionId, reason: 'Your place at this event has ended' });
    }
  }
}
