import { isIP } from 'node:net';
import path from 'node:path';

export type NodeEnv = 'development' | 'test' | 'production';

/** Every setting of the system, read once from the environment and validated. */
export interface AppConfig {
  nodeEnv: NodeEnv;
  port: number;
  publicUrl: string;
  /** Unset only in the launcher, which then starts the embedded Postgres and sets it. */
  databaseUrl: string | undefined;
  /** Set: queues and realtime fan-out run on Redis. Unset: queues run in Postgres. */
  redisUrl: string | undefined;
  /** Unset: mail is written as .eml files under `<dataDir>/outbox`. */
  smtpUrl: string | undefined;
  mailFrom: string;
  sessionSecret: string;
  dataDir: string;
  /** The SMTP provider's limit; the worker never sends faster, however many processes it runs. */
  mailRatePerMinute: number;
  /** How many processes the worker sends mail from: the first runs the whole worker, the others send mail only. */
  mailWorkerProcesses: number;
  /** How often the worker looks for mail that never reached the queue. */
  outboxRelayIntervalMs: number;
  /** Days after an event ends that delegates' dietary and access needs are erased. */
  needsRetentionDays: number;
  /** How long after an agenda or event change the updated invites wait, so changes close together go as one. */
  calendarDebounceMs: number;
  /** How many hours before an event its reminder goes to delegates. */
  reminderHoursBefore: number;
  /** How many minutes before a session its remote followers get the mail with the live links. */
  sessionReminderMinutesBefore: number;
  /** How often the worker passes on waiting-list offers that expired. */
  offerSweepIntervalMs: number;
  /** Registrations and apologies one client address may send to one event in an hour (organisers aside). */
  registrationLimitPerClient: number;
  /**
   * The proxies whose X-Forwarded-For names the client (addresses, networks, or Express's
   * `loopback`, `linklocal`, `uniquelocal`). None by default: otherwise any client on an
   * intranet could pick its own address and step around the per-client limits.
   */
  trustedProxies: string[];
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration: ${problems.join('; ')}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

export const DEFAULT_MAIL_RATE_PER_MINUTE = 600;
const DEVELOPMENT_SECRET = 'development-only-session-secret-do-not-use-in-production';
const REQUIRED_IN_PRODUCTION = ['DATABASE_URL', 'PUBLIC_URL', 'SMTP_URL', 'MAIL_FROM', 'SESSION_SECRET'];

/** Reads and validates the environment; throws ConfigError naming every bad variable. */
export function loadConfig(env: Env = process.env): AppConfig {
  const problems: string[] = [];
  const value = (name: string): string | undefined => {
    const raw = env[name];
    return raw === undefined || raw.trim() === '' ? undefined : raw.trim();
  };

  const nodeEnv = (value('NODE_ENV') ?? 'development') as NodeEnv;
  if (!['development', 'test', 'production'].includes(nodeEnv)) {
    problems.push(`NODE_ENV must be development, test or production (got "${env.NODE_ENV}")`);
  }
  const production = nodeEnv === 'production';
  if (production) {
    for (const name of REQUIRED_IN_PRODUCTION) {
      if (!value(name)) problems.push(`${name} is required when NODE_ENV=production`);
    }
  }

  const port = value('PORT') === undefined ? 3000 : Number(value('PORT'));
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    problems.push(`PORT must be a whole number from 0 to 65535 (got "${env.PORT}")`);
  }

