// Every bench, one at a time, on the queue backend chosen, then one table of their rows
// (path, product, floor, ratio, aim, pass/fail). Each bench measures its own bare floor in the
// same run; sizes are the issue's aims unless flags say otherwise (flags are passed to every
// bench, and each reads those it knows).
//   npm run bench                         (embedded default: queues on Postgres)
//   npm run bench -- --redis              (queues and realtime on a real redis-server)
//   npm run bench -- --only mail,calendar --mails 500
//   npm run bench -- --rounds 5           (every bench 5 times; default 3 for registration, qa, mail, calendar, liveblog, 1 for the rest)
// A bench run several times (rounds) measures its floor and the product in turn each time, so
// they interleave; its row is the median round's (by the ratio, or the row's score), with every
// round's figure in the note. A round that broke a rule (counts not exact, a bench exiting non-zero)
// fails the row whatever the median says.
import 'reflect-metadata';
import { startRedisServer } from '@convene/testing';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BenchRow, ROW_PREFIX } from './bench-row';
import { medianOfRounds } from './rounds';

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
const roundsIndex = argv.indexOf('--rounds');
const roundsFlag = roundsIndex >= 0 ? Number(argv[roundsIndex + 1]) : NaN;
/** The rows that swing most between runs on this machine with nothing changed. */
const SWINGING = new Set(['registration', 'qa', 'mail', 'calendar', 'liveblog']);
const roundsOf = (name: string) => (Number.isInteger(roundsFlag) && roundsFlag > 0 ? roundsFlag : SWINGING.has(name) ? 3 : 1);
const taken = new Set([onlyIndex, onlyIndex + 1, roundsIndex, roundsIndex + 1].filter((index) => index >= 0));
const passOn = argv.filter((arg, index) => arg !== '--redis' && !taken.has(index));

function runBench(name: string, env: NodeJS.ProcessEnv, round: string): Promise<BenchRow[]> {
  const file = BENCHES[name];
  if (!file) throw new Error(`No bench called "${name}" (known: ${Object.keys(BENCHES).join(', ')})`);
  process.stderr.write(`\n== ${name}${round} (bench/${file} ${passOn.join(' ')})\n`);
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
      // A bench exits non-zero when a rule broke (counts not exact): no median hides that.
      resolve(code === 0 ? rows : rows.map((row) => ({ ...row, correct: false })));
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
    for (const name of only) {
      const rounds: BenchRow[][] = [];
      const loads: number[] = [];
      for (let round = 1; round <= roundsOf(name); round++) {
        rounds.push(await runBench(name, env, roundsOf(name) > 1 ? `, round ${round} of ${roundsOf(name)}` : ''));
        loads.push(os.loadavg()[0]);
      }
      rows.push(...(rounds.length > 1 ? medianOfRounds(rounds, loads) : rounds[0]));
    }
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
