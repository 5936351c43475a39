// Every bench, one at a time, on the queue backend chosen, then one table of their rows
// (path, product, floor, ratio, aim, pass/fail). Each bench measures its own bare floor in the
// same run; sizes are the issue's aims unless flags say otherwise (flags are passed to every
// bench, and each reads those it knows).
//   npm run bench                         (embedded default: queues on Postgres)
//   npm run bench -- --redis              (queues and realtime on a real redis-server)
//   npm run bench -- --only mail,calendar --mails 500
import 'reflect-metadata';
import { startRedisServer } from '@convene/testing';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BenchRow, ROW_PREFIX } from './bench-row';

/** Name → file. Owners add their bench here; a bench that prints no row shows as failed. */
const BENCHES: Record<string, string> = {
  registration: 'registration-burst.ts',
  mail: 'mail-throughput.ts',
  calendar: 'calendar-fanout.ts',
  qa: 'qa-votes.ts',
  polls: 'poll-answers.ts',
  liveblog: 'liveblog-fanout.ts',
};

const argv = process.argv.slice(2);
const redis = argv.includes('--redis');
const onlyIndex = argv.indexOf('--only');
const only = onlyIndex >= 0 ? argv[onlyIndex + 1].split(',') : Object.keys(BENCHES);
const passOn = argv.filter((arg, index) => arg !== '--redis' && index !== onlyIndex && index !== onlyIndex + 1);

function runBench(name: string, env: NodeJS.ProcessEnv): Promise<BenchRow[]> {
  const file = BENCHES[name];
  if (!file) throw new Error(`No bench called "${name}" (known: ${Object.keys(BENCHES).join(', ')})`);
  process.stderr.write(`\n== ${name} (bench/${file} ${passOn.join(' ')})\n`);
  const started = Date.now();
  const child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', path.join(__dirname, file), ...passOn], {
    env,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const rows: BenchRow[] = [];
  let pending = '';
  child.stdout.on('data', (chunk: Buffer) => {
    pending += chunk.toString();
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) {
      if (line.startsWith(ROW_PREFIX)) rows.push(JSON.parse(line.slice(ROW_PREFIX.length)) as BenchRow);
      else process.stderr.write(`  ${line}\n`);
    }
  });
  return new Promise((resolve) => {
    child.once('exit', (code) => {
      process.stderr.write(`== ${name}: exit ${code}, ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
      if (!rows.length) rows.push({ path: name, product: '-', floor: '-', ratio: null, aim: '-', pass: false, note: `printed no row (exit ${code})` });
      resolve(rows);
    });
  });
}

export function table(rows: BenchRow[], backend: string): string {
  const header = ['path', 'product', 'floor', 'ratio', 'aim', 'result'];
  const lines = rows.map((row) => [
    row.path, row.product, row.floor, row.ratio === null ? '-' : row.ratio.toFixed(2), row.aim, `${row.pass ? 'pass' : 'FAIL'}${row.note ? ` (${row.note})` : ''}`,
  ]);
  return [
    `queue backend: ${backend}; ${os.cpus().length} cores; ${new Date().toISOString().slice(0, 16)} UTC`,
    '',
    `| ${header.join(' | ')} |`,
    `|${header.map(() => '---').join('|')}|`,
    ...lines.map((cells) => `| ${cells.join(' | ')} |`),
  ].join('\n');
}

async function main(): Promise<void> {
  const redisDir = redis ? fs.mkdtempSync(path.join(os.tmpdir(), 'convene-bench-redis-')) : undefined;
  const server = redisDir ? await startRedisServer(redisDir) : undefined;
  const env = { ...process.env, REDIS_URL: server?.url ?? '' };
  const rows: BenchRow[] = [];
  try {
    // One at a time: they measure the machine, and two at once would measure each other.
    for (const name of only) rows.push(...(await runBench(name, env)));
  } finally {
    await server?.stop();
    if (redisDir) fs.rmSync(redisDir, { recursive: true, force: true });
  }
  process.stdout.write(`\n${table(rows, redis ? 'redis' : 'postgres (embedded default)')}\n`);
  process.exitCode = rows.every((row) => row.pass) ? 0 : 1;
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
