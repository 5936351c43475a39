import { INestApplicationContext } from '@nestjs/common';
import type { MessageMappingProperties } from '@nestjs/websockets';
import { IoAdapter } from '@nestjs/platform-socket.io';
import { createAdapter } from '@socket.io/redis-streams-adapter';
import { Redis } from 'ioredis';
import type { Observable } from 'rxjs';
import { Namespace, Server, ServerOptions, Socket } from 'socket.io';
import { AppConfig } from '../config/app-config';

/** How long a dropped client may be away and still get what it missed replayed. */
const RECOVERY_WINDOW_MS = 2 * 60 * 1000;

/** The servers this adapter joined to the other instances through Redis. */
const scaledOut = new WeakSet<Server>();

/**
 * Whether the namespace's broadcasts and server-side events reach other API instances: only then
 * is there anyone to tell with serverSideEmit (the in-memory adapter warns on each call).
 */
export function reachesOtherInstances(namespace: Pick<Namespace, 'server'>): boolean {
  return scaledOut.has(namespace.server);
}

/**
 * socket.io with connection state recovery: in memory on one instance, or through Redis
 * Streams when REDIS_URL is set, so broadcasts reach clients of every API instance.
 */
export class RealtimeAdapter extends IoAdapter {
  private readonly redisClients: Redis[] = [];
  private readonly servers: Server[] = [];

  constructor(
    app: INestApplicationContext,
    private readonly config: AppConfig,
  ) {
    super(app);
  }

  override createIOServer(port: number, options?: ServerOptions): Server {
    const server: Server = super.createIOServer(port, {
      ...options,
      connectionStateRecovery: { maxDisconnectionDuration: RECOVERY_WINDOW_MS, skipMiddlewares: false },
    } as ServerOptions);
    this.servers.push(server);
    if (this.config.redisUrl) {
      const redis = new Redis(this.config.redisUrl, { maxRetriesPerRequest: null });
      this.redisClients.push(redis);
      // The adapter reads the stream on duplicates of this client, blocked in XREAD for seconds
      // at a time; keep them too, so that shutdown can cut them off instead of leaving them
      // retrying forever against a Redis that is gone.
      const duplicate = redis.duplicate.bind(redis);
      redis.duplicate = (override) => {
        const copy = duplicate(override);
        this.redisClients.push(copy);
        return copy;
      };
      server.adapter(createAdapter(redis, { maxLen: 100_000 }));
      scaledOut.add(server);
    }
    return server;
  }

  /**
   * One plain listener per message: Nest's own binding builds an RxJS pipeline per handler and
   * socket (fromEvent, mergeMap, takeUntil the disconnect), kept as long as the socket lives, a
   * cost thousands of followers pay while they only listen. Same behaviour: each answer is
   * acknowledged (or emitted when it names an event), errors are logged, not thrown.
   */
  override bindMessageHandlers(socket: Socket, handlers: Array<MessageMappingProperties & { isAckHandledManually?: boolean }>, transform: (data: unknown) => Observable<unknown>): void {
    for (const { message, callback, isAckHandledManually } of handlers) {
      socket.on(message as string, (...args: unknown[]) => {
        const { data, ack } = this.mapPayload(args.length > 1 ? args : args[0]) as { data: unknown; ack?: (response: unknown) => void };
        let answers: Observable<unknown>;
        try {
          answers = transform(callback(data, ack));
        } catch (error) {
          this.logger.error(error);
          return;
        }
        answers.subscribe({
          next: (response) => {
            if (response === null || response === undefined) return;
            const event = response as { event?: string; data?: unknown };
            if (event.event) socket.emit(event.event, event.data);
            else if (!isAckHandledManually && typeof ack === 'function') ack(response);
          },
          error: (error: unknown) => this.logger.error(error),
        });
      });
    }
  }

  /** Nest closes each gateway's namespace; the server under them (and its clients) closes here. */
  override async dispose(): Promise<void> {
    await Promise.all(this.servers.splice(0).map((server) => new Promise<void>((resolve) => void server.close(() => resolve()))));
    for (const client of this.redisClients.splice(0)) client.disconnect();
  }
}
