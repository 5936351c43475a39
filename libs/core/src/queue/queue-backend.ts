import { ConnectionOptions, QueueOptions, createPostgresBackend, setDefaultBackendFactory } from 'bullmq';
import { AppConfig, requireDatabaseUrl } from '../config/app-config';

export type QueueBackendKind = 'postgres' | 'redis';

/** BullMQ keeps its tables in their own schema of our database. */
export const BULLMQ_SCHEMA = 'bullmq';

export function queueBackendKind(config: AppConfig): QueueBackendKind {
  return config.redisUrl ? 'redis' : 'postgres';
}

/**
 * The single switch between BullMQ on Postgres (nothing to run but the database) and
 * BullMQ on Redis (REDIS_URL set). It sets BullMQ's process-wide backend, so it must run
 * before any Queue or Worker is built; nothing else in the code knows which one is in use.
 */
export function selectQueueBackend(config: AppConfig): QueueOptions {
  if (queueBackendKind(config) === 'redis') {
    setDefaultBackendFactory();
    return { connection: redisConnection(config.redisUrl as string), prefix: redisQueuePrefix(config) };
  }
  setDefaultBackendFactory(createPostgresBackend);
  const connection = {
    connectionString: requireDatabaseUrl(config),
    schema: BULLMQ_SCHEMA,
    migrate: true,
    max: 10,
  };
  // The Postgres connection shape is not in @nestjs/bullmq's Redis-typed options.
  return { connection: connection as unknown as ConnectionOptions };
}

/**
 * Queues on Redis are named after the database whose outbox they carry: every instance of one
 * deployment shares them, and two deployments (or two test files) on one Redis never take each
 * other's jobs, which their database would not know.
 */
export function redisQueuePrefix(config: AppConfig): string {
  const database = config.databaseUrl ? new URL(config.databaseUrl).pathname.slice(1) : '';
  return database ? `bull:${database}` : 'bull';
}

/** ioredis options BullMQ requires: no per-command retry limit, no offline queue for producers. */
export function redisConnection(redisUrl: string): ConnectionOptions {
  const url = new URL(redisUrl);
  return {
    host: url.hostname,
    port: Number(url.port || 6379),
    username: url.username ? decodeURIComponent(url.username) : undefined,
    password: url.password ? decodeURIComponent(url.password) : undefined,
    db: url.pathname.length > 1 ? Number(url.pathname.slice(1)) : 0,
    tls: url.protocol === 'rediss:' ? {} : undefined,
    maxRetriesPerRequest: null,
  };
}
