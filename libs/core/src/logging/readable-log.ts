import { Writable } from 'node:stream';

/** Nest's start-up chatter: every module and route, a line each (about 200 lines). */
const START_UP_CONTEXTS = new Set(['InstanceLoader', 'RoutesResolver', 'RouterExplorer', 'NestFactory', 'NestApplication', 'WebSocketsController']);
const LEVELS: Record<number, string> = { 10: 'trace', 20: 'debug', 30: 'info', 40: 'WARN', 50: 'ERROR', 60: 'FATAL' };
const OMITTED = new Set(['level', 'time', 'pid', 'hostname', 'context', 'msg', 'req', 'res', 'responseTime']);

/**
 * One pino JSON record as a line a person reads in a terminal: "10:42:07 Sweep done (MaintenanceProcessor) sweep=offers".
 * Nest's start-up lines are dropped unless they are warnings. Null: nothing to print.
 */
export function readableLine(json: string): string | null {
  let record: Record<string, unknown>;
  try {
    record = JSON.parse(json) as Record<string, unknown>;
  } catch {
    return json.trimEnd();
  }
  const level = Number(record.level ?? 30);
  if (level < 40 && START_UP_CONTEXTS.has(String(record.context))) return null;
  const time = new Date(Number(record.time ?? Date.now())).toTimeString().slice(0, 8);
  const levelLabel = level === 30 ? '' : `${LEVELS[level] ?? level} `;
  const req = record.req as { method?: string; url?: string } | undefined;
  const res = record.res as { statusCode?: number } | undefined;
  const request = req ? ` ${req.method} ${req.url} ${res?.statusCode ?? ''} ${record.responseTime ?? ''}ms`.trimEnd() : '';
  const context = record.context ? ` (${String(record.context)})` : '';
  const rest = Object.entries(record)
    .filter(([key]) => !OMITTED.has(key))
    .map(([key, value]) => `${key}=${typeof value === 'string' ? value : JSON.stringify(value)}`)
    .join(' ');
  return `${time} ${levelLabel}${String(record.msg ?? '')}${request}${context}${rest ? ` ${rest}` : ''}`;
}

/** A pino destination that prints readable lines (development); production keeps JSON for its log store. */
export function readableLogStream(out: NodeJS.WritableStream = process.stdout): Writable {
  let pending = '';
  return new Writable({
    write(chunk: Buffer, _encoding, done) {
      pending += chunk.toString('utf8');
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        const readable = line && readableLine(line);
        if (readable) out.write(`${readable}\n`);
      }
      done();
    },
  });
}
