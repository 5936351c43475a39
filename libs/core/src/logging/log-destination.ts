import type { Params } from 'nestjs-pino';
import type { AppConfig } from '../config/app-config';
import { readableLogStream } from './readable-log';

type PinoHttpOptions = Exclude<Params['pinoHttp'], unknown[] | NodeJS.WritableStream | undefined>;

/** pino's options, with a readable destination in development (JSON on stdout otherwise). */
export function pinoHttpFor(config: AppConfig, options: PinoHttpOptions): Params['pinoHttp'] {
  const withLevel = { level: config.nodeEnv === 'test' ? 'warn' : 'info', ...options };
  return config.nodeEnv === 'development' ? [withLevel, readableLogStream()] : withLevel;
}