  const url = (name: string, protocols: string[]): string | undefined => {
    const raw = value(name);
    if (raw === undefined) return undefined;
    try {
      const parsed = new URL(raw);
      if (!protocols.includes(parsed.protocol)) {
        problems.push(`${name} must start with ${protocols.map((p) => `${p}//`).join(' or ')}`);
      }
    } catch {
      problems.push(`${name} is not a valid URL`);
    }
    return raw;
  };

  const publicUrl = url('PUBLIC_URL', ['http:', 'https:']) ?? `http://localhost:${port}`;
  const databaseUrl = url('DATABASE_URL', ['postgres:', 'postgresql:']);
  const redisUrl = url('REDIS_URL', ['redis:', 'rediss:']);
  const smtpUrl = url('SMTP_URL', ['smtp:', 'smtps:']);

  const mailFrom = value('MAIL_FROM') ?? 'Co-operative Councils Innovation Network <network@example.org>';
  if (!/^[^\r\n<>]*<?[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+>?$/.test(mailFrom)) {
    problems.push('MAIL_FROM must be an email address, optionally as "Name <address>"');
  }

  const sessionSecret = value('SESSION_SECRET') ?? DEVELOPMENT_SECRET;
  if (production && sessionSecret.length < 32) {
    problems.push('SESSION_SECRET must be at least 32 characters');
  }

  const dataDir = path.resolve(value('DATA_DIR') ?? './.data');

  const mailRatePerMinute = value('MAIL_RATE_PER_MINUTE') === undefined ? DEFAULT_MAIL_RATE_PER_MINUTE : Number(value('MAIL_RATE_PER_MINUTE'));
  if (!Number.isInteger(mailRatePerMinute) || mailRatePerMinute < 1) {
    problems.push(`MAIL_RATE_PER_MINUTE must be a whole number above 0 (got "${env.MAIL_RATE_PER_MINUTE}")`);
  }

  // One by default: where the worker shares its cores with Postgres and the rest (npm start, one
  // host), a second mail process found no idle core and cost a fifth more CPU (README, Figures).
  const mailWorkerProcesses = value('MAIL_WORKER_PROCESSES') === undefined ? 1 : Number(value('MAIL_WORKER_PROCESSES'));
  if (!Number.isInteger(mailWorkerProcesses) || mailWorkerProcesses < 1 || mailWorkerProcesses > 64) {
    problems.push(`MAIL_WORKER_PROCESSES must be a whole number from 1 to 64 (got "${env.MAIL_WORKER_PROCESSES}")`);
  }

  const outboxRelayIntervalMs = value('OUTBOX_RELAY_INTERVAL_MS') === undefined ? 10_000 : Number(value('OUTBOX_RELAY_INTERVAL_MS'));
  if (!Number.isInteger(outboxRelayIntervalMs) || outboxRelayIntervalMs < 100) {
    problems.push(`OUTBOX_RELAY_INTERVAL_MS must be a whole number of milliseconds, at least 100 (got "${env.OUTBOX_RELAY_INTERVAL_MS}")`);
  }

  const needsRetentionDays = value('NEEDS_RETENTION_DAYS') === undefined ? 30 : Number(value('NEEDS_RETENTION_DAYS'));
  if (!Number.isInteger(needsRetentionDays) || needsRetentionDays < 0) {
    problems.push(`NEEDS_RETENTION_DAYS must be a whole number of days, 0 or more (got "${env.NEEDS_RETENTION_DAYS}")`);
  }

  const calendarDebounceMs = value('CALENDAR_DEBOUNCE_MS') === undefined ? 120_000 : Number(value('CALENDAR_DEBOUNCE_MS'));
  if (!Number.isInteger(calendarDebounceMs) || calendarDebounceMs < 0 || calendarDebounceMs > 86_400_000) {
    problems.push(`CALENDAR_DEBOUNCE_MS must be a whole number of milliseconds from 0 to 86400000 (got "${env.CALENDAR_DEBOUNCE_MS}")`);
  }

  const reminderHoursBefore = value('REMINDER_HOURS_BEFORE') === undefined ? 24 : Number(value('REMINDER_HOURS_BEFORE'));
  if (!Number.isInteger(reminderHoursBefore) || reminderHoursBefore < 1 || reminderHoursBefore > 336) {
    problems.push(`REMINDER_HOURS_BEFORE must be a whole number of hours from 1 to 336 (got "${env.REMINDER_HOURS_BEFORE}")`);
  }

  const sessionReminderMinutesBefore = value('SESSION_REMINDER_MINUTES_BEFORE') === undefined ? 10 : Number(value('SESSION_REMINDER_MINUTES_BEFORE'));
  if (!Number.isInteger(sessionReminderMinutesBefore) || sessionReminderMinutesBefore < 0 || sessionReminderMinutesBefore > 120) {
    problems.push(`SESSION_REMINDER_MINUTES_BEFORE must be a whole number of minutes from 0 to 120 (got "${env.SESSION_REMINDER_MINUTES_BEFORE}")`);
  }

  const offerSweepIntervalMs = value('OFFER_SWEEP_INTERVAL_MS') === undefined ? 60_000 : Number(value('OFFER_SWEEP_INTERVAL_MS'));
  if (!Number.isInteger(offerSweepIntervalMs) || offerSweepIntervalMs < 100) {
    problems.push(`OFFER_SWEEP_INTERVAL_MS must be a whole number of milliseconds, at least 100 (got "${env.OFFER_SWEEP_INTERVAL_MS}")`);
  }

  const registrationLimitPerClient = value('REGISTRATION_LIMIT_PER_CLIENT') === undefined ? 10 : Number(value('REGISTRATION_LIMIT_PER_CLIENT'));
  if (!Number.isInteger(registrationLimitPerClient) || registrationLimitPerClient < 1) {
    problems.push(`REGISTRATION_LIMIT_PER_CLIENT must be a whole number above 0 (got "${env.REGISTRATION_LIMIT_PER_CLIENT}")`);
  }

  const trustedProxies = (value('TRUSTED_PROXIES') ?? '').split(',').map((entry) => entry.trim()).filter(Boolean);
  const badProxies = trustedProxies.filter((entry) => !isProxyName(entry));
  if (badProxies.length > 0) {
    problems.push(`TRUSTED_PROXIES must list addresses, networks (10.0.0.0/8) or loopback, linklocal, uniquelocal, separated by commas (not ${badProxies.map((entry) => `"${entry}"`).join(', ')})`);
  }

  if (problems.length > 0) throw new ConfigError(problems);
  return {
    nodeEnv, port, publicUrl, databaseUrl, redisUrl, smtpUrl, mailFrom, sessionSecret, dataDir, mailRatePerMinute, mailWorkerProcesses, outboxRelayIntervalMs, needsRetentionDays,
    calendarDebounceMs, reminderHoursBefore, sessionReminderMinutesBefore,
    offerSweepIntervalMs, registrationLimitPerClient, trustedProxies,
  };
}

function isProxyName(entry: string): boolean {
  if (['loopback', 'linklocal', 'uniquelocal'].includes(entry)) return true;
  const [address, bits, ...rest] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (bits === undefined) return true;
  const prefix = Number(bits);
  return /^\d+$/.test(bits) && prefix <= (family === 4 ? 32 : 128);
}

/** The database URL, for the processes that cannot run without one (api, worker, cli). */
export function requireDatabaseUrl(config: AppConfig): string {
  if (!config.databaseUrl) {
    throw new ConfigError([
      'DATABASE_URL is not set: run `npm start` to use the embedded Postgres, or point DATABASE_URL at a server',
    ]);
  }
  return config.databaseUrl;
}
