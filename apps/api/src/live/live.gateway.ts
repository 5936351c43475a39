import { Inject, Logger } from '@nestjs/common';
import { ConnectedSocket, MessageBody, OnGatewayConnection, OnGatewayInit, SubscribeMessage, WebSocketGateway } from '@nestjs/websockets';
import { APP_CONFIG, AppConfig, DomainError } from '@convene/core';
import { ApiTokensService, SessionsService, SignedIn } from '@convene/identity';
import {
  AnonymousIdentities,
  anonymousParticipant,
  FOLLOWER_ONLY,
  ClientToServerEvents,
  LiveAck,
  LiveBroadcaster,
  LiveLog,
  type LiveNamespace,
  LiveParticipant,
  moderatorsRoom,
  personParticipant,
  Rooms,
  SessionAudience,
  ServerToClientEvents,
  sessionRoom,
} from '@convene/live';
import type { Request } from 'express';
import type { Socket } from 'socket.io';
import { readSessionCookie } from '../auth/session-cookie';
import { fromThisSite } from '../http/from-this-site';
import { floodGuard } from './flood-guard';
import { ackError } from './socket-message';
import { LiveSocketData, RightsEndedOnSockets } from './rights-ended';

type LiveSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, LiveSocketData>;

/**
 * The one socket.io namespace of live sessions. The handshake says who connects (session
 * cookie, API token, or an anonymous identity; nothing at all makes a fresh anonymous one, for
 * following public sessions); `join` checks the session's audience before entering its room.
 * Changes reach rooms through LiveBroadcaster, never from here.
 */
@WebSocketGateway({ namespace: '/live' })
export class LiveGateway implements OnGatewayInit<LiveNamespace>, OnGatewayConnection<LiveSocket> {
  private readonly logger = new Logger(LiveGateway.name);

  constructor(
    private readonly broadcaster: LiveBroadcaster,
    private readonly audience: SessionAudience,
    private readonly log: LiveLog,
    private readonly identities: AnonymousIdentities,
    private readonly sessions: SessionsService,
    private readonly apiTokens: ApiTokensService,
    private readonly rightsEnded: RightsEndedOnSockets,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  afterInit(namespace: LiveNamespace): void {
    this.broadcaster.attach(namespace);
    this.rightsEnded.attach(namespace);
    namespace.use((socket, next) => {
      this.identify(socket).then(
        (participant) => {
          const data = socket.data as LiveSocketData;
          data.participant = participant;
          if (participant.signedIn?.credential) data.credential = participant.signedIn.credential;
          // Every signed-in socket is in its person's room: where an ended right reaches it.
          if (participant.personId) void socket.join(Rooms.person(participant.personId));
          next();
        },
        (error: Error) => next(error),
      );
    });
  }

  handleConnection(socket: LiveSocket): void {
    socket.use(floodGuard(socket));
  }

  @SubscribeMessage('join')
  async join(@ConnectedSocket() socket: LiveSocket, @MessageBody() body: unknown): Promise<LiveAck> {
    return this.answer(async () => {
      const sessionId = sessionIdOf(body);
      const access = await this.audience.assertCanFollow(socket.data.participant, sessionId);
      await socket.join(sessionRoom(sessionId));
      if (access.isModerator) await socket.join(moderatorsRoom(sessionId));
      return { ok: true, sessionId, moderator: access.isModerator, lastSeq: await this.log.lastSeqs(sessionId) };
    });
  }

  @SubscribeMessage('leave')
  async leave(@ConnectedSocket() socket: LiveSocket, @MessageBody() body: unknown): Promise<LiveAck> {
    return this.answer(async () => {
      const sessionId = sessionIdOf(body);
      await socket.leave(sessionRoom(sessionId));
      await socket.leave(moderatorsRoom(sessionId));
      return { ok: true, sessionId, moderator: false, lastSeq: {} };
    });
  }

  private async answer(work: () => Promise<LiveAck>): Promise<LiveAck> {
    try {
      return await work();
    } catch (error) {
      return { error: ackError(error, this.logger, {}, 'Live socket message failed') };
    }
  }

  private async identify(socket: Socket): Promise<LiveParticipant> {
    const auth = (socket.handshake.auth ?? {}) as { token?: unknown; identity?: unknown; roomCode?: unknown };
    const roomCode = typeof auth.roomCode === 'string' && auth.roomCode.length <= 20 ? { roomCode: auth.roomCode } : {};
    if (auth.token !== undefined) {
      const signedIn = typeof auth.token === 'string' ? await this.apiTokens.authenticate(auth.token) : null;
      if (!signedIn) throw new Error('That API token is not valid or has been revoked');
      return { ...personParticipant(signedIn), ...roomCode };
    }
    // WebSockets have no CORS, and SameSite=Lax sends the cookie from another port or a sibling
    // subdomain too: only this site's pages open a socket as the person; others follow anonymously.
    const handshake = { headers: socket.handshake.headers, protocol: socket.handshake.secure ? 'https' : 'http' } as Request;
    const cookie = fromThisSite(handshake, this.config.publicUrl) ? readSessionCookie(handshake) : undefined;
    const signedIn: SignedIn | null = cookie ? await this.sessions.authenticate(cookie) : null;
    if (signedIn) return { ...personParticipant(signedIn), ...roomCode };
    if (auth.identity !== undefined) {
      const id = this.identities.verify(auth.identity);
      if (!id) throw new Error('That anonymous identity is not valid: ask for a new one (POST /api/v1/live/identity)');
      return { ...anonymousParticipant(id), ...roomCode };
    }
    return FOLLOWER_ONLY;
  }
}

class InvalidLivePayload extends DomainError {
  constructor() {
    super('invalid', 'invalid_payload', 'Send { "sessionId": "<uuid of the session>" }');
  }
}

function sessionIdOf(body: unknown): string {
  const sessionId = (body as { sessionId?: unknown } | null)?.sessionId;
  if (typeof sessionId !== 'string' || sessionId.length > 64) throw new InvalidLivePayload();
  return sessionId;
}
